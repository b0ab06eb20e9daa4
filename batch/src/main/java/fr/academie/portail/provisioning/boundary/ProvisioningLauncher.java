package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Properties;

/** Starts and restarts the provisioning job; the job runs asynchronously. */
@Stateless
@PermitAll
public class ProvisioningLauncher {

    public static final String JOB = "provisioning";
    private static final String RESTART_MODE = "jberet.restart.mode";

    @Inject
    ProvisioningRuns runs;

    /** @return the job instance's id: the run's number in reports and in the API */
    public long start(Path extract, String sourceName, RunOptions options) {
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start(JOB, ProvisioningParameters.of(options, extract.toAbsolutePath().toString(), sourceName));
        return operator.getJobInstance(execution).getInstanceId();
    }

    /**
     * Restarts a run that failed, was stopped, or died with its server: its last execution then still
     * looks « started », and JBeret's {@code detect} restart mode takes it over once it sees that
     * nothing runs it. The run resumes after its last committed chunk.
     *
     * @return the new execution's id
     * @throws RunNotRestartableException when the run completed, or is not the newest execution
     */
    public long restart(long jobInstanceId) {
        long last = runs.find(jobInstanceId)
                .orElseThrow(() -> new IllegalArgumentException("Import inconnu : " + jobInstanceId))
                .getLastExecutionId();
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = operator.getParameters(last);
        parameters.setProperty(RESTART_MODE, "detect");
        try {
            return operator.restart(last, parameters);
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException
                 | NoSuchJobExecutionException e) {
            throw new RunNotRestartableException(jobInstanceId);
        }
    }
}
