package fr.academie.portail.provisioning.boundary;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;

/** Opens the run's report when it starts (or restarts) and closes it when it ends. */
@Named
@Dependent
public class ProvisioningJobListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(ProvisioningJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ProvisioningRuns runs;

    @Inject
    Event<ProvisioningFinished> finished;

    @Override
    public void beforeJob() {
        Properties parameters = ProvisioningParameters.of(job);
        String extract = parameters.getProperty(ProvisioningParameters.EXTRACT, "");
        String source = parameters.getProperty(ProvisioningParameters.SOURCE_NAME, Path.of(extract).getFileName().toString());
        runs.started(job.getInstanceId(), job.getExecutionId(), source, ProvisioningParameters.options(job));
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        String outcome = switch (status) {
            case FAILED, STOPPING, STOPPED, ABANDONED -> status.name();
            // the closing step's verdict, e.g. THRESHOLD_EXCEEDED
            default -> job.getExitStatus() == null ? BatchStatus.COMPLETED.name() : job.getExitStatus();
        };
        runs.ended(job.getInstanceId(), outcome);
        runs.find(job.getInstanceId()).ifPresent(run -> LOG.info(() -> "Import RH " + job.getInstanceId()
                + " terminé (" + outcome + ") : " + run.counts()));
        finished.fire(new ProvisioningFinished(job.getInstanceId(), job.getExecutionId(), outcome));
    }
}
