package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.control.ExtractLines;
import fr.academie.portail.provisioning.control.LinesAhead;
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
import java.util.concurrent.Future;

/**
 * Reads the HR extract (format v1) line by line, each line prepared (checked, hashed,
 * fingerprinted). Its checkpoint is the number of lines already handed out, so a restarted run
 * resumes exactly where the last committed chunk ended. The file is read ahead on a thread of the
 * server's executor and its lines prepared on the executor's other threads while the run decides
 * and writes the lines before: a national extract keeps both cores busy from its first line.
 */
@Named
@Dependent
public class HrExtractReader extends AbstractItemReader {

    /** Lines prepared together by one thread of the executor. */
    private static final int BLOCK = 1_000;
    /** Blocks read ahead at most: while the run opens (seconds at national size), and then a few chunks. */
    private static final int BLOCKS_AHEAD = 40;

    @Inject
    @BatchProperty
    String extract;

    @Inject
    JobContext job;

    @Inject
    ProvisioningRuns runs;

    @Inject
    StaffProvisioning provisioning;

    @Resource
    ManagedExecutorService executor;

    private LinesAhead ahead;
    private Future<?> reading;
    private long handedOut;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        if (checkpoint == null) {
            runs.counted(job.getInstanceId(), ExtractLines.dataLines(Path.of(extract)));
        }
        handedOut = checkpoint == null ? 0 : (Long) checkpoint;
        long skip = handedOut;
        ahead = new LinesAhead(provisioning.preparation(), executor, BLOCK, BLOCKS_AHEAD);
        // a long task: the executor runs it on a thread of its own, not as a hung request
        reading = executor.submit(ManagedExecutors.managedTask((Runnable) () -> readAhead(skip),
                Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "lecture de l'extraction RH"), null));
    }

    private void readAhead(long skip) {
        try (ExtractLines lines = ExtractLines.open(Path.of(extract))) {
            // past what the committed chunks of an earlier execution already handled
            ahead.read(lines, skip);
        } catch (IOException e) {
            // closing a file only read: nothing was lost
        }
    }

    @Override
    public Object readItem() throws InterruptedException {
        Object next = ahead.next();
        if (next != null) {
            handedOut++;
        }
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
