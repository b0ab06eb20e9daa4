package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.academie.portail.accounts.control.NumenKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinesAheadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Map<String, Long> ESTABLISHMENTS = Map.of("0750655E", 7L);

    @TempDir
    Path folder;

    private final ExecutorService preparers = Executors.newFixedThreadPool(4);
    private final LinePreparation preparation = new LinePreparation(new NumenKey("une clé de test assez longue"), ESTABLISHMENTS, TODAY);

    @AfterEach
    void stopPreparers() {
        preparers.shutdownNow();
    }

    @Test
    void everyLineComesPreparedInTheFilesOrderWhateverThreadPreparedIt() throws Exception {
        Path extract = extract(2_345);
        LinesAhead ahead = new LinesAhead(preparation, preparers, 100, 3);

        List<PreparedLine> lines = readAll(ahead, extract, 0);

        assertThat(lines).hasSize(2_345);
        assertThat(lines).extracting(line -> line.outcome().lineNumber())
                .containsExactlyElementsOf(LongStream.rangeClosed(2, 2_346).boxed().toList());
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.outcome()).isInstanceOf(RowOutcome.Accepted.class);
            assertThat(line.establishmentId()).isEqualTo(7L);
            assertThat(line.numenHash()).hasSize(64);
        });
        assertThat(ahead.next()).as("after the last line").isNull();
    }

    @Test
    void aRestartPassesOverTheLinesAlreadyHandled() throws Exception {
        List<PreparedLine> lines = readAll(new LinesAhead(preparation, preparers, 100, 3), extract(250), 120);

        assertThat(lines).hasSize(130);
        assertThat(lines.get(0).outcome().lineNumber()).isEqualTo(122);
    }

    @Test
    void theReadingWaitsWhenAsManyBlocksAsAllowedAreAhead() throws Exception {
        LinesAhead ahead = new LinesAhead(preparation, preparers, 10, 2);
        Thread reading = readingUntilTheQueueIsFull(ahead, extract(100));
        assertThat(reading.isAlive()).as("two blocks of ten ahead, ninety lines still unread").isTrue();

        int count = 0;
        while (ahead.next() != null) {
            count++;
        }
        reading.join();
        assertThat(count).isEqualTo(100);
    }

    @Test
    void aLineThatCannotBePreparedFailsTheRunInsteadOfLeavingItWaiting() throws Exception {
        // no key to hash the NUMEN with: preparing fails on another thread
        LinesAhead ahead = new LinesAhead(new LinePreparation(null, ESTABLISHMENTS, TODAY), preparers, 100, 3);

        assertThatThrownBy(() -> readAll(ahead, extract(10), 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aReadingThatStopsFailsTheRunInsteadOfLeavingItWaiting() {
        LinesAhead ahead = new LinesAhead(preparation, task -> {
            throw new RejectedExecutionException("plus de place");
        }, 100, 3);

        assertThatThrownBy(() -> readAll(ahead, extract(10), 0)).isInstanceOf(RejectedExecutionException.class)
                .hasMessage("plus de place");
    }

    @Test
    void aFileThatCannotEvenBeOpenedFailsTheRun() {
        LinesAhead ahead = new LinesAhead(preparation, preparers, 100, 3);
        Thread reading = new Thread(() -> ahead.read(() -> {
            throw new NoClassDefFoundError("de/siegmar/fastcsv/reader/CsvReader");
        }, 0));
        reading.start();

        assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void anInterruptedReadingWithAFullQueueLeavesTheRunNotWaitingForever() throws Exception {
        LinesAhead ahead = new LinesAhead(preparation, preparers, 10, 2);
        Thread reading = readingUntilTheQueueIsFull(ahead, extract(100));
        reading.interrupt();
        reading.join();

        assertThatThrownBy(() -> {
            while (ahead.next() != null) {
                // the two blocks read before the interruption
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("avant sa fin");
    }

    /** Starts reading on a thread of its own and returns once that thread waits (or has ended). */
    private static Thread readingUntilTheQueueIsFull(LinesAhead ahead, Path extract) {
        Thread reading = new Thread(() -> ahead.read(() -> ExtractLines.open(extract), 0));
        reading.start();
        while (reading.isAlive() && reading.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        return reading;
    }

    private static List<PreparedLine> readAll(LinesAhead ahead, Path extract, long skip) throws Exception {
        Thread reading = new Thread(() -> ahead.read(() -> ExtractLines.open(extract), skip));
        reading.start();
        try {
            List<PreparedLine> lines = new ArrayList<>();
            for (PreparedLine line = ahead.next(); line != null; line = ahead.next()) {
                lines.add(line);
            }
            return lines;
        } finally {
            reading.join();
        }
    }

    private Path extract(int lines) throws IOException {
        StringBuilder text = new StringBuilder(String.join(";", HrExtractFormat.COLUMNS)).append('\n');
        for (int i = 0; i < lines; i++) {
            for (String column : HrExtractFormat.COLUMNS) {
                text.append(switch (column) {
                    case HrExtractFormat.NUMEN -> String.format("01E%07dAAA", i);
                    case HrExtractFormat.NOM -> "Martin";
                    case HrExtractFormat.PRENOM -> "Jean";
                    case HrExtractFormat.DATE_NAISSANCE -> "01/02/1980";
                    case HrExtractFormat.UAI -> "0750655E";
                    default -> "";
                }).append(column.equals(HrExtractFormat.EMAIL_PERSO) ? "\n" : ";");
            }
        }
        Path file = folder.resolve("extrait.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
