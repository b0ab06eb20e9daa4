package fr.academie.portail.provisioning.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The run's last step: for a full extract, disables the active accounts it no longer lists (or
 * refuses to, beyond the allowed share), then forgets the people the run saw.
 */
@Named
@Dependent
public class CloseRunBatchlet extends AbstractBatchlet {

    private static final int FORGET_SLICE = 10_000;

    @Inject
    JobContext job;

    @Inject
    StaffProvisioning provisioning;

    @Override
    public String process() {
        String status = provisioning.close(job.getInstanceId(), ProvisioningParameters.options(job));
        while (provisioning.forgetSlice(job.getInstanceId(), FORGET_SLICE) > 0) {
            // the run's working lines go, ten thousand at a time
        }
        job.setExitStatus(status);
        return status;
    }
}
