package fr.academie.portail.demo.boundary;

import fr.academie.portail.concours.entity.ConcoursSession;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The demo's internal concours for next year's session, registrations open for a month: the
 * agrégation interne (5 years of service, a master, the catégorie A teaching and education corps
 * exempted) and the CAPES interne (3 years, a licence, the titulaires of the other teaching corps
 * exempted).
 */
final class DemoConcours {

    private final EntityManager em;
    private final Instant now;

    DemoConcours(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    boolean alreadyThere() {
        return em.createQuery("select count(s) from ConcoursSession s", Long.class).getSingleResult() > 0;
    }

    void create() {
        int year = LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")).getYear() + 1;
        Instant from = now.minus(Duration.ofDays(1));
        Instant to = now.plus(Duration.ofDays(30));
        ConcoursSession agregation = new ConcoursSession("Agrégation interne, session " + year, year, from, to,
                Set.of("Professeur certifié", "Professeur de lycée professionnel", "Professeur des écoles",
                        "Conseiller principal d'éducation"), 5, 7, Set.of("Professeur certifié", "Professeur de lycée professionnel",
                        "Professeur des écoles", "Conseiller principal d'éducation"));
        agregation.addSection("MATH", "Mathématiques", List.of());
        agregation.addSection("LM", "Lettres modernes", List.of());
        agregation.addSection("HG", "Histoire et géographie", List.of());
        agregation.addSection("LVE", "Langues vivantes étrangères", List.of("Anglais", "Allemand", "Espagnol"));
        em.persist(agregation);
        ConcoursSession capes = new ConcoursSession("CAPES interne, session " + year, year, from, to, Set.of(), 3, 6,
                Set.of("Professeur des écoles", "Professeur de lycée professionnel", "Conseiller principal d'éducation"));
        capes.addSection("MATH", "Mathématiques", List.of());
        capes.addSection("DOC", "Documentation", List.of());
        capes.addSection("LVE", "Langues vivantes étrangères", List.of("Anglais", "Allemand", "Espagnol", "Italien"));
        em.persist(capes);
    }
}
