package fr.academie.portail.promotions.boundary;

import fr.academie.portail.career.control.CorpsRule;
import fr.academie.portail.career.control.Grade;
import fr.academie.portail.career.control.Grid;
import fr.academie.portail.career.entity.GradeGrid;
import fr.academie.portail.career.entity.PromotionRule;
import fr.academie.portail.promotions.control.Appreciation;
import fr.academie.portail.promotions.control.Avis;
import fr.academie.portail.promotions.control.PromotionTable;
import fr.academie.portail.promotions.control.Promouvable;
import fr.academie.portail.promotions.control.Sex;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the promotion services read: campaigns, their promouvables, the corps' rules and grids, the national rates. */
final class PromotionBook {

    private final EntityManager em;

    PromotionBook(EntityManager em) {
        this.em = em;
    }

    PromotionCampaign campaign(long id) {
        PromotionCampaign campaign = em.find(PromotionCampaign.class, id);
        if (campaign == null) {
            throw PromotionRejectedException.of("campagne", "Aucune campagne de promotion n° " + id + ".");
        }
        return campaign;
    }

    /** A promouvable as the table reads them: one query, no entity (a national table has 50 000 of them). */
    record Row(long candidateId, PromotionTable.Entry entry, String establishment, String uai, String discipline, String headComment,
            String inspectorComment) {
    }

    List<Row> rows(long campaignId) {
        List<Object[]> found = em.createQuery("""
                select c.id, a.id, a.data.nom, a.data.prenom, c.sex, c.birthDate, c.corpsSince, c.gradeSince, c.grade, c.echelon,
                       c.echelonSince, e.name, e.uai, c.discipline, c.appreciation, c.headAvis, c.headComment, c.inspectorAvis,
                       c.inspectorComment
                from PromotionCandidate c join c.agent a join c.establishment e where c.campaign.id = :campaign""", Object[].class)
                .setParameter("campaign", campaignId).getResultList();
        List<Row> rows = new java.util.ArrayList<>(found.size());
        for (Object[] r : found) {
            Promouvable promouvable = new Promouvable((Long) r[1], r[2] + " " + r[3], (Sex) r[4], (LocalDate) r[5], (LocalDate) r[6],
                    (LocalDate) r[7], (Grade) r[8], (Integer) r[9], (LocalDate) r[10]);
            rows.add(new Row((Long) r[0], new PromotionTable.Entry(promouvable, (Appreciation) r[14], (Avis) r[15], (Avis) r[17]),
                    (String) r[11], (String) r[12], (String) r[13], (String) r[16], (String) r[18]));
        }
        return rows;
    }

    long count(long campaignId) {
        return em.createQuery("select count(c) from PromotionCandidate c where c.campaign.id = :campaign", Long.class)
                .setParameter("campaign", campaignId).getSingleResult();
    }

    Optional<CorpsRule> rule(String corps) {
        return Optional.ofNullable(em.find(PromotionRule.class, corps)).map(PromotionRule::toRule);
    }

    /** The national rate for the corps and year, or the latest one published before it. */
    Optional<BigDecimal> nationalRatio(String corps, String type, int year) {
        return em.createNativeQuery("""
                SELECT ratio FROM promotion_ratio WHERE corps = ?1 AND promotion_type = ?2 AND campaign_year <= ?3
                ORDER BY campaign_year DESC""").setParameter(1, corps).setParameter(2, type).setParameter(3, year)
                .setMaxResults(1).getResultStream().findFirst().map(v -> (BigDecimal) v);
    }

    /** For each grade of the corps, the newest grid in force at the date. */
    Map<Grade, Grid> grids(String corps, LocalDate date) {
        Map<Grade, Grid> grids = new EnumMap<>(Grade.class);
        em.createNamedQuery(GradeGrid.OF_CORPS, GradeGrid.class).setParameter("corps", corps).setParameter("date", date)
                .getResultList().forEach(grid -> grids.putIfAbsent(grid.getGrade(), grid.toGrid()));
        return grids;
    }

    PromotionTable table(PromotionCampaign campaign, List<Row> rows) {
        return PromotionTable.build(campaign.getType(), campaign.getReferenceDate(), campaign.getRatio(), campaign.getCarried(),
                campaign.getParityTolerance(), rows.stream().map(Row::entry).toList());
    }
}
