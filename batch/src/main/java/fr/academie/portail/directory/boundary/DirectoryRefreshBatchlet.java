package fr.academie.portail.directory.boundary;

import fr.academie.portail.provisioning.boundary.ProvisioningParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The provisioning run's last step: the annuaire follows the dossiers (new entries, copied names
 * and places, departed staff unlisted), then the entries that changed are indexed again — or the
 * whole index rebuilt, after a national intake or when an earlier upkeep stopped before indexing
 * what it wrote. A dry run changes nothing.
 * Safe to run again after a restart: it only adds what is missing and copies what is there.
 */
@Named
@Dependent
public class DirectoryRefreshBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DirectoryRefreshBatchlet.class.getName());
    /** Agents per transaction. */
    private static final int SLICE = 20_000;
    /** Beyond this many new or changed entries, rebuilding the whole index is the cheaper way. */
    private static final int INCREMENTAL_LIMIT = 50_000;
    /** Entries indexed again per transaction. */
    private static final int INDEX_SLICE = 1_000;

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
        // read before this step marks its own work pending: a mark left by an earlier one means its
        // entries may never have been indexed
        boolean rebuild = upkeep.indexNeedsRebuild();
        upkeep.indexPending(true);
        Set<String> taken = upkeep.takenAddresses();
        List<Long> touched = new ArrayList<>();
        long lastAgent = upkeep.lastAgentId();
        for (long from = 1; from <= lastAgent; from += SLICE) {
            upkeep.addMissingEntries(taken, touched, from, from + SLICE - 1);
        }
        int added = touched.size();
        for (long from = 1; from <= lastAgent; from += SLICE) {
            touched.addAll(upkeep.copyFromDossiers(from, from + SLICE - 1));
        }
        int updated = touched.size() - added;
        long copiedAt = System.nanoTime();
        String how;
        if (rebuild || touched.size() > INCREMENTAL_LIMIT) {
            upkeep.reindex();
            how = "index reconstruit";
        } else if (!touched.isEmpty()) {
            for (int from = 0; from < touched.size(); from += INDEX_SLICE) {
                upkeep.index(touched.subList(from, Math.min(touched.size(), from + INDEX_SLICE)));
            }
            how = "fiches réindexées";
        } else {
            how = "index inchangé";
        }
        upkeep.indexPending(false);
        long end = System.nanoTime();
        LOG.info(() -> String.format(Locale.ROOT, "Annuaire : %d fiche(s) créée(s), %d fiche(s) à jour en %.1f s, %s en %.1f s.",
                added, updated, (copiedAt - start) / 1e9, how, (end - copiedAt) / 1e9));
        return "COMPLETED";
    }
}
