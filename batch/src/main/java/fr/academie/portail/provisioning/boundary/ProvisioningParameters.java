package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The job parameters of a provisioning run, one name each, read the same way by every artifact. */
public final class ProvisioningParameters {

    public static final String EXTRACT = "extract";
    public static final String SOURCE_NAME = "sourceName";
    public static final String DRY_RUN = "dryRun";
    public static final String FULL = "full";
    public static final String MAX_DISABLED_SHARE = "maxDisabledShare";

    private ProvisioningParameters() {
    }

    static Properties of(RunOptions options, String extract, String sourceName) {
        Properties parameters = new Properties();
        parameters.setProperty(EXTRACT, extract);
        parameters.setProperty(SOURCE_NAME, sourceName);
        parameters.setProperty(DRY_RUN, String.valueOf(options.dryRun()));
        parameters.setProperty(FULL, String.valueOf(options.full()));
        parameters.setProperty(MAX_DISABLED_SHARE, String.valueOf(options.maxDisabledShare()));
        return parameters;
    }

    /** The parameters of the running execution (the JobContext only shows the job XML's properties). */
    static Properties of(JobContext job) {
        return BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    }

    /** The path of the run's extract, as stored by {@link ExtractStore}. */
    public static String extract(JobContext job) {
        return of(job).getProperty(EXTRACT);
    }

    public static RunOptions options(JobContext job) {
        Properties parameters = of(job);
        return new RunOptions(
                Boolean.parseBoolean(parameters.getProperty(DRY_RUN, "false")),
                Boolean.parseBoolean(parameters.getProperty(FULL, "true")),
                Double.parseDouble(parameters.getProperty(MAX_DISABLED_SHARE,
                        String.valueOf(RunOptions.DEFAULT_MAX_DISABLED_SHARE))));
    }
}
