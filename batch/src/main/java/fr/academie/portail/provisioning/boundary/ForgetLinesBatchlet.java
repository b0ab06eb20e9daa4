package fr.academie.portail.provisioning.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Forgets the people the run saw, by ranges of their lines' ids, each range in a transaction of its
 * own (a national run leaves a million lines). Safe to run again after a restart: it deletes what is
 * left.
 */
@Named
@Dependent
public class ForgetLinesBatchlet extends AbstractBatchlet {

    /** Ids of lines per delete: the ids of a run's lines are dense, so about as many lines. */
    private static final int SLICE = 20_000;

    @Inject
    JobContext job;

    @Inject
    StaffProvisioning provisioning;

    @Override
    public String process() {
        long[] ids = provisioning.lineIds(job.getInstanceId());
        if (ids != null) {
            for (long from = ids[0]; from <= ids[1]; from += SLICE) {
                provisioning.forgetLines(job.getInstanceId(), from, Math.min(ids[1], from + SLICE - 1));
            }
        }
        return "COMPLETED";
    }
}
