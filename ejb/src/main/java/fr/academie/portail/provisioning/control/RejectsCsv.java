package fr.academie.portail.provisioning.control;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The rejected lines of a run as a CSV file for the DSI: line number, masked NUMEN, reason. */
public final class RejectsCsv {

    public static final String[] HEADER = {"ligne", "numen_masque", "motif"};

    private final CSVPrinter printer;

    public RejectsCsv(Writer out) throws IOException {
        this.printer = CSVFormat.DEFAULT.builder()
                .setDelimiter(HrExtractFormat.DELIMITER)
                .setRecordSeparator("\r\n")
                .setHeader(HEADER)
                .get()
                .print(out);
    }

    public void line(long lineNumber, String maskedNumen, String reason) throws IOException {
        printer.printRecord(lineNumber, SpreadsheetSafe.cell(maskedNumen), SpreadsheetSafe.cell(reason));
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
