package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.control.ExtractRow;
import fr.academie.portail.provisioning.control.HrExtractFormat;
import fr.academie.portail.provisioning.control.ProvisioningMessages;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the HR extract (format v1) line by line. Its checkpoint is the number of data lines
 * already handed out, so a restarted run resumes exactly where the last committed chunk ended.
 * A broken header or an unreadable file becomes a rejected line of the report, never a crash.
 */
@Named
@Dependent
public class HrExtractReader extends AbstractItemReader {

    private static final char BOM = '\uFEFF';

    @Inject
    @BatchProperty
    String extract;

    @Inject
    JobContext job;

    @Inject
    ProvisioningRuns runs;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private long linesHandedOut;
    /** Rejections found before or instead of data lines (header problems, unreadable bytes). */
    private final Deque<ExtractRow> pending = new ArrayDeque<>();
    private boolean finished;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long alreadyDone = checkpoint == null ? 0 : (Long) checkpoint;
        if (checkpoint == null) {
            runs.counted(job.getInstanceId(), dataLines(Path.of(extract)));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(HrExtractFormat.DELIMITER)
                .setQuote(HrExtractFormat.QUOTE)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setAllowMissingColumnNames(true)
                .get();
        try {
            parser = CSVParser.parse(utf8Reader(Path.of(extract)), format);
        } catch (UncheckedIOException | IOException | IllegalArgumentException e) {
            finishWith(1, ProvisioningMessages.format("fichier.illisible", describe(e)));
            return;
        }
        header = parser.getHeaderNames().stream().map(HrExtractFormat::columnName).toList();
        if (header.isEmpty()) {
            finishWith(1, ProvisioningMessages.format("entete.vide"));
            return;
        }
        List<String> problems = HrExtractFormat.headerProblems(header);
        if (!problems.isEmpty()) {
            finishWith(1, String.join(" ", problems));
            return;
        }
        records = parser.iterator();
        while (linesHandedOut < alreadyDone && nextRow() != null) {
            // skip what the committed chunks of an earlier execution already handled
        }
    }

    @Override
    public Object readItem() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        return finished ? null : nextRow();
    }

    @Override
    public Serializable checkpointInfo() {
        return linesHandedOut;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }

    private ExtractRow nextRow() {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            CSVRecord record = records.next();
            linesHandedOut++;
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                values.put(header.get(i), record.get(i));
            }
            if (record.size() != header.size()) {
                return ExtractRow.problem(line, values, ProvisioningMessages.format("ligne.nombre.champs",
                        String.valueOf(record.size()), String.valueOf(header.size())));
            }
            return new ExtractRow(line, values, null);
        } catch (UncheckedIOException | IllegalStateException e) {
            // bad bytes or an unterminated quote: the rest of the file cannot be trusted
            finished = true;
            linesHandedOut++;
            return ExtractRow.problem(line, Map.of(), ProvisioningMessages.format("fichier.illisible", describe(e)));
        }
    }

    private void finishWith(long line, String reason) {
        pending.add(ExtractRow.problem(line, Map.of(), reason));
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
    private static int dataLines(Path file) throws IOException {
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
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        int first = reader.read();
        if (first != BOM) {
            reader.reset();
        }
        return reader;
    }
}
