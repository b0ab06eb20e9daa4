package fr.academie.portail.directory.boundary;

import fr.academie.portail.provisioning.boundary.ProvisioningParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The provisioning run's last step: the annuaire follows the dossiers (new entries, copied names
 * and places, departed staff unlisted), then its search index is rebuilt. A dry run changes nothing.
 * Safe to run again after a restart: it only adds what is missing and copies what is there.
 */
@Named
@Dependent
public class DirectoryRefreshBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DirectoryRefreshBatchlet.class.getName());
    /** Agents per transaction. */
    private static final int SLICE = 20_000;

    @Inject
    JobContext job;

    @Inject
    DirectoryUpkeep upkeep;

    @Override
    public String process() throws Exception {
        if (ProvisioningParameters.options(job).dryRun()) {
            return "SKIPPED";
        }
        long start = System.nanoTime();
        Set<String> taken = upkeep.takenAddresses();
        int before = taken.size();
        for (long last = upkeep.addMissingEntries(taken, 0, SLICE); last >= 0;
             last = upkeep.addMissingEntries(taken, last, SLICE)) {
            // one transaction per slice of new staff
        }
        int added = taken.size() - before;
        long copied = 0;
        long lastAgent = upkeep.lastAgentId();
        for (long from = 1; from <= lastAgent; from += SLICE) {
            copied += upkeep.copyFromDossiers(from, from + SLICE - 1);
        }
        long updated = copied;
        long copiedAt = System.nanoTime();
        upkeep.reindex();
        long end = System.nanoTime();
        LOG.info(() -> String.format(java.util.Locale.ROOT,
                "Annuaire : %d fiche(s) créée(s), %d fiche(s) à jour en %.1f s, index reconstruit en %.1f s.",
                added, updated, (copiedAt - start) / 1e9, (end - copiedAt) / 1e9));
        return "COMPLETED";
    }
}
