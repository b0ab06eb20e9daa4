package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.accounts.control.LoginIndex;
import fr.academie.portail.provisioning.control.RowOutcome;
import fr.academie.portail.provisioning.control.SeenNumens;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Hands each chunk to the reconciliation service, inside the chunk's transaction. A chunk that
 * fails fails the run: its restart reloads the logins from what was committed.
 */
@Named
@Dependent
public class StaffWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StaffProvisioning provisioning;

    private RunOptions options;
    /** Every login ever given: one load per step execution, no query per new person. */
    private LoginIndex givenLogins;
    /** The NUMEN the run has seen: a chunk asks the database about repeats only when one may be. */
    private SeenNumens seen;

    @Override
    public void open(Serializable checkpoint) {
        options = ProvisioningParameters.options(job);
        givenLogins = new LoginIndex(provisioning.givenLogins(job.getInstanceId()));
        seen = provisioning.seenNumens(job.getInstanceId());
    }

    @Override
    public void writeItems(List<Object> items) {
        provisioning.apply(job.getInstanceId(), options, items.stream().map(RowOutcome.class::cast).toList(), givenLogins,
                seen);
    }
}
