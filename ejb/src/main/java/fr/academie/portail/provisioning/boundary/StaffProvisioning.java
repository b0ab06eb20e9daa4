package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.accounts.control.LoginRule;
import fr.academie.portail.accounts.control.Numen;
import fr.academie.portail.accounts.control.NumenKey;
import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.provisioning.control.ProvisioningMessages;
import fr.academie.portail.provisioning.control.RowOutcome;
import fr.academie.portail.provisioning.control.RowRejection;
import fr.academie.portail.provisioning.control.StaffRecord;
import fr.academie.portail.provisioning.entity.ProvisioningReject;
import fr.academie.portail.provisioning.entity.ProvisioningRun;
import fr.academie.portail.provisioning.entity.RunCounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reconciles one chunk of the HR extract into agents and accounts, in the chunk's transaction:
 * new NUMEN → agent and account, known NUMEN → dossier updated when it changed, past exit date →
 * account disabled. Lines are handled in file order, so homonyms are numbered in that order.
 */
@Stateless
@PermitAll
public class StaffProvisioning {

    @PersistenceContext
    EntityManager em;

    @Inject
    NumenKey numenKey;

    /** Applies a chunk of lines and adds what it did to the run's report. */
    public RunCounts apply(long jobInstanceId, List<RowOutcome> chunk) {
        Instant now = Instant.now(Clock.systemUTC());
        LocalDate today = LocalDate.now(Clock.systemUTC());
        List<StaffRecord> accepted = chunk.stream()
                .filter(RowOutcome.Accepted.class::isInstance)
                .map(o -> ((RowOutcome.Accepted) o).staff())
                .toList();
        Map<String, String> hashByNumen = accepted.stream()
                .map(StaffRecord::numen).distinct()
                .collect(Collectors.toMap(Function.identity(), numenKey::hash));
        Map<String, Agent> agentsByHash = knownAgents(hashByNumen.values());
        Map<String, Establishment> establishments = establishments(accepted);
        Map<String, Set<String>> takenLogins = new HashMap<>();
        Map<String, Long> firstLineOfNumen = new HashMap<>();

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int disabled = 0;
        List<RowRejection> rejections = new ArrayList<>();
        for (RowOutcome outcome : chunk) {
            if (outcome instanceof RowOutcome.Rejected rejected) {
                rejections.add(rejected.rejection());
                continue;
            }
            StaffRecord staff = ((RowOutcome.Accepted) outcome).staff();
            Long firstLine = firstLineOfNumen.putIfAbsent(staff.numen(), staff.lineNumber());
            if (firstLine != null) {
                rejections.add(rejection(staff, "ligne.numen.doublon", firstLine));
                continue;
            }
            Establishment establishment = establishments.get(staff.uai());
            if (establishment == null) {
                rejections.add(rejection(staff, "ligne.uai.inconnu", staff.uai()));
                continue;
            }
            String hash = hashByNumen.get(staff.numen());
            Agent agent = agentsByHash.get(hash);
            Account account;
            if (agent == null) {
                agent = new Agent(hash, Numen.suffix(staff.numen()), staff.data(), establishment);
                em.persist(agent);
                String base = LoginRule.base(staff.data().prenom(), staff.data().nom()).orElseThrow();
                Set<String> taken = takenLogins.computeIfAbsent(base, this::loginsStartingWith);
                String login = LoginRule.firstFree(base, taken);
                taken.add(login);
                account = new Account(login, agent, now);
                em.persist(account);
                created++;
            } else {
                account = accountOf(agent);
                if (agent.takeOver(staff.data(), establishment)) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
            LocalDate exit = staff.data().dateSortie();
            if (exit != null && exit.isBefore(today) && account.isActive()) {
                account.disable();
                disabled++;
            }
        }
        for (RowRejection r : rejections) {
            em.persist(new ProvisioningReject(jobInstanceId, r.lineNumber(), r.maskedNumen(), r.reason()));
        }
        RunCounts counts = new RunCounts(chunk.size(), created, updated, unchanged, disabled, rejections.size());
        ProvisioningRun run = em.find(ProvisioningRun.class, jobInstanceId);
        if (run != null) {
            run.add(counts);
        }
        return counts;
    }

    private Map<String, Agent> knownAgents(java.util.Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Agent.BY_NUMEN_HASHES, Agent.class)
                .setParameter("hashes", hashes)
                .getResultStream()
                .collect(Collectors.toMap(Agent::getNumenHash, Function.identity()));
    }

    private Map<String, Establishment> establishments(List<StaffRecord> accepted) {
        Set<String> uais = accepted.stream().map(StaffRecord::uai).collect(Collectors.toSet());
        if (uais.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Establishment.BY_UAIS, Establishment.class)
                .setParameter("uais", uais)
                .getResultStream()
                .collect(Collectors.toMap(Establishment::getUai, Function.identity()));
    }

    private Set<String> loginsStartingWith(String base) {
        return new HashSet<>(em.createNamedQuery(Account.LOGINS_STARTING_WITH, String.class)
                .setParameter("prefix", base + "%")
                .getResultList());
    }

    private Account accountOf(Agent agent) {
        return em.createQuery("select a from Account a where a.agent = :agent", Account.class)
                .setParameter("agent", agent)
                .getSingleResult();
    }

    private static RowRejection rejection(StaffRecord staff, String key, Object argument) {
        return new RowRejection(staff.lineNumber(), Numen.masked(staff.numen()),
                ProvisioningMessages.format(key, argument));
    }
}
