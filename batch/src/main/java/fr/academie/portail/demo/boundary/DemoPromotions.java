package fr.academie.portail.demo.boundary;

import fr.academie.portail.promotions.boundary.Promouvables;
import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.PromotionType;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo's promotion campaigns for the professeurs certifiés, next year's tables: hors classe
 * (HR gives the appreciations) and classe exceptionnelle (the head of the Collège Paul Valéry,
 * pgarnier, and the technology inspector, ofabre, give their opinions), both at the time of opinions.
 */
final class DemoPromotions {

    private static final String CORPS = "Professeur certifié";

    private final EntityManager em;
    private final Instant now;

    DemoPromotions(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    boolean alreadyThere() {
        return em.createQuery("select count(c) from PromotionCampaign c", Long.class).getSingleResult() > 0;
    }

    void create() {
        int year = LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")).getYear() + 1;
        create("Hors classe " + year + " — professeurs certifiés", PromotionType.HORS_CLASSE, year, new BigDecimal("0.23"));
        create("Classe exceptionnelle " + year + " — professeurs certifiés", PromotionType.CLASSE_EXCEPTIONNELLE, year,
                new BigDecimal("0.095"));
    }

    private void create(String name, PromotionType type, int year, BigDecimal ratio) {
        PromotionCampaign campaign = new PromotionCampaign(name, CORPS, type, year, LocalDate.of(year, 8, 31), LocalDate.of(year, 9, 1),
                now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(21)), ratio, BigDecimal.ZERO, BigDecimal.valueOf(5));
        campaign.plan(now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(14)), LocalDate.ofInstant(now.plus(Duration.ofDays(35)),
                ZoneId.of("Europe/Paris")));
        em.persist(campaign);
        new Promouvables(em).drawUp(campaign);
        campaign.moveTo(PromotionPhase.OPINIONS, "cmoreau", now);
    }
}
