package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.control.RunMemory;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;

/**
 * For a full extract, disables the active accounts it no longer lists (or refuses to, beyond the
 * allowed share), in one transaction. The people the run met come from the reconciliation step's
 * memory; a run restarted at this step builds it again from the whole extract.
 */
@Named
@Dependent
public class CloseRunBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    StaffProvisioning provisioning;

    @Override
    public String process() {
        var options = ProvisioningParameters.options(job);
        RunMemory memory = job.getTransientUserData() instanceof RunMemory remembered ? remembered
                : provisioning.remember(job.getInstanceId(), Path.of(ProvisioningParameters.extract(job)), Long.MAX_VALUE);
        String status = provisioning.close(job.getInstanceId(), options, memory);
        memory.keepOnlyTouched();
        job.setTransientUserData(memory);
        job.setExitStatus(status);
        return status;
    }
}
