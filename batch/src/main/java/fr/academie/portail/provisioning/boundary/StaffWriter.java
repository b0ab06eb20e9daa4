package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.directory.boundary.DirectoryUpkeep;
import fr.academie.portail.provisioning.control.PreparedLine;
import fr.academie.portail.provisioning.control.RunMemory;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * Hands each chunk to the reconciliation service, inside the chunk's transaction. The run's memory
 * is built when the step opens — on a restart, from the lines the committed chunks handled, which
 * the checkpoint counts — and shared with the next steps of the execution.
 */
@Named
@Dependent
public class StaffWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String extract;

    @Inject
    JobContext job;

    @Inject
    StaffProvisioning provisioning;

    @Inject
    ProvisioningRuns runs;

    @Inject
    DirectoryUpkeep annuaire;

    private RunOptions options;
    private RunMemory memory;
    /** Lines written by the committed chunks: this writer's checkpoint. */
    private long written;

    @Override
    public void open(Serializable checkpoint) {
        options = ProvisioningParameters.options(job);
        if (!options.dryRun()) {
            // noted before the first write: should the run fail, the next one's annuaire goes over everyone
            annuaire.importWillWrite(job.getInstanceId());
        }
        // without a checkpoint of this writer, a run begun before it kept one: its report counts the
        // lines the committed chunks handled (0 for a new run)
        written = checkpoint != null ? (Long) checkpoint
                : runs.find(job.getInstanceId()).map(run -> (long) run.counts().read()).orElse(0L);
        memory = provisioning.remember(job.getInstanceId(), Path.of(extract), written);
        job.setTransientUserData(memory);
    }

    @Override
    public void writeItems(List<Object> items) {
        provisioning.apply(job.getInstanceId(), options, items.stream().map(PreparedLine.class::cast).toList(), memory);
        written += items.size();
    }

    @Override
    public Serializable checkpointInfo() {
        return written;
    }
}
