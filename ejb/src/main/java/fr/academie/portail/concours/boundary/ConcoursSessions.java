package fr.academie.portail.concours.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.concours.entity.ConcoursRegistration;
import fr.academie.portail.concours.entity.ConcoursSession;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** HR's side of the internal concours: open a session with its conditions and sections, list and export its registrations. */
@Stateless
@RolesAllowed(Role.Names.GESTIONNAIRE_RH)
public class ConcoursSessions {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    public List<SessionView> all() {
        Instant now = Instant.now(Clock.systemUTC());
        return em.createNamedQuery(ConcoursSession.ALL, ConcoursSession.class).getResultStream()
                .map(s -> SessionView.of(s, now, count(s.getId()), List.of(), null)).toList();
    }

    public SessionView create(SessionForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.put("name", "Donnez le nom de la session (200 caractères au plus).");
        }
        if (form.year() == null || form.year() < 2000 || form.year() > 2999) {
            problems.put("year", "Donnez l'année de la session (par exemple 2027).");
        }
        if (form.registrationFrom() == null || form.registrationTo() == null || !form.registrationFrom().isBefore(form.registrationTo())) {
            problems.put("registrationTo", "Les inscriptions ont un début et une fin, la fin après le début.");
        }
        int minYears = form.minYears() == null ? 0 : form.minYears();
        if (minYears < 0 || minYears > 40) {
            problems.put("minYears", "Les années de services demandées vont de 0 à 40.");
        }
        if (form.minDiplomaLevel() != null && (form.minDiplomaLevel() < 3 || form.minDiplomaLevel() > 8)) {
            problems.put("minDiplomaLevel", "Le niveau de diplôme va de 3 (CAP) à 8 (doctorat).");
        }
        List<SessionForm.SectionForm> sections = form.sections() == null ? List.of() : form.sections();
        if (sections.isEmpty()) {
            problems.put("sections", "Une session compte au moins une section.");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SessionForm.SectionForm s = sections.get(i);
            String code = s == null || s.code() == null ? "" : s.code().strip();
            if (code.isEmpty() || code.length() > 20 || s.label() == null || s.label().isBlank() || s.label().length() > 200) {
                problems.put("section" + (i + 1), "Section n° " + (i + 1) + " : un code (20 caractères au plus) et un libellé.");
            } else if (!codes.add(code.toUpperCase(java.util.Locale.ROOT))) {
                problems.put("section" + (i + 1), "Section n° " + (i + 1) + " : le code « " + code + " » est déjà pris.");
            } else if (s.options() != null && (s.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 200 || o.contains("|"))
                    || String.join("|", s.options()).length() > 1000)) {
                problems.put("section" + (i + 1), "Section n° " + (i + 1) + " : chaque option tient en 200 caractères sans « | », "
                        + "1 000 caractères pour toutes.");
            }
        }
        for (var list : java.util.Map.of("corps", form.corps() == null ? Set.<String>of() : form.corps(), "diplomaWaivedFor",
                form.diplomaWaivedFor() == null ? Set.<String>of() : form.diplomaWaivedFor()).entrySet()) {
            if (list.getValue().stream().anyMatch(c -> c == null || c.isBlank() || c.contains("|"))
                    || String.join("|", list.getValue()).length() > 500) {
                problems.put(list.getKey(), "Les corps se nomment sans « | », 500 caractères pour tous.");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConcoursRejectedException(problems);
        }
        ConcoursSession created = new ConcoursSession(name, form.year(), form.registrationFrom(), form.registrationTo(), form.corps(),
                minYears, form.minDiplomaLevel(), form.diplomaWaivedFor());
        sections.forEach(s -> created.addSection(s.code().strip(), s.label().strip(),
                s.options() == null ? List.of() : s.options().stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList()));
        em.persist(created);
        audit.recordWithChange(session.getCallerPrincipal().getName(), AuditAction.CONCOURS_SESSION_OPENED, "concours:" + created.getId(),
                name + " (" + sections.size() + " section(s))");
        return SessionView.of(created, Instant.now(Clock.systemUTC()), 0, List.of(), null);
    }

    /** Every registration of the session, withdrawn ones included (they say so). */
    public List<RegistrationLine> registrations(long sessionId) {
        if (em.find(ConcoursSession.class, sessionId) == null) {
            throw ConcoursRejectedException.of("session", "Aucune session de concours n° " + sessionId + ".");
        }
        Map<Long, String> logins = new java.util.HashMap<>();
        em.createQuery("select a.agent.id, a.login from Account a where a.agent.id in (select r.agent.id from ConcoursRegistration r "
                + "where r.session.id = :session)", Object[].class).setParameter("session", sessionId).getResultList()
                .forEach(row -> logins.put((Long) row[0], (String) row[1]));
        return em.createNamedQuery(ConcoursRegistration.OF_SESSION, ConcoursRegistration.class).setParameter("session", sessionId)
                .getResultStream().map(r -> new RegistrationLine(r.getId(), logins.get(r.getAgent().getId()),
                        r.getAgent().getData().nom() + " " + r.getAgent().getData().prenom(), r.getAgent().getData().corps(),
                        r.getAgent().getEstablishment().getName(), r.getAgent().getEstablishment().getUai(),
                        r.getSection().getCode() + " — " + r.getSection().getLabel(), r.getOption(),
                        r.getStatus() == ConcoursRegistration.Status.INSCRIT ? "Inscrit(e)" : "Retiré(e)", r.getRegisteredAt(),
                        r.getUpdatedAt())).toList();
    }

    private long count(long sessionId) {
        return em.createQuery("select count(r) from ConcoursRegistration r where r.session.id = :session and r.status = :status", Long.class)
                .setParameter("session", sessionId).setParameter("status", ConcoursRegistration.Status.INSCRIT).getSingleResult();
    }
}
