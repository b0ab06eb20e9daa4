package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.control.ExtractLines;
import fr.academie.portail.provisioning.control.LinesAhead;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Reads the HR extract (format v1) line by line, each line prepared (checked, hashed,
 * fingerprinted). Its checkpoint is the number of lines already handed out, so a restarted run
 * resumes exactly where the last committed chunk ended. The file is read ahead on a thread of its
 * own (from the server's thread factory) and its lines prepared on the threads of the server's
 * executor while the run decides and writes the lines before: a national extract keeps every core
 * busy from its first line.
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

    /** The reading's own thread: it would hold one of the executor's for the whole step. */
    @Resource
    ManagedThreadFactory threads;

    private LinesAhead ahead;
    private Thread reading;
    private long handedOut;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        if (checkpoint == null) {
            runs.counted(job.getInstanceId(), ExtractLines.dataLines(Path.of(extract)));
        }
        handedOut = checkpoint == null ? 0 : (Long) checkpoint;
        long skip = handedOut;
        ahead = new LinesAhead(provisioning.preparation(job.getInstanceId()), executor, BLOCK, BLOCKS_AHEAD);
        Path file = Path.of(extract);
        // past what the committed chunks of an earlier execution already handled
        reading = threads.newThread(() -> ahead.read(() -> ExtractLines.open(file), skip));
        reading.setName("Import RH " + job.getInstanceId() + " : lecture de l'extraction");
        reading.start();
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
            reading.interrupt();
        }
    }
}
