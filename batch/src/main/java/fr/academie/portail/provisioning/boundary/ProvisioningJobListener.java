package fr.academie.portail.provisioning.boundary;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
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
    /** The step of provisioning.xml that gives the run's verdict. */
    private static final String CLOSE_STEP = "close";

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
            default -> job.getExitStatus() == null ? closingVerdict() : job.getExitStatus();
        };
        runs.ended(job.getInstanceId(), outcome);
        runs.find(job.getInstanceId()).ifPresent(run -> LOG.info(() -> "Import RH " + job.getInstanceId()
                + " terminé (" + outcome + ") : " + run.counts()));
        finished.fire(new ProvisioningFinished(job.getInstanceId(), job.getExecutionId(), outcome));
    }

    /**
     * The close step's verdict when this execution did not run it: a restart after the close (say,
     * while the run's lines were being forgotten) keeps the verdict of the execution that closed.
     */
    private String closingVerdict() {
        JobOperator operator = BatchRuntime.getJobOperator();
        for (JobExecution execution : operator.getJobExecutions(operator.getJobInstance(job.getExecutionId()))) {
            for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
                if (CLOSE_STEP.equals(step.getStepName()) && step.getBatchStatus() == BatchStatus.COMPLETED
                        && step.getExitStatus() != null) {
                    return step.getExitStatus();
                }
            }
        }
        return BatchStatus.COMPLETED.name();
    }
}
