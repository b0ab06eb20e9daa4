package fr.academie.portail.directory.boundary;

import fr.academie.portail.directory.control.ProfessionalAddress;
import fr.academie.portail.directory.entity.DirectoryEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;

/**
 * Keeps the annuaire in step with the dossiers after each HR import: an entry (and its address,
 * given once) for every new member of staff, names and places copied from the dossiers, departed
 * staff unlisted, then the search index rebuilt from the entries.
 */
@Stateless
@PermitAll
public class DirectoryUpkeep {

    private static final Logger LOG = Logger.getLogger(DirectoryUpkeep.class.getName());
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    @ConfigProperty(name = "portail.mail.domain", defaultValue = "ac-paris.fr")
    String domain;

    /** Every address given so far: a new one must differ from all of them, forever. */
    public Set<String> takenAddresses() {
        return new HashSet<>(em.createQuery("select d.email from DirectoryEntry d", String.class).getResultList());
    }

    /**
     * New staff after agent {@code afterId} get their entry and address, at most {@code slice} of
     * them, in the order they were created (homonyms in file order); {@code taken} grows with the
     * addresses given. Returns the last agent handled, or -1 when none was left. One transaction per
     * slice: a national import does not hold a million inserts in one.
     */
    public long addMissingEntries(Set<String> taken, long afterId, int slice) {
        long[] last = {-1};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement missing = connection.prepareStatement("""
                    SELECT a.id, a.prenom, a.nom, a.fonction, a.discipline, e.uai, e.name, e.commune, ac.status
                    FROM agent a JOIN establishment e ON e.id = a.establishment_id JOIN account ac ON ac.agent_id = a.id
                    WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM directory_entry d WHERE d.agent_id = a.id)
                    ORDER BY a.id""");
                 PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO directory_entry (agent_id, email, nom, prenom, fonction, discipline, establishment_uai,
                        establishment_name, commune, listed, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
                missing.setLong(1, afterId);
                missing.setMaxRows(slice);
                int pending = 0;
                try (ResultSet rows = missing.executeQuery()) {
                    while (rows.next()) {
                        last[0] = rows.getLong(1);
                        var base = ProfessionalAddress.base(rows.getString(2), rows.getString(3));
                        if (base.isEmpty()) {
                            LOG.warning("Annuaire : pas d'adresse possible pour l'agent " + rows.getLong(1));
                            continue;
                        }
                        String address = ProfessionalAddress.firstFree(base.get(), domain, taken);
                        taken.add(address);
                        insert.setLong(1, rows.getLong(1));
                        insert.setString(2, address);
                        for (int column = 2; column <= 8; column++) {
                            insert.setString(column + 1, rows.getString(column));
                        }
                        insert.setInt(10, "ACTIVE".equals(rows.getString(9)) ? 1 : 0);
                        insert.addBatch();
                        if (++pending % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        });
        return last[0];
    }

    /** The highest agent number, to slice the copy by ranges of agents. */
    public long lastAgentId() {
        Long last = em.createQuery("select max(a.id) from Agent a", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /**
     * Names, function, discipline, establishment from the dossiers of agents {@code fromId} to
     * {@code toId} (both included); listed while the account is active.
     */
    public int copyFromDossiers(long fromId, long toId) {
        return em.createNativeQuery("""
                UPDATE directory_entry SET
                  nom = (SELECT a.nom FROM agent a WHERE a.id = directory_entry.agent_id),
                  prenom = (SELECT a.prenom FROM agent a WHERE a.id = directory_entry.agent_id),
                  fonction = (SELECT a.fonction FROM agent a WHERE a.id = directory_entry.agent_id),
                  discipline = (SELECT a.discipline FROM agent a WHERE a.id = directory_entry.agent_id),
                  establishment_uai = (SELECT e.uai FROM agent a JOIN establishment e ON e.id = a.establishment_id
                                       WHERE a.id = directory_entry.agent_id),
                  establishment_name = (SELECT e.name FROM agent a JOIN establishment e ON e.id = a.establishment_id
                                        WHERE a.id = directory_entry.agent_id),
                  commune = (SELECT e.commune FROM agent a JOIN establishment e ON e.id = a.establishment_id
                             WHERE a.id = directory_entry.agent_id),
                  listed = (SELECT CASE WHEN ac.status = 'ACTIVE' THEN 1 ELSE 0 END FROM account ac
                            WHERE ac.agent_id = directory_entry.agent_id)
                WHERE agent_id BETWEEN ?1 AND ?2""").setParameter(1, fromId).setParameter(2, toId).executeUpdate();
    }

    /** Rebuilds the search index from the entries (their copy was written by SQL, unseen by Hibernate Search). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void reindex() throws InterruptedException {
        Search.mapping(emf).scope(DirectoryEntry.class).massIndexer()
                .threadsToLoadObjects(1)
                .startAndWait();
    }
}
