package fr.academie.portail.directory.boundary;

import fr.academie.portail.provisioning.boundary.ProvisioningParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    @Inject
    JobContext job;

    @Inject
    DirectoryUpkeep upkeep;

    @Override
    public String process() throws Exception {
        if (ProvisioningParameters.options(job).dryRun()) {
            return "SKIPPED";
        }
        int added = upkeep.addMissingEntries();
        int copied = upkeep.copyFromDossiers();
        upkeep.reindex();
        LOG.info(() -> "Annuaire : " + added + " fiche(s) créée(s), " + copied + " fiche(s) à jour, index reconstruit.");
        return "COMPLETED";
    }
}
