package fr.academie.portail.provisioning.control;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The HR extract (format v1) as a sequence of lines, in file order. A broken header or an
 * unreadable file becomes a problem line, never an exception: the import reports it. The same
 * reading serves the run and its restart, which reads the lines already handled again to remember
 * what they held.
 */
public final class ExtractLines implements Closeable {

    private static final char BOM = '\uFEFF';

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private ColumnValues.Columns columns;
    /** Problems found before or instead of data lines (header, unreadable bytes). */
    private final Deque<ExtractRow> pending = new ArrayDeque<>();
    private boolean finished;

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
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(HrExtractFormat.DELIMITER)
                .setQuote(HrExtractFormat.QUOTE)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setAllowMissingColumnNames(true)
                .get();
        try {
            parser = CSVParser.parse(utf8Reader(extract), format);
        } catch (UncheckedIOException | IOException | IllegalArgumentException e) {
            finishWith(ProvisioningMessages.format("fichier.illisible", describe(e)));
            return;
        }
        header = parser.getHeaderNames().stream().map(HrExtractFormat::columnName).toList();
        if (header.isEmpty()) {
            finishWith(ProvisioningMessages.format("entete.vide"));
            return;
        }
        List<String> problems = HrExtractFormat.headerProblems(header);
        if (!problems.isEmpty()) {
            finishWith(String.join(" ", problems));
            return;
        }
        columns = new ColumnValues.Columns(header);
        records = parser.iterator();
    }

    private ExtractRow nextRecord() {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            CSVRecord record = records.next();
            String[] fields = new String[Math.min(header.size(), record.size())];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = record.get(i);
            }
            Map<String, String> values = new ColumnValues(columns, fields);
            if (record.size() != header.size()) {
                return ExtractRow.problem(line, values, ProvisioningMessages.format("ligne.nombre.champs",
                        String.valueOf(record.size()), String.valueOf(header.size())));
            }
            return new ExtractRow(line, values, null);
        } catch (UncheckedIOException | IllegalStateException e) {
            // bad bytes or an unterminated quote: the rest of the file cannot be trusted
            finished = true;
            return ExtractRow.problem(line, Map.of(), ProvisioningMessages.format("fichier.illisible", describe(e)));
        }
    }

    /** The whole file is refused, in one problem line numbered 1 (the header's). */
    private void finishWith(String reason) {
        pending.add(ExtractRow.problem(1, Map.of(), reason));
        finished = true;
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof CharacterCodingException) {
            return "le fichier n'est pas encodé en UTF-8.";
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "guillemet ouvrant sans guillemet fermant.";
        }
        return message;
    }

    /** Lines after the header, counted on the raw bytes (whatever the encoding): the progress bar's 100 %. */
    public static int dataLines(Path file) throws IOException {
        long newlines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        long lines = newlines + (last == '\n' ? 0 : 1);
        return (int) Math.max(0, lines - 1);
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
