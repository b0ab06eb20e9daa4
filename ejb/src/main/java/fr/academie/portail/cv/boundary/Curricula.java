package fr.academie.portail.cv.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.cv.control.CvEntry;
import fr.academie.portail.cv.control.CvRules;
import fr.academie.portail.cv.entity.Curriculum;
import fr.academie.portail.cv.entity.CvLine;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's CV: they fill it in as a draft, line by line, then validate it. HR managers read
 * anyone's (promotion campaigns show its validation date to reviewers).
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class Curricula {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public CvView mine() {
        Account account = caller();
        Curriculum cv = em.find(Curriculum.class, account.getAgent().getId());
        return cv == null ? new CvView(account.getLogin(), "BROUILLON", null, null, null, List.of())
                : view(account.getLogin(), cv);
    }

    @RolesAllowed({Role.Names.AGENT, Role.Names.GESTIONNAIRE_RH})
    public CvView of(String login) {
        if (!session.getCallerPrincipal().getName().equalsIgnoreCase(login)
                && !session.isCallerInRole(Role.Names.GESTIONNAIRE_RH)) {
            throw new AccessRefusedException("Accès refusé au CV d'un autre agent");
        }
        Account account = account(login).orElseThrow(() -> new AccessRefusedException("Accès refusé au CV d'un autre agent"));
        Curriculum cv = em.find(Curriculum.class, account.getAgent().getId());
        return cv == null ? new CvView(account.getLogin(), "BROUILLON", null, null, null, List.of())
                : view(account.getLogin(), cv);
    }

    public CvView add(CvEntry submitted) {
        CvEntry entry = submitted.tidy();
        Curriculum cv = mineForUpdate();
        int already = entry.section() == null ? 0 : (int) cv.count(entry.section());
        Map<String, String> problems = CvRules.problems(entry, already, LocalDate.now(PARIS).getYear());
        if (!problems.isEmpty()) {
            throw new CvRejectedException(problems);
        }
        cv.add(entry, now());
        em.flush(); // gives the new line its number
        return view(caller().getLogin(), cv);
    }

    public CvView remove(long lineId) {
        Curriculum cv = mineForUpdate();
        if (!cv.remove(lineId, now())) {
            throw new CvRejectedException(Map.of("line", "Cette ligne n'est pas dans votre CV."));
        }
        return view(caller().getLogin(), cv);
    }

    public CvView present(String presentation) {
        String text = presentation == null || presentation.isBlank() ? null : presentation.strip();
        Map<String, String> problems = CvRules.presentationProblems(text);
        if (!problems.isEmpty()) {
            throw new CvRejectedException(problems);
        }
        Curriculum cv = mineForUpdate();
        cv.present(text, now());
        return view(caller().getLogin(), cv);
    }

    /** « Valider mon CV ». */
    public CvView validate() {
        Curriculum cv = mineForUpdate();
        Map<String, String> problems = CvRules.validationProblems(cv.getLines().size(), cv.getPresentation());
        if (!problems.isEmpty()) {
            throw new CvRejectedException(problems);
        }
        cv.validate(now());
        return view(caller().getLogin(), cv);
    }

    private Curriculum mineForUpdate() {
        Long agentId = caller().getAgent().getId();
        Curriculum cv = em.find(Curriculum.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (cv == null) {
            cv = new Curriculum(agentId, now());
            em.persist(cv);
        }
        return cv;
    }

    private static CvView view(String login, Curriculum cv) {
        return new CvView(login, cv.getStatus().name(), cv.getPresentation(), cv.getUpdatedAt(),
                cv.getValidatedAt().orElse(null),
                cv.getLines().stream().map(line -> new CvView.Line(line.getId(), line.entry())).toList());
    }

    private Account caller() {
        return account(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new AccessRefusedException("Aucun dossier pour ce compte"));
    }

    private Optional<Account> account(String login) {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
