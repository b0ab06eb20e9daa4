package fr.academie.portail.directory.boundary;

import fr.academie.portail.provisioning.boundary.ProvisioningParameters;
import fr.academie.portail.provisioning.control.RunMemory;
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
 * what it wrote. Only the agents the run touched are looked at, as long as the run knows them all
 * (not after a restart), they are few, no other import left changes unfollowed and the
 * establishments did not change; otherwise every agent is. A dry run changes nothing.
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
    /** Agents per call when the run lists them. */
    private static final int IDS_PER_CALL = 1_000;
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
        RunMemory run = job.getTransientUserData() instanceof RunMemory memory && memory.touchedComplete() ? memory : null;
        List<Long> agents = run != null && run.touchedCount() <= INCREMENTAL_LIMIT
                && !upkeep.otherImportsPending(job.getInstanceId()) && !upkeep.establishmentsChanged()
                ? run.touchedAgents().boxed().toList() : null;
        List<Long> touched = new ArrayList<>();
        int added;
        if (agents != null) {
            // the run knows whom it touched, and nothing else changed since the annuaire last followed:
            // only their entries
            if (!agents.isEmpty()) {
                upkeep.indexPending(true);
                Set<String> taken = upkeep.takenAddresses();
                for (int from = 0; from < agents.size(); from += IDS_PER_CALL) {
                    upkeep.addMissingEntries(taken, touched, agents.subList(from, Math.min(agents.size(), from + IDS_PER_CALL)));
                }
            }
            added = touched.size();
            for (int from = 0; from < agents.size(); from += IDS_PER_CALL) {
                touched.addAll(upkeep.copyFromDossiers(agents.subList(from, Math.min(agents.size(), from + IDS_PER_CALL))));
            }
        } else {
            // a national intake, a restarted run, an import whose changes the annuaire did not follow
            // (failed before this step), or establishments changed: every agent, by ranges; the
            // entries there are copied first, so that those added next are not read again
            upkeep.indexPending(true);
            long last = upkeep.lastAgentId();
            for (long from = 1; from <= last; from += SLICE) {
                touched.addAll(upkeep.copyFromDossiers(from, from + SLICE - 1));
            }
            int copied = touched.size();
            Set<String> taken = upkeep.takenAddresses();
            for (long from = 1; from <= last; from += SLICE) {
                upkeep.addMissingEntries(taken, touched, from, from + SLICE - 1);
            }
            added = touched.size() - copied;
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
        upkeep.followed(job.getInstanceId(), agents == null);
        long end = System.nanoTime();
        LOG.info(() -> String.format(Locale.ROOT, "Annuaire : %d fiche(s) créée(s), %d fiche(s) à jour en %.1f s, %s en %.1f s.",
                added, updated, (copiedAt - start) / 1e9, how, (end - copiedAt) / 1e9));
        return "COMPLETED";
    }
}
