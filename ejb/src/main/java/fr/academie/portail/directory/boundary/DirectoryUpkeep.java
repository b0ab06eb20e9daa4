package fr.academie.portail.directory.boundary;

import fr.academie.portail.directory.control.ProfessionalAddress;
import fr.academie.portail.directory.entity.DirectoryEntry;
import fr.academie.portail.platform.persistence.MultiRowInsert;
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
import java.sql.SQLException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Keeps the annuaire in step with the dossiers after each HR import: an entry (and its address,
 * given once) for every new member of staff, names and places copied from the dossiers, departed
 * staff unlisted, then the changed entries indexed again (or the whole index rebuilt).
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
     * New staff among agents {@code fromId} to {@code toId} (both included) get their entry and
     * address, in the order they were created (homonyms in file order); {@code taken} grows with the
     * addresses given, {@code added} with the agents who got an entry. One transaction per range of
     * agents: a national import does not hold a million inserts in one, and a bounded range keeps
     * the database from reading every agent above the last one handled.
     */
    public void addMissingEntries(Set<String> taken, List<Long> added, long fromId, long toId) {
        addMissing(taken, added, "a.id BETWEEN ? AND ?", List.of(fromId, toId));
    }

    /** As {@link #addMissingEntries(Set, List, long, long)}, for these agents (at most a thousand): a night's newcomers. */
    public void addMissingEntries(Set<String> taken, List<Long> added, List<Long> agentIds) {
        addMissing(taken, added, "a.id IN (" + placeholders(agentIds.size()) + ")", agentIds);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, List<Long> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setLong(i + 1, parameters.get(i));
        }
    }

    private void addMissing(Set<String> taken, List<Long> added, String agentFilter, List<Long> parameters) {
        if (parameters.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement missing = connection.prepareStatement("""
                    SELECT a.id, a.nom, a.prenom, a.fonction, a.discipline, e.uai, e.name, e.commune, ac.status
                    FROM agent a JOIN establishment e ON e.id = a.establishment_id JOIN account ac ON ac.agent_id = a.id
                    WHERE %s AND NOT EXISTS (SELECT 1 FROM directory_entry d WHERE d.agent_id = a.id)
                    ORDER BY a.id""".formatted(agentFilter))) {
                bind(missing, parameters);
                List<NewEntry> entries = new ArrayList<>();
                try (ResultSet rows = missing.executeQuery()) {
                    while (rows.next()) {
                        var base = ProfessionalAddress.base(rows.getString(3), rows.getString(2));
                        if (base.isEmpty()) {
                            LOG.warning("Annuaire : pas d'adresse possible pour l'agent " + rows.getLong(1));
                            continue;
                        }
                        String address = ProfessionalAddress.firstFree(base.get(), domain, taken);
                        taken.add(address);
                        String[] values = new String[7];
                        for (int column = 2; column <= 8; column++) {
                            values[column - 2] = rows.getString(column);
                        }
                        entries.add(new NewEntry(rows.getLong(1), address, values, "ACTIVE".equals(rows.getString(9))));
                        added.add(rows.getLong(1));
                    }
                }
                MultiRowInsert.insert(connection, "INSERT INTO directory_entry (agent_id, email, nom, prenom, fonction,"
                                + " discipline, establishment_uai, establishment_name, commune, listed, version)",
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", 10, entries, (insert, first, entry) -> {
                            insert.setLong(first, entry.agentId());
                            insert.setString(first + 1, entry.address());
                            for (int i = 0; i < entry.values().length; i++) {
                                insert.setString(first + 2 + i, entry.values()[i]);
                            }
                            insert.setInt(first + 9, entry.listed() ? 1 : 0);
                        });
            }
        });
    }

    /** A new entry: its agent, address, the dossier's values in the table's order, and whether it is listed. */
    private record NewEntry(long agentId, String address, String[] values, boolean listed) {
    }

    /** The highest agent number, to slice the copy by ranges of agents. */
    public long lastAgentId() {
        Long last = em.createQuery("select max(a.id) from Agent a", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /**
     * Names, function, discipline, establishment from the dossiers of agents {@code fromId} to
     * {@code toId} (both included); listed while the account is active. Only the entries that differ
     * are written, compared in Java (the database's collation would take « Lefevre » for « Lefèvre »):
     * a night when HR changed little writes little, and only those entries are indexed again.
     *
     * @return the agents whose entry changed
     */
    public List<Long> copyFromDossiers(long fromId, long toId) {
        return copy("d.agent_id BETWEEN ? AND ?", List.of(fromId, toId));
    }

    /** As {@link #copyFromDossiers(long, long)}, for these agents (at most a thousand): those a night changed. */
    public List<Long> copyFromDossiers(List<Long> agentIds) {
        return agentIds.isEmpty() ? List.of() : copy("d.agent_id IN (" + placeholders(agentIds.size()) + ")", agentIds);
    }

    private List<Long> copy(String entryFilter, List<Long> parameters) {
        List<Long> changed = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement("""
                    SELECT d.agent_id, a.nom, a.prenom, a.fonction, a.discipline, e.uai, e.name, e.commune,
                      CASE WHEN ac.status = 'ACTIVE' THEN 1 ELSE 0 END,
                      d.nom, d.prenom, d.fonction, d.discipline, d.establishment_uai, d.establishment_name, d.commune,
                      d.listed
                    FROM directory_entry d JOIN agent a ON a.id = d.agent_id
                      JOIN establishment e ON e.id = a.establishment_id JOIN account ac ON ac.agent_id = a.id
                    WHERE %s""".formatted(entryFilter));
                 PreparedStatement write = connection.prepareStatement("""
                    UPDATE directory_entry SET nom = ?, prenom = ?, fonction = ?, discipline = ?, establishment_uai = ?,
                      establishment_name = ?, commune = ?, listed = ?, version = version + 1
                    WHERE agent_id = ?""")) {
                bind(read, parameters);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        if (sameEntry(rows)) {
                            continue;
                        }
                        for (int column = 2; column <= 8; column++) {
                            write.setString(column - 1, rows.getString(column));
                        }
                        write.setInt(8, rows.getInt(9));
                        write.setLong(9, rows.getLong(1));
                        write.addBatch();
                        changed.add(rows.getLong(1));
                        if (changed.size() % BATCH == 0) {
                            write.executeBatch();
                        }
                    }
                }
                write.executeBatch();
            }
        });
        return changed;
    }

    /** Whether the dossier's values (columns 2–9) equal the entry's (10–17), exactly. */
    private static boolean sameEntry(ResultSet row) throws SQLException {
        for (int column = 2; column <= 8; column++) {
            if (!Objects.equals(row.getString(column), row.getString(column + 8))) {
                return false;
            }
        }
        return row.getInt(9) == row.getInt(17);
    }

    /**
     * Indexes these entries again, in a transaction of this call (the batch step has none), the index
     * following at commit: after a night that changed a few thousand entries, cheaper than rebuilding
     * the whole index.
     */
    public void index(List<Long> agentIds) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        em.createNamedQuery(DirectoryEntry.BY_AGENTS, DirectoryEntry.class).setParameter("agents", agentIds)
                .getResultStream().forEach(plan::addOrUpdate);
    }

    /**
     * Whether the index cannot be trusted to follow the entries: an earlier upkeep wrote entries and
     * stopped before indexing them, or the index does not hold as many entries as the table (an index
     * folder lost or new). Then it is rebuilt whole.
     */
    public boolean indexNeedsRebuild() {
        Number pending = (Number) em.createNativeQuery("select pending from directory_index_state where id = 1")
                .getSingleResult();
        if (pending.intValue() != 0) {
            return true;
        }
        long entries = em.createQuery("select count(d) from DirectoryEntry d", Long.class).getSingleResult();
        long indexed = Search.session(em).search(DirectoryEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
        return entries != indexed;
    }

    /** Remembers (or forgets, once indexed) that entries were written and may not be indexed yet. */
    public void indexPending(boolean pending) {
        em.createNativeQuery("update directory_index_state set pending = ?1 where id = 1")
                .setParameter(1, pending ? 1 : 0).executeUpdate();
    }

    /**
     * Notes that an import is about to write dossiers and accounts, before it does (in a transaction
     * of its own, so that the note stays if the import fails): until its annuaire step has followed
     * it, the annuaire of any other import goes over every agent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void importWillWrite(long run) {
        em.createNativeQuery("insert into directory_pending_run (job_instance_id) select ?1 from directory_index_state"
                        + " where id = 1 and not exists (select 1 from directory_pending_run where job_instance_id = ?1)")
                .setParameter(1, run).executeUpdate();
    }

    /** Whether an import other than this one wrote and its changes have not been followed yet. */
    public boolean otherImportsPending(long run) {
        return ((Number) em.createNativeQuery("select count(*) from directory_pending_run where job_instance_id <> ?1")
                .setParameter(1, run).getSingleResult()).longValue() > 0;
    }

    /** Whether the establishments (names, communes) differ from those the entries were last copied from. */
    public boolean establishmentsChanged() {
        Number stored = (Number) em.createNativeQuery(
                "select establishments_fingerprint from directory_index_state where id = 1").getSingleResult();
        return stored == null || stored.longValue() != establishmentsFingerprint();
    }

    /**
     * The annuaire followed this import (and, when it went over every agent, every earlier one, and
     * the establishments as they are now).
     */
    public void followed(long run, boolean everyAgent) {
        if (everyAgent) {
            em.createNativeQuery("delete from directory_pending_run").executeUpdate();
            em.createNativeQuery("update directory_index_state set establishments_fingerprint = ?1 where id = 1")
                    .setParameter(1, establishmentsFingerprint()).executeUpdate();
        } else {
            em.createNativeQuery("delete from directory_pending_run where job_instance_id = ?1").setParameter(1, run)
                    .executeUpdate();
        }
    }

    /** 64 bits of the SHA-256 of every establishment's UAI, name and commune, in the order of their ids. */
    private long establishmentsFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            em.createQuery("select e.uai, e.name, e.commune from Establishment e order by e.id", Object[].class)
                    .getResultStream().forEach(row -> {
                        for (Object value : row) {
                            digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1F);
                        }
                    });
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Rebuilds the search index from the entries (their copy was written by SQL, unseen by Hibernate Search). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void reindex() throws InterruptedException {
        Search.mapping(emf).scope(DirectoryEntry.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .monitor(new IndexingProgress())
                .startAndWait();
    }
}
