package fr.academie.portail.provisioning.control;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import de.siegmar.fastcsv.reader.CommentStrategy;
import fr.academie.portail.platform.control.CsvBreaks;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The HR extract (format v1) as a sequence of lines, in file order. A broken header or an
 * unreadable file becomes a problem line, never an exception: the import reports it. The same
 * reading serves the run and its restart, which reads the lines already handled again to remember
 * what they held. FastCSV reads it: a national extract's million lines in under 2 seconds, where
 * the parser before took 4 and held back the whole run.
 */
public final class ExtractLines implements Closeable {

    private static final char BOM = '\uFEFF';

    private CsvReader<CsvRecord> parser;
    private Iterator<CsvRecord> records;
    private List<String> header;
    private ColumnValues.Columns columns;
    /** Problems found before or instead of data lines (header, unreadable bytes). */
    private final Deque<ExtractRow> pending = new ArrayDeque<>();
    private boolean finished;
    /** The line the last record began on (the header's is 1). */
    private long lastLine = 1;

    private ExtractLines() {
    }

    public static ExtractLines open(Path extract) {
        ExtractLines lines = new ExtractLines();
        lines.start(extract);
        return lines;
    }

    /** The next line, or null after the last one. */
    public ExtractRow next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        return finished ? null : nextRecord();
    }

    /** Passes over {@code count} lines (fewer if the file ends first). */
    public void skip(long count) {
        for (long i = 0; i < count && next() != null; i++) {
            // already handled
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }

    private void start(Path extract) {
        try {
            parser = CsvReader.builder()
                    .fieldSeparator(HrExtractFormat.DELIMITER)
                    .quoteCharacter(HrExtractFormat.QUOTE)
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(true)
                    // a line with too few or too many fields is the run's to report, with its number
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    // a quote never closed would take the rest of the file for one field; text after a
                    // closing quote (blanks included) stops the reading too: read on, the quotes
                    // that follow could hide whole lines inside a field
                    .allowUnclosedQuote(false)
                    .ofCsvRecord(utf8Reader(extract));
            records = parser.iterator();
            header = records.hasNext() ? records.next().getFields().stream().map(HrExtractFormat::columnName).toList() : List.of();
        } catch (UncheckedIOException | IOException | CsvParseException e) {
            finishWith(ProvisioningMessages.format("fichier.illisible", describe(e)));
            return;
        }
        if (header.isEmpty() || header.equals(List.of(""))) {
            finishWith(ProvisioningMessages.format("entete.vide"));
            return;
        }
        List<String> problems = HrExtractFormat.headerProblems(header);
        if (!problems.isEmpty()) {
            finishWith(String.join(" ", problems));
            return;
        }
        columns = new ColumnValues.Columns(header);
    }

    private ExtractRow nextRecord() {
        long line = lastLine + 1;
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            CsvRecord record = records.next();
            line = record.getStartingLineNumber();
            lastLine = line;
            List<String> read = record.getFields();
            String[] fields = new String[Math.min(header.size(), read.size())];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = read.get(i);
            }
            Map<String, String> values = new ColumnValues(columns, fields);
            if (read.size() != header.size()) {
                return ExtractRow.problem(line, values, ProvisioningMessages.format("ligne.nombre.champs",
                        String.valueOf(read.size()), String.valueOf(header.size())));
            }
            return new ExtractRow(line, values, null);
        } catch (UncheckedIOException | CsvParseException e) {
            // bad bytes or a broken quote: the rest of the file cannot be trusted
            finished = true;
            return ExtractRow.problem(CsvBreaks.lineOf(e, line), Map.of(), ProvisioningMessages.format("fichier.illisible", describe(e)));
        }
    }

    /** The whole file is refused, in one problem line numbered 1 (the header's). */
    private void finishWith(String reason) {
        pending.add(ExtractRow.problem(1, Map.of(), reason));
        finished = true;
    }

    private static String describe(Exception e) {
        Throwable deepest = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return ProvisioningMessages.format("fichier.cause.encodage");
            }
            deepest = cause;
        }
        String message = deepest.getMessage() == null ? "" : deepest.getMessage();
        if (message.startsWith("Unclosed quoted field")) {
            return ProvisioningMessages.format("fichier.cause.guillemet.ouvert");
        }
        if (message.startsWith("Unexpected character after closing quote")) {
            return ProvisioningMessages.format("fichier.cause.apres.guillemet");
        }
        if (message.contains("buffer size")) {
            return ProvisioningMessages.format("fichier.cause.champ.trop.grand");
        }
        return message;
    }

    /** Lines after the header, counted on the raw bytes (whatever the encoding): the progress bar's 100 %. */
    public static int dataLines(Path file) throws IOException {
        long newlines = 0;
        byte last = '\n';
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (in.read(buffer) > 0) {
                buffer.flip();
                last = buffer.get(buffer.limit() - 1);
                while (buffer.remaining() >= Long.BYTES) {
                    newlines += newlinesIn(buffer.getLong());
                }
                while (buffer.hasRemaining()) {
                    newlines += buffer.get() == '\n' ? 1 : 0;
                }
                buffer.clear();
            }
        }
        long lines = newlines + (last == '\n' ? 0 : 1);
        return (int) Math.max(0, lines - 1);
    }

    /**
     * The newline bytes among eight, counted at once (a national extract is a quarter of a
     * gigabyte, counted before its first line is read): a byte is zero after the exclusive or
     * exactly when it was a newline, and the sum below keeps the high bit of a byte clear only
     * for a zero byte, without a carry from one byte to the next.
     */
    static int newlinesIn(long eightBytes) {
        long x = eightBytes ^ 0x0A0A0A0A0A0A0A0AL;
        long nonZero = ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x;
        return Long.bitCount(~nonZero & 0x8080808080808080L);
    }

    /** Strict UTF-8 (bad bytes are reported, not replaced); a leading byte order mark is skipped. */
    private static Reader utf8Reader(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != BOM) {
            reader.reset();
        }
        return reader;
    }
}
