package fr.academie.portail.services.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.services.control.SchoolLevel;
import fr.academie.portail.services.entity.Audience;
import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.ServiceLevelTarget;
import fr.academie.portail.services.entity.ServiceOffer;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import fr.academie.portail.platform.control.WebAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** The catalogue of collaborative services, read by all staff and kept by the DSI. */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class ServiceCatalog {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public List<CollaborativeService> all() {
        return em.createNamedQuery(CollaborativeService.ALL, CollaborativeService.class).getResultList();
    }

    /** The codes of the services the caller's establishment may ask for now (offered, for its degré). */
    public Set<String> requestableByCaller() {
        Establishment establishment = em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", session.getCallerPrincipal().getName()).getResultStream().findFirst()
                .map(account -> account.getAgent().getEstablishment()).orElse(null);
        if (establishment == null) {
            return Set.of();
        }
        SchoolLevel level = SchoolLevel.of(establishment.getKind());
        Set<String> codes = new LinkedHashSet<>();
        all().stream().filter(CollaborativeService::isRequestable).filter(s -> level.mayAskFor(s.getAudience()))
                .forEach(s -> codes.add(s.getCode()));
        return codes;
    }

    public Optional<CollaborativeService> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(CollaborativeService.class, code));
    }

    /** The DSI's edit of a service: texts, audience, whether it takes requests, its address. */
    @RolesAllowed(Role.Names.DSI)
    public CollaborativeService revise(String code, String name, String summary, String description, Audience audience,
                                       ServiceOffer offer, String accessUrl) {
        CollaborativeService service = find(code).orElseThrow(() -> new ServiceRequestException(
                ServiceRequestException.Reason.NOT_FOUND, "Service inconnu : « " + code + " »."));
        List<String> errors = new ArrayList<>();
        requireText(errors, "Le nom", name, 100);
        requireText(errors, "Le résumé", summary, 300);
        requireText(errors, "La description", description, 2000);
        if (audience == null || offer == null) {
            errors.add("Le public et l'état de l'offre sont obligatoires.");
        }
        String url = accessUrl == null || accessUrl.isBlank() ? null : accessUrl.strip();
        if (url != null && !url.startsWith("/") && !WebAddress.isHttp(url)) {
            errors.add("L'adresse d'accès doit commencer par http://, https:// ou / (une page du portail).");
        }
        if (!errors.isEmpty()) {
            throw new ServiceRequestException(ServiceRequestException.Reason.INVALID, errors);
        }
        service.revise(name.strip(), summary.strip(), description.strip(), audience, offer, url);
        return service;
    }

    public ServiceLevelTarget targets() {
        return em.find(ServiceLevelTarget.class, ServiceLevelTarget.THE_ONLY_ONE);
    }

    @RolesAllowed(Role.Names.DSI)
    public ServiceLevelTarget reviseTargets(int takeChargeHours, int installDays) {
        if (takeChargeHours < 1 || takeChargeHours > 24 * 30 || installDays < 1 || installDays > 365) {
            throw new ServiceRequestException(ServiceRequestException.Reason.INVALID,
                    "Délais attendus : prise en charge entre 1 et 720 heures, installation entre 1 et 365 jours.");
        }
        ServiceLevelTarget targets = targets();
        targets.revise(takeChargeHours, installDays);
        return targets;
    }

    private static void requireText(List<String> errors, String what, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(what + " est obligatoire.");
        } else if (text.strip().length() > max) {
            errors.add(what + " dépasse " + max + " caractères.");
        }
    }
}
