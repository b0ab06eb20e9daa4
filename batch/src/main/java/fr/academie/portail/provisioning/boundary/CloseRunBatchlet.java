package fr.academie.portail.provisioning.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * For a full extract, disables the active accounts it no longer lists (or refuses to, beyond the
 * allowed share), in one transaction. Its own step, run once: the run's lines it reads are
 * forgotten by the next step, and a restart never reruns a completed step, so the people already
 * forgotten are never taken for absent ones.
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
        String status = provisioning.close(job.getInstanceId(), ProvisioningParameters.options(job));
        job.setExitStatus(status);
        return status;
    }
}
