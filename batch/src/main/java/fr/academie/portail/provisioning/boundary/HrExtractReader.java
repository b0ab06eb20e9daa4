package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.control.ExtractLines;
import fr.academie.portail.provisioning.control.ExtractRow;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;

/**
 * Reads the HR extract (format v1) line by line. Its checkpoint is the number of lines already
 * handed out, so a restarted run resumes exactly where the last committed chunk ended. The file is
 * read ahead on a thread of the server's executor while the run checks and writes the lines before:
 * reading a national extract takes seconds that the run no longer waits for.
 */
@Named
@Dependent
public class HrExtractReader extends AbstractItemReader {

    /** Lines read ahead at most: about one chunk and a half. */
    private static final int AHEAD = 15_000;

    @Inject
    @BatchProperty
    String extract;

    @Inject
    JobContext job;

    @Inject
    ProvisioningRuns runs;

    @Resource
    ManagedExecutorService executor;

    private final BlockingQueue<Object> ahead = new ArrayBlockingQueue<>(AHEAD);
    private Future<?> reading;
    private long handedOut;
    private boolean finished;

    /** Put after the last line, or with what stopped the reading. */
    private record End(RuntimeException failure) {
    }

    @Override
    public void open(Serializable checkpoint) throws IOException {
        if (checkpoint == null) {
            runs.counted(job.getInstanceId(), ExtractLines.dataLines(Path.of(extract)));
        }
        handedOut = checkpoint == null ? 0 : (Long) checkpoint;
        long skip = handedOut;
        // a long task: the executor runs it on a thread of its own, not as a hung request
        reading = executor.submit(ManagedExecutors.managedTask((Runnable) () -> readAhead(skip),
                Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "lecture de l'extraction RH"), null));
    }

    private void readAhead(long skip) {
        RuntimeException failure = null;
        try (ExtractLines lines = ExtractLines.open(Path.of(extract))) {
            // what the committed chunks of an earlier execution already handled
            lines.skip(skip);
            for (ExtractRow row = lines.next(); row != null; row = lines.next()) {
                ahead.put(row);
            }
        } catch (InterruptedException e) {
            // the step is closing: nobody reads further
            Thread.currentThread().interrupt();
            return;
        } catch (Throwable e) {
            // whatever stops the reading (even an Error) reaches the run instead of leaving it waiting
            failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        try {
            ahead.put(new End(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (finished) {
            return null;
        }
        Object next = ahead.take();
        if (next instanceof End end) {
            finished = true;
            if (end.failure() != null) {
                throw end.failure();
            }
            return null;
        }
        handedOut++;
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return handedOut;
    }

    @Override
    public void close() {
        if (reading != null) {
            reading.cancel(true);
        }
    }
}
