package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.accounts.control.LoginIndex;
import fr.academie.portail.accounts.control.LoginRule;
import fr.academie.portail.accounts.control.Numen;
import fr.academie.portail.accounts.control.NumenKey;
import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.dossier.entity.DossierRevision;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.provisioning.control.ProvisioningMessages;
import fr.academie.portail.provisioning.control.RowOutcome;
import fr.academie.portail.provisioning.control.RowRejection;
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
import org.hibernate.envers.AuditReaderFactory;
import java.time.Clock;
import java.time.Instant;
import java.sql.PreparedStatement;
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

    /**
     * Applies a chunk of lines and adds what it did to the run's report.
     *
     * @param givenLogins the index of the logins {@link #givenLogins} loaded, to which the chunk adds its new ones
     */
    public RunCounts apply(long run, RunOptions options, List<RowOutcome> chunk, LoginIndex givenLogins) {
        Chunk work = new Chunk(run, options, chunk, givenLogins);
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
     * Forgets the people a run saw, a slice at a time (each slice its own transaction): a national
     * run leaves a million lines, too many for one transaction to delete.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetSlice(long run, int slice) {
        List<Long> ids = em.createNamedQuery(ProvisioningLine.IDS_OF_RUN, Long.class).setParameter("run", run)
                .setMaxResults(slice).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(ProvisioningLine.DELETE_IDS).setParameter("ids", ids).executeUpdate();
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

    /** One chunk's work: what it loaded once, and what it decided line after line. */
    private final class Chunk {

        private final long run;
        private final RunOptions options;
        private final Instant now = Instant.now(Clock.systemUTC());
        private final LocalDate today = LocalDate.now(Clock.systemUTC());
        private final Map<String, String> hashByNumen;
        private final Map<String, Long> lineOfHash;
        private final Map<String, Account> accountsByHash;
        private final Map<String, Establishment> establishments;
        private final LoginIndex givenLogins;
        private final List<RowRejection> rejections = new ArrayList<>();
        private final List<SeenLine> seen = new ArrayList<>();
        private final List<AuditLine> audited = new ArrayList<>();
        private int created;
        private int updated;
        private int unchanged;
        private int disabled;
        private final int read;

        Chunk(long run, RunOptions options, List<RowOutcome> chunk, LoginIndex givenLogins) {
            this.run = run;
            this.givenLogins = givenLogins;
            this.options = options;
            this.read = chunk.size();
            hashByNumen = chunk.stream().map(Chunk::numenOf).filter(Objects::nonNull).distinct()
                    .collect(Collectors.toMap(Function.identity(), numenKey::hash));
            lineOfHash = earlierLines(hashByNumen.values());
            // establishments first: the agents loaded next then find theirs already managed
            establishments = establishments(chunk);
            accountsByHash = knownAccounts(hashByNumen.values());
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
            Account known = accountsByHash.get(line.numenHash);
            Account account = known == null ? create(staff, establishment, line) : update(known, staff, establishment);
            LocalDate exit = staff.data().dateSortie();
            if (exit != null && exit.isBefore(today) && (account == null || account.isActive())) {
                if (account != null && !options.dryRun()) {
                    account.disable();
                    audited.add(new AuditLine(AuditAction.ACCOUNT_DISABLED, account.getLogin(),
                            importNumber() + " : date de sortie " + exit));
                }
                disabled++;
            }
        }

        /** @return the new account, or null in a dry run */
        private Account create(StaffRecord staff, Establishment establishment, SeenLine line) {
            String base = LoginRule.base(staff.data().prenom(), staff.data().nom()).orElseThrow();
            String login = givenLogins.give(base);
            line.login = login;
            created++;
            if (options.dryRun()) {
                return null;
            }
            Agent agent = new Agent(line.numenHash, Numen.suffix(staff.numen()), staff.data(), establishment);
            em.persist(agent);
            Account account = new Account(login, agent, now);
            em.persist(account);
            audited.add(new AuditLine(AuditAction.ACCOUNT_CREATED, login, importNumber()));
            return account;
        }

        private Account update(Account account, StaffRecord staff, Establishment establishment) {
            Agent agent = account.getAgent();
            if (agent.differsFrom(staff.data(), establishment)) {
                if (!options.dryRun()) {
                    agent.takeOver(staff.data(), establishment);
                }
                updated++;
            } else {
                unchanged++;
            }
            return account;
        }

        private String importNumber() {
            return "import RH n° " + run;
        }

        RunCounts finish() {
            if (!options.dryRun() && created + updated > 0) {
                // The dossiers' history says which import changed them.
                AuditReaderFactory.get(em).getCurrentRevision(DossierRevision.class, true)
                        .sign(DossierRevision.HR_IMPORT, "Extraction RH, import n° " + run);
            }
            writeSeenAndAudited();
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
         * The run's lines and the audit lines are plain rows, one or two per person: written as JDBC
         * batches, they spare the persistence context hundreds of entities per chunk.
         */
        private void writeSeenAndAudited() {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement lines = connection.prepareStatement(
                        "insert into provisioning_line (id, job_instance_id, numen_hash, line_number, login)"
                                + " values (next value for provisioning_line_seq, ?, ?, ?, ?)")) {
                    for (SeenLine line : seen) {
                        lines.setLong(1, run);
                        lines.setString(2, line.numenHash);
                        lines.setLong(3, line.lineNumber);
                        lines.setString(4, line.login);
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

        /** The accounts of the chunk's known people, with their agent: one query. */
        private Map<String, Account> knownAccounts(Collection<String> hashes) {
            if (hashes.isEmpty()) {
                return Map.of();
            }
            return em.createNamedQuery(Account.BY_NUMEN_HASHES, Account.class)
                    .setParameter("hashes", hashes).getResultStream()
                    .collect(Collectors.toMap(a -> a.getAgent().getNumenHash(), Function.identity()));
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
