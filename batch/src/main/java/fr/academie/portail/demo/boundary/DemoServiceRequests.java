package fr.academie.portail.demo.boundary;

import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.services.control.SchoolYear;
import fr.academie.portail.services.control.Transition;
import fr.academie.portail.services.entity.Actor;
import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import fr.academie.portail.services.entity.ServiceRequest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A few service requests of the demo schools, at every stage and of every age, so that the
 * assistance's and the DSI's queues show late, nearly late and on-time requests from the start.
 */
final class DemoServiceRequests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EntityManager em;
    private final Instant now;

    DemoServiceRequests(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    boolean alreadyThere() {
        return em.createQuery("select count(r) from ServiceRequest r", Long.class).getSingleResult() > 0;
    }

    void create() {
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        String schoolYear = SchoolYear.of(today).toString();

        // Waiting for the assistance for three days: past the 48 h target.
        submit("CYBERCARNET", "0752536Z", "pgarnier", "Philippe Garnier", Actor.CHEF_ETABLISSEMENT,
                "Blog de l'atelier théâtre", "Pour suivre les répétitions jusqu'au spectacle de juin.",
                Map.of("annee_scolaire", schoolYear, "acces", "PUBLIC", "classes", "Atelier théâtre (4e, 3e)",
                        "enseignant", "pgarnier"), SchoolYear.of(today).end(), hoursAgo(72));

        // Nearly late: 40 h of the 48.
        submit("FILESENDER", "0750693W", "mpierrard", "Martine Pierrard", Actor.DEMANDEUR,
                "Envoi des vidéos de l'option théâtre", null, Map.of("usage", "Vidéos des épreuves, 2 à 4 Go chacune."),
                null, hoursAgo(40));

        // Taken in charge 19 days ago, never forwarded: past the 15-day installation target.
        ServiceRequest synbox = submit("SYNBOX", "0751120R", "fdurand1", "Florent Durand", Actor.DEMANDEUR,
                "Espace de stockage de l'école", "Pour les progressions de cycle 3.", Map.of(), null, hoursAgo(24 * 20));
        synbox.move(RequestState.PRISE_EN_CHARGE, Transition.PRENDRE_EN_CHARGE.name(), "kbenali", Actor.ASSISTANCE, null,
                hoursAgo(24 * 19));

        // With the DSI, on time.
        ServiceRequest tribu = submit("TRIBU", "0752536Z", "elefevre", "Élise Lefèvre", Actor.DEMANDEUR,
                "Projet mémoire 14-18", null, Map.of("projet", "Mémoire de la Grande Guerre",
                        "membres", "elefevre, pgarnier"), null, hoursAgo(96));
        tribu.move(RequestState.PRISE_EN_CHARGE, Transition.PRENDRE_EN_CHARGE.name(), "kbenali", Actor.ASSISTANCE, null,
                hoursAgo(90));
        tribu.move(RequestState.TRANSMISE_DSI, Transition.TRANSMETTRE_DSI.name(), "kbenali", Actor.ASSISTANCE,
                "Deux membres pour commencer, d'autres suivront.", hoursAgo(72));

        // A question to the requester: the clock stands still.
        ServiceRequest visio = submit("VISIOCONFERENCE", "0750655E", "fdurand", "Florent Durand", Actor.DEMANDEUR,
                "Conseil pédagogique à distance", null, Map.of("date",
                        DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.plusDays(14)), "heure", "17:30",
                        "participants", "25", "organisateur", "fdurand"), null, hoursAgo(30));
        visio.move(RequestState.PRISE_EN_CHARGE, Transition.PRENDRE_EN_CHARGE.name(), "kbenali", Actor.ASSISTANCE, null,
                hoursAgo(28));
        visio.move(RequestState.EN_ATTENTE_DEMANDEUR, Transition.DEMANDER_PRECISIONS.name(), "kbenali", Actor.ASSISTANCE,
                "Des participants seront-ils hors de l'académie ?", hoursAgo(27));

        // Installed, then accompanied.
        ServiceRequest synergie = submit("SYNERGIE", "0752536Z", "pgarnier", "Philippe Garnier", Actor.CHEF_ETABLISSEMENT,
                "Espace du conseil école-collège", null, Map.of("projet", "Conseil école-collège du secteur",
                        "membres", "pgarnier, elefevre"), null, hoursAgo(24 * 12));
        synergie.move(RequestState.PRISE_EN_CHARGE, Transition.PRENDRE_EN_CHARGE.name(), "kbenali", Actor.ASSISTANCE, null,
                hoursAgo(24 * 12 - 5));
        synergie.move(RequestState.TRANSMISE_DSI, Transition.TRANSMETTRE_DSI.name(), "kbenali", Actor.ASSISTANCE, null,
                hoursAgo(24 * 11));
        synergie.move(RequestState.EN_COURS_INSTALLATION, Transition.COMMENCER_INSTALLATION.name(), "slambert", Actor.DSI,
                null, hoursAgo(24 * 8));
        synergie.recordInstance("https://synergie.ac-paris.fr/espaces/conseil-ecole-college-paul-valery",
                "Animateur de l'espace : pgarnier");
        synergie.move(RequestState.INSTALLEE, Transition.DECLARER_INSTALLEE.name(), "slambert", Actor.DSI, null,
                hoursAgo(24 * 6));
        synergie.move(RequestState.ACCOMPAGNEMENT, Transition.ACCOMPAGNER.name(), "slambert", Actor.DSI,
                "Séance de prise en main prévue avec les animateurs.", hoursAgo(24 * 5));

        // A suggestion the DSI answered.
        ServiceRequest suggestion = new ServiceRequest(RequestKind.SUGGESTION, null, establishment("0750655E"), "fdurand",
                "Florent Durand", Actor.DEMANDEUR, "Un agenda partagé pour réserver les salles",
                "Les salles informatiques se réservent encore sur papier.", Map.of(), null, hoursAgo(24 * 9));
        em.persist(suggestion);
        suggestion.recordSubmission("fdurand", Actor.DEMANDEUR);
        suggestion.move(RequestState.PRISE_EN_CHARGE, Transition.PRENDRE_EN_CHARGE.name(), "kbenali", Actor.ASSISTANCE, null,
                hoursAgo(24 * 9 - 3));
        suggestion.move(RequestState.TRANSMISE_DSI, Transition.TRANSMETTRE_DSI.name(), "kbenali", Actor.ASSISTANCE, null,
                hoursAgo(24 * 8));
        suggestion.move(RequestState.CLOSE, Transition.CLORE.name(), "slambert", Actor.DSI,
                "L'agenda partagé de la messagerie académique le permet déjà : mode d'emploi envoyé.", hoursAgo(24 * 7));
    }

    private ServiceRequest submit(String service, String uai, String login, String name, Actor as, String subject,
                                  String details, Map<String, String> values, LocalDate expiresOn, Instant when) {
        ServiceRequest request = new ServiceRequest(RequestKind.DEMANDE, em.find(CollaborativeService.class, service),
                establishment(uai), login, name, as, subject, details, values, expiresOn, when);
        em.persist(request);
        request.recordSubmission(login, as);
        return request;
    }

    private Establishment establishment(String uai) {
        return em.createQuery("select e from Establishment e where e.uai = :uai", Establishment.class)
                .setParameter("uai", uai).getSingleResult();
    }

    private Instant hoursAgo(long hours) {
        return now.minus(Duration.ofHours(hours));
    }
}
