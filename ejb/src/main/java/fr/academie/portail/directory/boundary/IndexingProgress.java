package fr.academie.portail.directory.boundary;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * The rebuild of the annuaire's index, told in the server log every hundred thousand entries
 * (Hibernate Search's own monitor writes two lines every fifty: fifty thousand lines a night).
 */
final class IndexingProgress implements MassIndexingMonitor {

    private static final Logger LOG = Logger.getLogger(IndexingProgress.class.getName());
    private static final long EVERY = 100_000;

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    @Override
    public void documentsAdded(long count) {
        long before = done.getAndAdd(count);
        if ((before + count) / EVERY > before / EVERY) {
            LOG.info(() -> "Annuaire : " + (before + count) + " fiche(s) indexée(s) sur " + total.get() + ".");
        }
    }

    @Override
    public void documentsBuilt(long count) {
        // counted once added to the index
    }

    @Override
    public void entitiesLoaded(long count) {
        // counted once added to the index
    }

    @Override
    public void addToTotalCount(long count) {
        total.addAndGet(count);
    }

    @Override
    public void indexingCompleted() {
        LOG.info(() -> "Annuaire : index reconstruit, " + done.get() + " fiche(s).");
    }
}
