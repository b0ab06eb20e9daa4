package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.accounts.control.LoginIndex;
import fr.academie.portail.accounts.control.LoginRule;
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
import fr.academie.portail.provisioning.control.ProvisioningMessages;
import fr.academie.portail.provisioning.control.RowOutcome;
import fr.academie.portail.provisioning.control.RowRejection;
import fr.academie.portail.provisioning.control.SeenNumens;
import fr.academie.portail.provisioning.control.StaffRecord;
import fr.academie.portail.provisioning.entity.ProvisioningLine;
import fr.academie.portail.provisioning.entity.ProvisioningReject;
import fr.academie.portail.provisioning.entity.ProvisioningRun;
import fr.academie.portail.provisioning.entity.RunCounts;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.envers.AuditReaderFactory;
import java.time.Clock;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reconciles one chunk of the HR extract into agents and accounts, in the chunk's transaction:
 * new NUMEN → agent and account, known NUMEN → dossier updated when it changed, past exit date →
 * account disabled. Lines are handled in file order, so homonyms are numbered in that order. A dry
 * run takes every decision and counts it, and writes nothing but its report.
 */
@Stateless
@PermitAll
public class StaffProvisioning {

    private static final Logger LOG = Logger.getLogger(StaffProvisioning.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NumenKey numenKey;

    /**
     * Every login given so far, to anyone (accounts are never deleted), plus those this run gave in
     * a dry run: loaded once when the step opens (again on restart), then kept up to date by
     * {@link #apply}, so that choosing a login costs no query.
     */
    public Set<String> givenLogins(long run) {
        Set<String> given = em.createNamedQuery(Account.ALL_LOGINS, String.class).getResultStream()
                .collect(Collectors.toCollection(HashSet::new));
        em.createNamedQuery(ProvisioningLine.LOGINS_OF_RUN, String.class).setParameter("run", run)
                .getResultStream().forEach(given::add);
        return given;
    }

    /** The NUMEN the run has seen so far (none, unless it is restarted): loaded once per step execution. */
    public SeenNumens seenNumens(long run) {
        SeenNumens seen = new SeenNumens();
        em.createNamedQuery(ProvisioningLine.HASHES_OF_RUN, String.class).setParameter("run", run)
                .getResultStream().forEach(seen::add);
        return seen;
    }

    /**
     * Applies a chunk of lines and adds what it did to the run's report.
     *
     * @param givenLogins the index of the logins {@link #givenLogins} loaded, to which the chunk adds its new ones
     * @param seen the NUMEN {@link #seenNumens} loaded, to which the chunk adds its own
     */
    public RunCounts apply(long run, RunOptions options, List<RowOutcome> chunk, LoginIndex givenLogins, SeenNumens seen) {
        Chunk work = new Chunk(run, options, chunk, givenLogins, seen);
        for (RowOutcome outcome : chunk) {
            work.handle(outcome);
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
    public String close(long run, RunOptions options) {
        String status = "COMPLETED";
        ProvisioningRun report = em.find(ProvisioningRun.class, run);
        if (options.full()) {
            long active = ((Number) em.createNativeQuery("select count(*) from account where status = 'ACTIVE'")
                    .getSingleResult()).longValue();
            long absent = ((Number) em.createNativeQuery("select count(*) from account c join agent a on a.id = c.agent_id"
                    + " where c.status = 'ACTIVE' and not exists (select 1 from provisioning_line l"
                    + " where l.job_instance_id = ?1 and l.numen_hash = a.numen_hash)")
                    .setParameter(1, run).getSingleResult()).longValue();
            String message = null;
            int disabledNow = 0;
            if (absent > options.maxDisabledShare() * active) {
                status = "THRESHOLD_EXCEEDED";
                message = ProvisioningMessages.format("fin.seuil.depasse", absent, percent(absent, active),
                        percent(options.maxDisabledShare()));
                LOG.warning(() -> "Import RH " + run + " : " + absent + " comptes actifs absents sur " + active
                        + ", au-delà du seuil ; aucun compte désactivé.");
            } else if (absent > 0) {
                if (!options.dryRun()) {
                    auditAbsentAccounts(run);
                    disabledNow = em.createNativeQuery("update account set status = 'DISABLED', version = version + 1"
                                    + " where status = 'ACTIVE' and agent_id in (select a.id from agent a where not exists"
                                    + " (select 1 from provisioning_line l where l.job_instance_id = ?1"
                                    + " and l.numen_hash = a.numen_hash))")
                            .setParameter(1, run).executeUpdate();
                }
                message = ProvisioningMessages.format(options.dryRun() ? "fin.absents.simulation" : "fin.absents", absent);
            }
            if (report != null) {
                report.absentStaff((int) absent, options.dryRun() ? (int) absent : disabledNow, message);
            }
        }
        return status;
    }

    /** One audit line per account the full extract disables, written by the database in one statement. */
    private void auditAbsentAccounts(long run) {
        // each row takes its own sequence value: such a value is never inside a block Hibernate hands out
        em.createNativeQuery("insert into audit_event (id, occurred_at, actor, action, target, detail, origin)"
                        + " select next value for audit_event_seq, ?1, null, 'ACCOUNT_DISABLED', c.login, ?2, null"
                        + " from account c join agent a on a.id = c.agent_id where c.status = 'ACTIVE' and not exists"
                        + " (select 1 from provisioning_line l where l.job_instance_id = ?3 and l.numen_hash = a.numen_hash)")
                .setParameter(1, Instant.now(Clock.systemUTC()))
                .setParameter(2, "import RH n° " + run + " : absent de l'extraction complète").setParameter(3, run)
                .executeUpdate();
    }

    /**
     * The lowest and highest ids of the run's lines (or null when it has none): forgetting them
     * goes by ranges of the primary key, which the database deletes without searching.
     */
    public long[] lineIds(long run) {
        Object[] bounds = (Object[]) em.createNativeQuery(
                        "select min(id), max(id) from provisioning_line where job_instance_id = ?1")
                .setParameter(1, run).getSingleResult();
        return bounds[0] == null ? null : new long[] {((Number) bounds[0]).longValue(), ((Number) bounds[1]).longValue()};
    }

    /**
     * Forgets the run's lines whose ids lie in a range, in a transaction of its own: a national run
     * leaves a million lines, too many for one transaction to delete.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetLines(long run, long fromId, long toId) {
        return em.createNativeQuery("delete from provisioning_line where id between ?1 and ?2 and job_instance_id = ?3")
                .setParameter(1, fromId).setParameter(2, toId).setParameter(3, run).executeUpdate();
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

    /** A person the run has seen: written to {@code provisioning_line} with the chunk. */
    private static final class SeenLine {
        private final String numenHash;
        private final long lineNumber;
        private String login;

        SeenLine(String numenHash, long lineNumber) {
            this.numenHash = numenHash;
            this.lineNumber = lineNumber;
        }
    }

    /** An account the run created or disabled: a line of the audit trail. */
    private record AuditLine(AuditAction action, String login, String detail) {
    }

    /** What the database holds of a known person: plain values, compared without loading an entity. */
    private record Known(long agentId, AdministrativeData data, long establishmentId, long accountId, String login,
                         boolean active) {

        boolean differsFrom(AdministrativeData incoming, Establishment establishment) {
            return !data.equals(incoming) || establishmentId != establishment.getId();
        }
    }

    /** A new person: agent, account, role and first dossier version, written as JDBC batches. */
    private record NewPerson(long agentId, long accountId, String numenHash, String numenSuffix, AdministrativeData data,
                             long establishmentId, String login, boolean active) {
    }

    /** The extract's view of a known person whose dossier changed. */
    private record Change(AdministrativeData data, Establishment establishment) {
    }

    /** One chunk's work: what it loaded once, and what it decided line after line. */
    private final class Chunk {

        private final long run;
        private final RunOptions options;
        private final Instant now = Instant.now(Clock.systemUTC());
        private final LocalDate today = LocalDate.now(Clock.systemUTC());
        private final Map<String, String> hashByNumen;
        private final Map<String, Long> lineOfHash;
        private final Map<String, Known> knownByHash;
        private final Map<String, Establishment> establishments;
        private final LoginIndex givenLogins;
        private final SeenNumens seenBefore;
        private final List<RowRejection> rejections = new ArrayList<>();
        private final List<SeenLine> seen = new ArrayList<>();
        private final List<AuditLine> audited = new ArrayList<>();
        private final List<NewPerson> newPeople = new ArrayList<>();
        private final Map<Long, Change> changes = new HashMap<>();
        private final List<Long> accountsToDisable = new ArrayList<>();
        private int created;
        private int updated;
        private int unchanged;
        private int disabled;
        private final int read;

        Chunk(long run, RunOptions options, List<RowOutcome> chunk, LoginIndex givenLogins, SeenNumens seenBefore) {
            this.run = run;
            this.givenLogins = givenLogins;
            this.seenBefore = seenBefore;
            this.options = options;
            this.read = chunk.size();
            hashByNumen = chunk.stream().map(Chunk::numenOf).filter(Objects::nonNull).distinct()
                    .collect(Collectors.toMap(Function.identity(), numenKey::hash));
            // the run's earlier lines are read only for the NUMEN that may repeat one: on most nights, none
            lineOfHash = earlierLines(hashByNumen.values().stream().filter(seenBefore::maybeSeen).toList());
            establishments = establishments(chunk);
            knownByHash = knownPeople(hashByNumen.values());
        }

        void handle(RowOutcome outcome) {
            String numen = numenOf(outcome);
            SeenLine line = null;
            if (numen != null) {
                String hash = hashByNumen.get(numen);
                Long firstLine = lineOfHash.putIfAbsent(hash, outcome.lineNumber());
                if (firstLine != null) {
                    reject(outcome, numen, ProvisioningMessages.format("ligne.numen.doublon", firstLine));
                    return;
                }
                // present in the extract, even if the line is refused below: never "absent"
                line = new SeenLine(hash, outcome.lineNumber());
                seen.add(line);
            }
            if (outcome instanceof RowOutcome.Rejected rejected) {
                rejections.add(rejected.rejection());
                return;
            }
            StaffRecord staff = ((RowOutcome.Accepted) outcome).staff();
            Establishment establishment = establishments.get(staff.uai());
            if (establishment == null) {
                reject(outcome, numen, ProvisioningMessages.format("ligne.uai.inconnu", staff.uai()));
                return;
            }
            LocalDate exit = staff.data().dateSortie();
            boolean departed = exit != null && exit.isBefore(today);
            Known known = knownByHash.get(line.numenHash);
            if (known == null) {
                create(staff, establishment, line, departed);
            } else {
                update(known, staff, establishment);
                if (departed && known.active()) {
                    disable(known.accountId(), known.login(), exit);
                }
            }
        }

        private void create(StaffRecord staff, Establishment establishment, SeenLine line, boolean departed) {
            String base = LoginRule.base(staff.data().prenom(), staff.data().nom()).orElseThrow();
            String login = givenLogins.give(base);
            line.login = login;
            created++;
            if (!options.dryRun()) {
                newPeople.add(new NewPerson(nextId(Agent.class), nextId(Account.class), line.numenHash,
                        Numen.suffix(staff.numen()), staff.data(), establishment.getId(), login, !departed));
                audited.add(new AuditLine(AuditAction.ACCOUNT_CREATED, login, importNumber()));
            }
            if (departed) {
                // created as the dossier says, then closed at once: the account is written disabled
                disable(null, login, staff.data().dateSortie());
            }
        }

        private void update(Known known, StaffRecord staff, Establishment establishment) {
            if (known.differsFrom(staff.data(), establishment)) {
                if (!options.dryRun()) {
                    changes.put(known.agentId(), new Change(staff.data(), establishment));
                }
                updated++;
            } else {
                unchanged++;
            }
        }

        /**
         * Counts a departure; outside a dry run, the account is disabled with the chunk and audited.
         *
         * @param knownAccount the account to disable, or null for a new one (written disabled)
         */
        private void disable(Long knownAccount, String login, LocalDate exit) {
            disabled++;
            if (!options.dryRun()) {
                if (knownAccount != null) {
                    accountsToDisable.add(knownAccount);
                }
                audited.add(new AuditLine(AuditAction.ACCOUNT_DISABLED, login, importNumber() + " : date de sortie " + exit));
            }
        }

        private String importNumber() {
            return "import RH n° " + run;
        }

        RunCounts finish() {
            if (!options.dryRun()) {
                writeDossiers();
                if (!accountsToDisable.isEmpty()) {
                    em.createNamedQuery(Account.DISABLE_IDS).setParameter("status", AccountStatus.DISABLED)
                            .setParameter("ids", accountsToDisable).executeUpdate();
                }
            }
            writeSeenAndAudited();
            seen.forEach(line -> seenBefore.add(line.numenHash));
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

        /**
         * Changed dossiers through their entities (Envers keeps the old version); new people as JDBC
         * batches, with the first version of their dossier written in the same revision. The revision
         * says which import did it.
         */
        private void writeDossiers() {
            if (newPeople.isEmpty() && changes.isEmpty()) {
                return;
            }
            DossierRevision revision = AuditReaderFactory.get(em).getCurrentRevision(DossierRevision.class, true);
            revision.sign(DossierRevision.HR_IMPORT, "Extraction RH, import n° " + run);
            if (!changes.isEmpty()) {
                em.createNamedQuery(Agent.BY_IDS, Agent.class).setParameter("ids", changes.keySet()).getResultStream()
                        .forEach(agent -> {
                            Change change = changes.get(agent.getId());
                            agent.takeOver(change.data(), change.establishment());
                        });
            }
            if (!newPeople.isEmpty()) {
                em.flush(); // the revision's row before the dossier versions that point to it
                writeNewPeople(revision.getId());
            }
        }

        private void writeNewPeople(long revision) {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement agents = connection.prepareStatement("insert into agent (id, numen_hash,"
                        + " numen_suffix, establishment_id, " + DATA_COLUMNS + ", version) values (?, ?, ?, ?, "
                        + DATA_PARAMETERS + ", 0)");
                     PreparedStatement versions = connection.prepareStatement("insert into agent_historique (id, REV,"
                             + " REVTYPE, establishment_id, " + DATA_COLUMNS + ") values (?, ?, 0, ?, " + DATA_PARAMETERS + ")");
                     PreparedStatement accounts = connection.prepareStatement("insert into account (id, login, agent_id,"
                             + " status, created_at, version) values (?, ?, ?, ?, ?, 0)");
                     PreparedStatement roles = connection.prepareStatement(
                             "insert into account_role (account_id, role) values (?, ?)")) {
                    LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
                    for (NewPerson person : newPeople) {
                        agents.setLong(1, person.agentId());
                        agents.setString(2, person.numenHash());
                        agents.setString(3, person.numenSuffix());
                        agents.setLong(4, person.establishmentId());
                        setData(agents, 5, person.data());
                        agents.addBatch();
                        versions.setLong(1, person.agentId());
                        versions.setLong(2, revision);
                        versions.setLong(3, person.establishmentId());
                        setData(versions, 4, person.data());
                        versions.addBatch();
                        accounts.setLong(1, person.accountId());
                        accounts.setString(2, person.login());
                        accounts.setLong(3, person.agentId());
                        accounts.setString(4, (person.active() ? AccountStatus.ACTIVE : AccountStatus.DISABLED).name());
                        accounts.setObject(5, utc);
                        accounts.addBatch();
                        roles.setLong(1, person.accountId());
                        roles.setString(2, Role.AGENT.name());
                        roles.addBatch();
                    }
                    agents.executeBatch();
                    versions.executeBatch();
                    accounts.executeBatch();
                    roles.executeBatch();
                }
            });
        }

        /** The next identifier of an entity, from Hibernate's own generator: its blocks stay shared. */
        private long nextId(Class<?> entity) {
            SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
            IdentifierGenerator generator = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                    .getEntityDescriptor(entity).getGenerator();
            return ((Number) generator.generate(session, null)).longValue();
        }

        /**
         * The run's lines and the audit lines are plain rows, one or two per person: written as JDBC
         * batches, they spare the persistence context hundreds of entities per chunk.
         */
        private void writeSeenAndAudited() {
            // ids from Hibernate's blocks, taken before the batch: a run's lines are dense, forgotten by ranges
            long[] lineIds = seen.stream().mapToLong(line -> nextId(ProvisioningLine.class)).toArray();
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement lines = connection.prepareStatement(
                        "insert into provisioning_line (id, job_instance_id, numen_hash, line_number, login)"
                                + " values (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < seen.size(); i++) {
                        SeenLine line = seen.get(i);
                        lines.setLong(1, lineIds[i]);
                        lines.setLong(2, run);
                        lines.setString(3, line.numenHash);
                        lines.setLong(4, line.lineNumber);
                        lines.setString(5, line.login);
                        lines.addBatch();
                    }
                    lines.executeBatch();
                }
                try (PreparedStatement audit = connection.prepareStatement(
                        "insert into audit_event (id, occurred_at, actor, action, target, detail, origin)"
                                + " values (next value for audit_event_seq, ?, null, ?, ?, ?, null)")) {
                    LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
                    for (AuditLine line : audited) {
                        audit.setObject(1, utc);
                        audit.setString(2, line.action().name());
                        audit.setString(3, line.login());
                        audit.setString(4, line.detail());
                        audit.addBatch();
                    }
                    audit.executeBatch();
                }
            });
        }

        private void reject(RowOutcome outcome, String numen, String reason) {
            rejections.add(new RowRejection(outcome.lineNumber(), Numen.masked(numen), reason));
        }

        private Map<String, Long> earlierLines(Collection<String> hashes) {
            if (hashes.isEmpty()) {
                return new HashMap<>();
            }
            return em.createNamedQuery(ProvisioningLine.OF_RUN_BY_HASHES, ProvisioningLine.class)
                    .setParameter("run", run).setParameter("hashes", hashes).getResultStream()
                    .collect(Collectors.toMap(ProvisioningLine::getNumenHash, ProvisioningLine::getLineNumber,
                            (a, b) -> a, HashMap::new));
        }

        /** The chunk's known people, as values: one query, no entity. */
        private Map<String, Known> knownPeople(Collection<String> hashes) {
            if (hashes.isEmpty()) {
                return Map.of();
            }
            return em.createNamedQuery(Account.KNOWN_BY_NUMEN_HASHES, Object[].class)
                    .setParameter("hashes", hashes).getResultStream()
                    .collect(Collectors.toMap(row -> (String) row[0], row -> new Known((Long) row[1],
                            (AdministrativeData) row[2], (Long) row[3], (Long) row[4], (String) row[5],
                            row[6] == AccountStatus.ACTIVE)));
        }

        private Map<String, Establishment> establishments(List<RowOutcome> chunk) {
            Set<String> uais = chunk.stream()
                    .filter(RowOutcome.Accepted.class::isInstance)
                    .map(o -> ((RowOutcome.Accepted) o).staff().uai())
                    .collect(Collectors.toSet());
            if (uais.isEmpty()) {
                return Map.of();
            }
            return em.createNamedQuery(Establishment.BY_UAIS, Establishment.class)
                    .setParameter("uais", uais).getResultStream()
                    .collect(Collectors.toMap(Establishment::getUai, Function.identity()));
        }

        private static String numenOf(RowOutcome outcome) {
            return outcome instanceof RowOutcome.Accepted accepted
                    ? accepted.staff().numen()
                    : ((RowOutcome.Rejected) outcome).rejection().numen();
        }
    }
}
