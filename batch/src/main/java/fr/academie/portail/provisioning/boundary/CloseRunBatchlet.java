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

    /** Ids of lines per delete: ranges of the primary key, so each slice is a short transaction. */
    private static final int FORGET_SLICE = 20_000;

    @Inject
    JobContext job;

    @Inject
    StaffProvisioning provisioning;

    @Override
    public String process() {
        String status = provisioning.close(job.getInstanceId(), ProvisioningParameters.options(job));
        long[] ids = provisioning.lineIds(job.getInstanceId());
        if (ids != null) {
            for (long from = ids[0]; from <= ids[1]; from += FORGET_SLICE) {
                provisioning.forgetLines(job.getInstanceId(), from, Math.min(ids[1], from + FORGET_SLICE - 1));
            }
        }
        job.setExitStatus(status);
        return status;
    }
}
