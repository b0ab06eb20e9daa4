package fr.academie.portail.demo.boundary;

import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.transfers.control.BaremeRules;
import fr.academie.portail.transfers.control.CampaignPhase;
import fr.academie.portail.transfers.control.CampaignSchedule;
import fr.academie.portail.transfers.control.WishType;
import fr.academie.portail.transfers.entity.TransferCampaign;
import fr.academie.portail.transfers.entity.TransferPost;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo's mutation campaign: this year's intra-académique movement, open for wishes for three
 * weeks from the first start, with posts in the lycées and collèges for the disciplines of the demo
 * staff. HR (cmoreau) runs it; every teacher may enter wishes.
 */
final class DemoTransfers {

    private static final List<String> DISCIPLINES = List.of("Mathématiques", "Lettres modernes", "Histoire-géographie");

    private final EntityManager em;
    private final Instant now;

    DemoTransfers(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    boolean alreadyThere() {
        return em.createQuery("select count(c) from TransferCampaign c", Long.class).getSingleResult() > 0;
    }

    void create() {
        int year = LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")).getYear() + 1;
        Instant close = now.plus(Duration.ofDays(21));
        CampaignSchedule schedule = new CampaignSchedule(now.minus(Duration.ofDays(2)), close, close.plus(Duration.ofDays(7)),
                close.plus(Duration.ofDays(21)), LocalDate.of(year, 8, 31));
        TransferCampaign campaign = new TransferCampaign("Mouvement intra-académique " + year, null, 31, EnumSet.allOf(WishType.class),
                schedule, BaremeRules.national2025(), now);
        campaign.moveTo(CampaignPhase.OPEN);
        em.persist(campaign);
        int n = 0;
        for (Establishment e : em.createQuery("select e from Establishment e where e.kind like 'Lycée%' or e.kind = 'Collège' "
                + "order by e.uai", Establishment.class).getResultList()) {
            for (String discipline : DISCIPLINES) {
                em.persist(new TransferPost(campaign, e, discipline, (n++ * 7) % 3)); // 0, 1 or 2 vacancies, spread evenly
            }
        }
    }
}
