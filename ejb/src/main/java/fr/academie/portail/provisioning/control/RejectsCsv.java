package fr.academie.portail.provisioning.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.academie.portail.platform.control.SpreadsheetSafe;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The rejected lines of a run as a CSV file for the DSI: line number, masked NUMEN, reason. */
public final class RejectsCsv {

    public static final String[] HEADER = {"ligne", "numen_masque", "motif"};

    private final CsvWriter printer;

    public RejectsCsv(Writer out) throws IOException {
        this.printer = CsvWriter.builder()
                .fieldSeparator(HrExtractFormat.DELIMITER)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(out);
        write(HEADER);
    }

    public void line(long lineNumber, String maskedNumen, String reason) throws IOException {
        write(String.valueOf(lineNumber), SpreadsheetSafe.cell(maskedNumen), SpreadsheetSafe.cell(reason));
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** FastCSV reports a failed write unchecked: the callers expect it as what it is. */
    private void write(String... fields) throws IOException {
        try {
            printer.writeRecord(fields);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
