package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.accounts.control.LoginIndex;
import fr.academie.portail.accounts.control.Numen;
import fr.academie.portail.accounts.control.NumenKey;
import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.AccountStatus;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.dossier.entity.DossierRevision;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.platform.persistence.MultiRowInsert;
import fr.academie.portail.provisioning.control.ExtractLines;
import fr.academie.portail.provisioning.control.ExtractRow;
import fr.academie.portail.provisioning.control.KnownStaff;
import fr.academie.portail.provisioning.control.LineDecision;
import fr.academie.portail.provisioning.control.LineDecisions;
import fr.academie.portail.provisioning.control.LinePreparation;
import fr.academie.portail.provisioning.control.PreparedLine;
import fr.academie.portail.provisioning.control.ProvisioningMessages;
import fr.academie.portail.provisioning.control.RowRejection;
import fr.academie.portail.provisioning.control.RunMemory;
import fr.academie.portail.provisioning.control.RunNumens;
import fr.academie.portail.provisioning.control.StaffRecord;
import fr.academie.portail.provisioning.entity.ProvisioningReject;
import fr.academie.portail.provisioning.entity.ProvisioningRun;
import fr.academie.portail.provisioning.entity.RunCounts;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.id.IdentifierGenerator;

/**
 * Reconciles the HR extract into agents and accounts, a chunk at a time in the chunk's transaction:
 * new NUMEN → agent and account, known NUMEN → dossier updated when it changed, past exit date →
 * account disabled. Lines are decided in file order, in memory ({@link LineDecisions}), so homonyms
 * are numbered in that order; a chunk's decisions are then written together. A dry run takes every
 * decision and counts it, and writes nothing but its report.
 */
@Stateless
@PermitAll
public class StaffProvisioning {

    private static final Logger LOG = Logger.getLogger(StaffProvisioning.class.getName());
    /** Ids per statement when a list of them goes to the database. */
    private static final int IDS_PER_STATEMENT = 1_000;
    /** Lines a restart prepares at a time when it decides again those already handled. */
    private static final int REPLAY_BATCH = 10_000;
    /** Rows fetched at a time when streaming the people the database knows. */
    private static final int FETCH_SIZE = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    NumenKey numenKey;

    /**
     * What prepares the extract's lines (checks, keyed hash, establishment, fingerprint): needs no
     * line before, so the reader runs it on every core ahead of the decisions.
     */
    public LinePreparation preparation(long run) {
        Map<String, Long> establishments = new HashMap<>();
        em.createQuery("select e.uai, e.id from Establishment e", Object[].class).getResultStream()
                .forEach(row -> establishments.put((String) row[0], (Long) row[1]));
        return new LinePreparation(numenKey, establishments, day(run));
    }

    /**
     * The run's day (UTC), the one its report began on: its lines are checked and its departures
     * decided against one date, even across midnight or in a restart the day after.
     */
    private LocalDate day(long run) {
        Instant started = Optional.ofNullable(em.find(ProvisioningRun.class, run)).map(ProvisioningRun::getStartedAt)
                .orElseGet(() -> Instant.now(Clock.systemUTC()));
        return LocalDate.ofInstant(started, ZoneOffset.UTC);
    }

    /**
     * What the run keeps in memory: the people the database knows (two streamed scans) and —
     * loaded only when a first newcomer needs a login — every login given so far. A restarted run
     * then decides the {@code linesDone} lines its earlier executions handled once more, without
     * writing: the NUMEN they held are met again, and a dry run's logins given again, in the same order.
     */
    public RunMemory remember(long run, Path extract, long linesDone) {
        KnownStaff known = knownStaff();
        // the extract's lines, counted when the run began: the NUMEN it will meet, at most
        int lines = Optional.ofNullable(em.find(ProvisioningRun.class, run)).map(ProvisioningRun::getTotalRows).orElse(0);
        LoginIndex logins = LoginIndex.loadedOnFirstUse(() -> em.createNamedQuery(Account.ALL_LOGINS, String.class)
                .getResultStream().collect(Collectors.toCollection(HashSet::new)));
        RunNumens met = new RunNumens(lines);
        LineDecisions decisions = new LineDecisions(known, met, logins, day(run));
        RunMemory memory = new RunMemory(known, met, decisions, linesDone == 0);
        if (linesDone > 0) {
            replay(extract, linesDone, preparation(run), decisions);
        }
        return memory;
    }

    /**
     * Two plain scans, agents in the order of their ids then accounts, matched in memory: a join of
     * a million agents to their accounts costs the database twice as long.
     */
    private KnownStaff knownStaff() {
        KnownStaff known = new KnownStaff();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement agents = connection.prepareStatement(
                    "select substring(numen_hash, 1, 32), id, fingerprint from agent order by id")) {
                agents.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = agents.executeQuery()) {
                    while (rows.next()) {
                        long fingerprint = rows.getLong(3);
                        known.add(rows.getString(1), rows.getLong(2), rows.wasNull() ? null : fingerprint);
                    }
                }
            }
            try (PreparedStatement accounts = connection.prepareStatement("select agent_id, id, status from account")) {
                accounts.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = accounts.executeQuery()) {
                    while (rows.next()) {
                        known.account(rows.getLong(1), rows.getLong(2), AccountStatus.ACTIVE.name().equals(rows.getString(3)));
                    }
                }
            }
        });
        return known;
    }

    private static void replay(Path extract, long linesDone, LinePreparation preparation, LineDecisions decisions) {
        try (ExtractLines lines = ExtractLines.open(extract)) {
            long done = 0;
            while (done < linesDone) {
                List<ExtractRow> batch = new ArrayList<>();
                ExtractRow row;
                while (batch.size() < REPLAY_BATCH && done < linesDone && (row = lines.next()) != null) {
                    batch.add(row);
                    done++;
                }
                if (batch.isEmpty()) {
                    break;
                }
                batch.parallelStream().map(preparation::prepare).toList().forEach(decisions::decide);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies a chunk of prepared lines and adds what it did to the run's report. The lines are
     * decided one by one in the file's order, then the chunk's decisions written together.
     */
    public RunCounts apply(long run, RunOptions options, List<PreparedLine> chunk, RunMemory memory) {
        LineDecisions decisions = memory.decisions();
        Chunk work = new Chunk(run, options, memory, chunk.size());
        for (PreparedLine line : chunk) {
            work.handle(decisions.decide(line));
        }
        return work.finish();
    }

    /**
     * The end of a run. For a full extract, the active accounts it no longer lists are disabled —
     * unless they are more than the allowed share of all active accounts: a truncated file must
     * never lock the académie out, so then nothing is disabled and the DSI is told why.
     *
     * @return the run's exit status: {@code COMPLETED} or {@code THRESHOLD_EXCEEDED}
     */
    public String close(long run, RunOptions options, RunMemory memory) {
        String status = "COMPLETED";
        ProvisioningRun report = em.find(ProvisioningRun.class, run);
        if (options.full()) {
            long active = ((Number) em.createNativeQuery("select count(*) from account where status = 'ACTIVE'")
                    .getSingleResult()).longValue();
            int[] absent = memory.known().activeAbsentFrom(memory.met());
            String message = null;
            int disabledNow = 0;
            if (absent.length > options.maxDisabledShare() * active) {
                status = "THRESHOLD_EXCEEDED";
                message = ProvisioningMessages.format("fin.seuil.depasse", absent.length, percent(absent.length, active),
                        percent(options.maxDisabledShare()));
                LOG.warning(() -> "Import RH " + run + " : " + absent.length + " comptes actifs absents sur " + active
                        + ", au-delà du seuil ; aucun compte désactivé.");
            } else if (absent.length > 0) {
                if (!options.dryRun()) {
                    disabledNow = disableAbsent(run, memory, absent);
                }
                message = ProvisioningMessages.format(options.dryRun() ? "fin.absents.simulation" : "fin.absents",
                        absent.length);
            }
            if (report != null) {
                report.absentStaff(absent.length, options.dryRun() ? absent.length : disabledNow, message);
            }
        }
        return status;
    }

    /** Disables the absent accounts still active, each with its audit line, a thousand per statement. */
    private int disableAbsent(long run, RunMemory memory, int[] absent) {
        Instant now = Instant.now(Clock.systemUTC());
        String detail = "import RH n° " + run + " : absent de l'extraction complète";
        int disabled = 0;
        for (int from = 0; from < absent.length; from += IDS_PER_STATEMENT) {
            List<Long> accounts = new ArrayList<>();
            for (int i = from; i < Math.min(absent.length, from + IDS_PER_STATEMENT); i++) {
                accounts.add(memory.known().accountId(absent[i]));
                memory.touched(memory.known().agentId(absent[i]));
            }
            // each row takes its own sequence value: such a value is never inside a block Hibernate hands out
            em.createNativeQuery("insert into audit_event (id, occurred_at, actor, action, target, detail, origin)"
                            + " select next value for audit_event_seq, ?1, null, 'ACCOUNT_DISABLED', c.login, ?2, null"
                            + " from account c where c.status = 'ACTIVE' and c.id in (?3)")
                    .setParameter(1, now).setParameter(2, detail).setParameter(3, accounts).executeUpdate();
            disabled += em.createNamedQuery(Account.DISABLE_IDS).setParameter("status", AccountStatus.DISABLED)
                    .setParameter("ids", accounts).executeUpdate();
        }
        return disabled;
    }

    /** The dossier's columns the extract fills, in the order {@link #setData} binds them. */
    private static final String DATA_COLUMNS = "civilite, nom, nom_naissance, prenom, date_naissance, corps, grade,"
            + " echelon, date_echelon, discipline, fonction, date_entree, date_sortie, email_perso";
    private static final String DATA_PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private static void setData(PreparedStatement statement, int first, AdministrativeData data) throws SQLException {
        statement.setString(first, data.civilite());
        statement.setString(first + 1, data.nom());
        statement.setString(first + 2, data.nomNaissance());
        statement.setString(first + 3, data.prenom());
        statement.setObject(first + 4, data.dateNaissance());
        statement.setString(first + 5, data.corps());
        statement.setString(first + 6, data.grade());
        statement.setObject(first + 7, data.echelon(), Types.INTEGER);
        statement.setObject(first + 8, data.dateEchelon(), Types.DATE);
        statement.setString(first + 9, data.discipline());
        statement.setString(first + 10, data.fonction());
        statement.setObject(first + 11, data.dateEntree(), Types.DATE);
        statement.setObject(first + 12, data.dateSortie(), Types.DATE);
        statement.setString(first + 13, data.emailPerso());
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0" : percent((double) part / whole);
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.FRENCH, "%.1f", share * 100).replace(",0", "");
    }

    /** An account the run created or disabled: a line of the audit trail. */
    private record AuditLine(AuditAction action, String login, String detail) {
    }

    /** A new person: agent, account, role and first dossier version, written many a statement. */
    private record NewPerson(long agentId, long accountId, String numenHash, String numenSuffix, AdministrativeData data,
                             long establishmentId, long fingerprint, String login, boolean active) {
    }

    /** The extract's view of a known person whose dossier changed. */
    private record Change(AdministrativeData data, long establishmentId) {
    }

    /** One chunk's work: the decisions of its lines, then what they write, together. */
    private final class Chunk {

        private final long run;
        private final RunOptions options;
        private final RunMemory memory;
        private final Instant now = Instant.now(Clock.systemUTC());
        private final List<RowRejection> rejections = new ArrayList<>();
        private final List<AuditLine> audited = new ArrayList<>();
        private final List<NewPerson> newPeople = new ArrayList<>();
        /** Known people the fingerprint could not vouch for: their dossier is read and compared. */
        private final List<LineDecision.Known> toCompare = new ArrayList<>();
        private final Map<Long, Change> changes = new HashMap<>();
        /**
         * Dossiers found unchanged without a stored fingerprint (or a stale one): it is stored now,
         * unless the dossier changed meanwhile (its version is checked).
         */
        private final List<long[]> fingerprintsToStore = new ArrayList<>();
        /** Known people leaving: account id → exit date. */
        private final Map<Long, LocalDate> departures = new HashMap<>();
        private final int read;
        private int created;
        private int updated;
        private int unchanged;
        private int disabled;

        Chunk(long run, RunOptions options, RunMemory memory, int read) {
            this.run = run;
            this.options = options;
            this.memory = memory;
            this.read = read;
        }

        void handle(LineDecision decision) {
            if (decision instanceof LineDecision.Refused refused) {
                rejections.add(refused.rejection());
            } else if (decision instanceof LineDecision.Created create) {
                create(create);
            } else {
                LineDecision.Known known = (LineDecision.Known) decision;
                if (known.unchanged()) {
                    unchanged++;
                } else {
                    toCompare.add(known);
                }
                if (known.departs()) {
                    disabled++;
                    departures.put(memory.known().accountId(known.known()), known.staff().data().dateSortie());
                    memory.touched(memory.known().agentId(known.known()));
                }
            }
        }

        private void create(LineDecision.Created create) {
            created++;
            if (create.departed()) {
                // created as the dossier says, then closed at once: the account is written disabled
                disabled++;
            }
            if (!options.dryRun()) {
                StaffRecord staff = create.staff();
                long agentId = nextId(Agent.class);
                newPeople.add(new NewPerson(agentId, nextId(Account.class), create.numenHash(),
                        Numen.suffix(staff.numen()), staff.data(), create.establishmentId(), create.fingerprint(), create.login(),
                        !create.departed()));
                memory.touched(agentId);
                audited.add(new AuditLine(AuditAction.ACCOUNT_CREATED, create.login(), importNumber()));
                if (create.departed()) {
                    audited.add(new AuditLine(AuditAction.ACCOUNT_DISABLED, create.login(),
                            importNumber() + " : date de sortie " + staff.data().dateSortie()));
                }
            }
        }

        private String importNumber() {
            return "import RH n° " + run;
        }

        RunCounts finish() {
            compareDossiers();
            if (!options.dryRun()) {
                writeDossiers();
                disableDepartures();
                writeAudited();
            }
            for (RowRejection r : rejections) {
                em.persist(new ProvisioningReject(run, r.lineNumber(), r.maskedNumen(), r.reason()));
            }
            RunCounts counts = new RunCounts(read, created, updated, unchanged, disabled, rejections.size());
            ProvisioningRun report = em.find(ProvisioningRun.class, run);
            if (report != null) {
                report.add(counts);
            }
            return counts;
        }

        /** Reads the dossiers the fingerprints could not vouch for, as values, and compares them. */
        private void compareDossiers() {
            if (toCompare.isEmpty()) {
                return;
            }
            Map<Long, Object[]> stored = new HashMap<>();
            List<Long> ids = toCompare.stream().map(k -> memory.known().agentId(k.known())).toList();
            for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
                em.createQuery("select g.id, g.data, g.establishment.id, g.version from Agent g where g.id in :ids",
                                Object[].class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                        .getResultStream().forEach(row -> stored.put((Long) row[0], row));
            }
            for (LineDecision.Known known : toCompare) {
                long agentId = memory.known().agentId(known.known());
                Object[] row = stored.get(agentId);
                AdministrativeData incoming = known.staff().data();
                if (row != null && incoming.equals(row[1]) && known.establishmentId() == (Long) row[2]) {
                    unchanged++;
                    fingerprintsToStore.add(new long[] {agentId, (Long) row[3], known.fingerprint()});
                } else {
                    updated++;
                    changes.put(agentId, new Change(incoming, known.establishmentId()));
                    memory.touched(agentId);
                }
            }
        }

        /**
         * Changed dossiers through their entities (Envers keeps the old version); new people by
         * multi-row inserts, with the first version of their dossier written in the same revision.
         * The revision says which import did it.
         */
        private void writeDossiers() {
            if (!fingerprintsToStore.isEmpty()) {
                storeFingerprints();
            }
            if (newPeople.isEmpty() && changes.isEmpty()) {
                return;
            }
            DossierRevision revision = AuditReaderFactory.get(em).getCurrentRevision(DossierRevision.class, true);
            revision.sign(DossierRevision.HR_IMPORT, "Extraction RH, import n° " + run);
            if (!changes.isEmpty()) {
                em.createNamedQuery(Agent.BY_IDS, Agent.class).setParameter("ids", changes.keySet()).getResultStream()
                        .forEach(agent -> {
                            Change change = changes.get(agent.getId());
                            agent.takeOver(change.data(), em.getReference(Establishment.class, change.establishmentId()));
                        });
            }
            if (!newPeople.isEmpty()) {
                em.flush(); // the revision's row before the dossier versions that point to it
                writeNewPeople(revision.getId());
            }
        }

        private void storeFingerprints() {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "update agent set fingerprint = ? where id = ? and version = ?")) {
                    for (long[] dossier : fingerprintsToStore) {
                        update.setLong(1, dossier[2]);
                        update.setLong(2, dossier[0]);
                        update.setLong(3, dossier[1]);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            });
        }

        /** Known people leaving: their accounts disabled together, each with its audit line. */
        private void disableDepartures() {
            if (departures.isEmpty()) {
                return;
            }
            em.createQuery("select a.id, a.login from Account a where a.id in :ids", Object[].class)
                    .setParameter("ids", departures.keySet()).getResultStream()
                    .forEach(row -> audited.add(new AuditLine(AuditAction.ACCOUNT_DISABLED, (String) row[1],
                            importNumber() + " : date de sortie " + departures.get((Long) row[0]))));
            em.createNamedQuery(Account.DISABLE_IDS).setParameter("status", AccountStatus.DISABLED)
                    .setParameter("ids", departures.keySet()).executeUpdate();
        }

        private void writeNewPeople(long revision) {
            LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            em.unwrap(Session.class).doWork(connection -> {
                MultiRowInsert.insert(connection, "insert into agent (id, numen_hash, numen_suffix, establishment_id, " + DATA_COLUMNS
                        + ", fingerprint, version)", "(?, ?, ?, ?, " + DATA_PARAMETERS + ", ?, 0)", 19, newPeople,
                        (statement, first, person) -> {
                            statement.setLong(first, person.agentId());
                            statement.setString(first + 1, person.numenHash());
                            statement.setString(first + 2, person.numenSuffix());
                            statement.setLong(first + 3, person.establishmentId());
                            setData(statement, first + 4, person.data());
                            statement.setLong(first + 18, person.fingerprint());
                        });
                MultiRowInsert.insert(connection, "insert into agent_historique (id, REV, REVTYPE, establishment_id, " + DATA_COLUMNS + ")",
                        "(?, ?, 0, ?, " + DATA_PARAMETERS + ")", 17, newPeople, (statement, first, person) -> {
                            statement.setLong(first, person.agentId());
                            statement.setLong(first + 1, revision);
                            statement.setLong(first + 2, person.establishmentId());
                            setData(statement, first + 3, person.data());
                        });
                MultiRowInsert.insert(connection, "insert into account (id, login, agent_id, status, created_at, version)",
                        "(?, ?, ?, ?, ?, 0)", 5, newPeople, (statement, first, person) -> {
                            statement.setLong(first, person.accountId());
                            statement.setString(first + 1, person.login());
                            statement.setLong(first + 2, person.agentId());
                            statement.setString(first + 3, (person.active() ? AccountStatus.ACTIVE : AccountStatus.DISABLED).name());
                            statement.setObject(first + 4, utc);
                        });
                MultiRowInsert.insert(connection, "insert into account_role (account_id, role)", "(?, '" + Role.AGENT.name() + "')", 1,
                        newPeople, (statement, first, person) -> statement.setLong(first, person.accountId()));
            });
        }

        /** The next identifier of an entity, from Hibernate's own generator: its blocks stay shared. */
        private long nextId(Class<?> entity) {
            SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
            IdentifierGenerator generator = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                    .getEntityDescriptor(entity).getGenerator();
            return ((Number) generator.generate(session, null)).longValue();
        }

        /** One or two audit lines per person created or disabled: plain rows, written many a statement. */
        private void writeAudited() {
            if (audited.isEmpty()) {
                return;
            }
            LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            em.unwrap(Session.class).doWork(connection -> MultiRowInsert.insert(connection,
                    "insert into audit_event (id, occurred_at, actor, action, target, detail, origin)",
                    "(next value for audit_event_seq, ?, null, ?, ?, ?, null)", 4, audited, (statement, first, line) -> {
                        statement.setObject(first, utc);
                        statement.setString(first + 1, line.action().name());
                        statement.setString(first + 2, line.login());
                        statement.setString(first + 3, line.detail());
                    }));
        }
    }
}
