package fr.academie.portail.provisioning.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.nio.file.Path;
import java.util.Properties;

/** Starts the provisioning job on an extract file; the job runs asynchronously. */
@Stateless
@PermitAll
public class ProvisioningLauncher {

    public static final String JOB = "provisioning";

    /** @return the job execution's id */
    public long start(Path extract, String sourceName) {
        Properties parameters = new Properties();
        parameters.setProperty("extract", extract.toAbsolutePath().toString());
        parameters.setProperty("sourceName", sourceName);
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.start(JOB, parameters);
    }
}
