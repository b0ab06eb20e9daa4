package fr.academie.portail.directory.boundary;

import fr.academie.portail.provisioning.boundary.ProvisioningParameters;
import fr.academie.portail.provisioning.control.RunMemory;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
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
 * (not after a restart), they are few, and the annuaire followed every earlier run; otherwise every
 * agent is. A dry run changes nothing.
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
    /** This step's id in provisioning.xml. */
    private static final String STEP = "directory";
    /** Earlier runs looked at to find the last real one (dry runs in between are passed over). */
    private static final int RUNS_LOOKED_AT = 50;
    /** Agents per call when the run lists them. */
    private static final int IDS_PER_CALL = 1_000;
    /** Entries indexed again per transaction. */
    private static final int INDEX_SLICE = 1_000;

    @Inject
    JobContext job;

    @Inject
    DirectoryUpkeep upkeep;

    /**
     * Whether the annuaire step of the last real run before this one completed: then the annuaire
     * followed every change made so far (by induction from the first run), and this run's own list
     * is enough. A run that failed and was never restarted left changes no one followed.
     */
    private boolean earlierRunsFollowed() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobInstance> recent = operator.getJobInstances(job.getJobName(), 0, RUNS_LOOKED_AT);
        for (JobInstance instance : recent) {
            if (instance.getInstanceId() >= job.getInstanceId()) {
                continue;
            }
            List<JobExecution> executions = operator.getJobExecutions(instance);
            if (executions.isEmpty() || Boolean.parseBoolean(
                    executions.get(0).getJobParameters().getProperty(ProvisioningParameters.DRY_RUN, "false"))) {
                continue; // a dry run changed nothing
            }
            return executions.stream().anyMatch(execution -> operator.getStepExecutions(execution.getExecutionId())
                    .stream().anyMatch(step -> STEP.equals(step.getStepName())
                            && step.getBatchStatus() == BatchStatus.COMPLETED));
        }
        // no earlier real run among the last ones looked at: sure only when there were no more
        return recent.size() < RUNS_LOOKED_AT;
    }

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
        List<Long> agents = run != null && run.touchedCount() <= INCREMENTAL_LIMIT && earlierRunsFollowed()
                ? run.touchedAgents().boxed().toList() : null;
        List<Long> touched = new ArrayList<>();
        int added;
        if (agents != null) {
            // the run knows whom it touched, and the annuaire followed every earlier run: only their entries
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
            // a national intake, a restarted run, or an earlier run whose changes the annuaire may not
            // have followed: every agent, by ranges; the entries there are copied first, so that those
            // added next are not read again
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
        long end = System.nanoTime();
        LOG.info(() -> String.format(Locale.ROOT, "Annuaire : %d fiche(s) créée(s), %d fiche(s) à jour en %.1f s, %s en %.1f s.",
                added, updated, (copiedAt - start) / 1e9, how, (end - copiedAt) / 1e9));
        return "COMPLETED";
    }
}
