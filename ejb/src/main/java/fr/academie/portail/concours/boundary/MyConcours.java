package fr.academie.portail.concours.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.concours.entity.ConcoursRegistration;
import fr.academie.portail.concours.entity.ConcoursSection;
import fr.academie.portail.concours.entity.ConcoursSession;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The agent's concours: every session with whether they may register and why not (corps, years of
 * service from the dossier, diploma from the CV), their registration; register, change the section
 * or option, withdraw, all until the registration window closes.
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class MyConcours {

    /** The version a page sends when it showed no registration yet. */
    public static final long NOT_REGISTERED = -1;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(PARIS);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    public List<SessionView> sessions() {
        Agent me = me();
        Instant now = Instant.now(Clock.systemUTC());
        return em.createNamedQuery(ConcoursSession.ALL, ConcoursSession.class).getResultStream()
                .map(s -> view(s, me, now)).toList();
    }

    /** The caller's name as the dossier writes it, for the confirmation. */
    public String myName() {
        Agent me = me();
        return me.getData().prenom() + " " + me.getData().nom();
    }

    public SessionView session(long sessionId) {
        return view(find(sessionId), me(), Instant.now(Clock.systemUTC()));
    }

    /**
     * Registers, or changes the registration's section and option (a withdrawn one registers again).
     * {@code version}: the registration's version the page showed ({@link #NOT_REGISTERED} when it
     * showed none); {@code null} skips the check (scripts).
     */
    public SessionView register(long sessionId, Long sectionId, String option, Long version) {
        ConcoursSession concours = find(sessionId);
        Agent me = me();
        Instant now = Instant.now(Clock.systemUTC());
        refuseWhenClosed(concours, now);
        List<String> refusals = refusals(concours, me);
        if (!refusals.isEmpty()) {
            throw ConcoursRejectedException.of("conditions", String.join(" ", refusals));
        }
        ConcoursSection section = concours.getSections().stream().filter(s -> s.getId().equals(sectionId)).findFirst()
                .orElseThrow(() -> ConcoursRejectedException.of("section", "Choisissez une des sections de la session."));
        String chosen = option == null || option.isBlank() ? null : option.strip();
        if (!section.getOptions().isEmpty() && (chosen == null || !section.getOptions().contains(chosen))) {
            throw ConcoursRejectedException.of("option", "Choisissez une option de la section « " + section.getLabel() + " » : "
                    + String.join(", ", section.getOptions()) + ".");
        }
        if (section.getOptions().isEmpty()) {
            chosen = null;
        }
        Optional<ConcoursRegistration> existing = registration(concours, me);
        refuseWhenStale(existing, version);
        if (existing.isPresent()) {
            existing.get().choose(section, chosen, now);
        } else {
            em.persist(new ConcoursRegistration(concours, me, section, chosen, now));
        }
        saved();
        audit.recordWithChange(session.getCallerPrincipal().getName(), AuditAction.CONCOURS_REGISTERED, "concours:" + sessionId,
                section.getCode() + (chosen == null ? "" : " / " + chosen));
        return view(concours, me, now);
    }

    public SessionView withdraw(long sessionId, Long version) {
        ConcoursSession concours = find(sessionId);
        Agent me = me();
        Instant now = Instant.now(Clock.systemUTC());
        refuseWhenClosed(concours, now);
        Optional<ConcoursRegistration> existing = registration(concours, me);
        refuseWhenStale(existing, version);
        ConcoursRegistration registration = existing
                .filter(r -> r.getStatus() == ConcoursRegistration.Status.INSCRIT)
                .orElseThrow(() -> ConcoursRejectedException.of("inscription", "Vous n'êtes pas inscrit(e) à cette session."));
        registration.withdraw(now);
        saved();
        audit.recordWithChange(session.getCallerPrincipal().getName(), AuditAction.CONCOURS_WITHDRAWN, "concours:" + sessionId,
                "Retrait de l'inscription");
        return view(concours, me, now);
    }

    private static void refuseWhenStale(Optional<ConcoursRegistration> existing, Long version) {
        if (version == null) {
            return;
        }
        long current = existing.map(ConcoursRegistration::getVersion).orElse(NOT_REGISTERED);
        if (current != version) {
            throw ConcoursRejectedException.of("inscription",
                    "Votre inscription a changé depuis l'affichage de cette page (dans un autre onglet ?) : rechargez la page.");
        }
    }

    /** Writes now: two tabs saving at once get a French answer, not an error page. */
    private void saved() {
        try {
            em.flush();
        } catch (PersistenceException raced) { // an OptimisticLockException too, or the unique key of a double first registration
            throw ConcoursRejectedException.of("inscription",
                    "Votre inscription vient d'être modifiée depuis un autre onglet ou une autre fenêtre : rechargez la page.");
        }
    }

    private void refuseWhenClosed(ConcoursSession concours, Instant now) {
        if (!concours.open(now)) {
            throw ConcoursRejectedException.of("inscription", "Les inscriptions à « " + concours.getName() + " » sont ouvertes du "
                    + SHOWN.format(concours.getRegistrationFrom()) + " au " + SHOWN.format(concours.getRegistrationTo())
                    + " : elles ne se font ni ne se modifient en dehors de cette période.");
        }
    }

    private SessionView view(ConcoursSession s, Agent me, Instant now) {
        SessionView.Registration mine = registration(s, me).map(r -> new SessionView.Registration(r.getId(), r.getStatus().name(),
                r.getSection().getId(), r.getSection().getCode() + " — " + r.getSection().getLabel(), r.getOption(), r.getRegisteredAt(),
                r.getUpdatedAt(), r.getWithdrawnAt(), r.getVersion())).orElse(null);
        return SessionView.of(s, now, 0, refusals(s, me), mine);
    }

    /** The conditions checked at the close of registrations: years of service count up to that day. */
    private List<String> refusals(ConcoursSession s, Agent me) {
        return s.conditions().refusals(me.getData().corps(), me.getData().dateEntree(), highestDiploma(me),
                LocalDate.ofInstant(s.getRegistrationTo(), PARIS));
    }

    private Integer highestDiploma(Agent me) {
        List<?> levels = em.createNativeQuery("SELECT level_code FROM cv_line WHERE agent_id = ?1 AND section = 'DIPLOME'")
                .setParameter(1, me.getId()).getResultList();
        return levels.stream().map(String::valueOf).filter(l -> l.matches("\\d")).map(Integer::valueOf).max(Integer::compare).orElse(null);
    }

    private Optional<ConcoursRegistration> registration(ConcoursSession s, Agent me) {
        return em.createNamedQuery(ConcoursRegistration.OF_AGENT, ConcoursRegistration.class).setParameter("session", s.getId())
                .setParameter("agent", me.getId()).getResultStream().findFirst();
    }

    private ConcoursSession find(long sessionId) {
        ConcoursSession found = em.find(ConcoursSession.class, sessionId);
        if (found == null) {
            throw ConcoursRejectedException.of("session", "Aucune session de concours n° " + sessionId + ".");
        }
        return found;
    }

    private Agent me() {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", session.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(Account::getAgent)
                .orElseThrow(() -> new AccessRefusedException("Aucun dossier pour ce compte"));
    }
}
