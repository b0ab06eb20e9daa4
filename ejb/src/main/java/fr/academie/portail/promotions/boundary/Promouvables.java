package fr.academie.portail.promotions.boundary;

import fr.academie.portail.career.control.CareerProjection;
import fr.academie.portail.career.control.CorpsRule;
import fr.academie.portail.career.control.Grade;
import fr.academie.portail.career.control.Grid;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.promotions.control.Eligibility;
import fr.academie.portail.promotions.control.Sex;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import fr.academie.portail.promotions.entity.PromotionCandidate;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws up a campaign's promouvables from the dossiers: for HR's campaigns and the demo's. */
public final class Promouvables {

    private final EntityManager em;

    public Promouvables(EntityManager em) {
        this.em = em;
    }

    /**
     * Every active agent of the corps who meets the condition at the reference date, with the
     * dossier's facts copied and the échelon projected to that date at the normal pace (from the
     * corps' grid; as the dossier says where no grid is known). Seniority in the grade: the date the dossier's history shows the grade
     * reached (the entry in the corps for the classe normale); unknown otherwise.
     */
    public int drawUp(PromotionCampaign campaign) {
        CorpsRule rule = new PromotionBook(em).rule(campaign.getCorps()).orElseThrow();
        LocalDate reference = campaign.getReferenceDate();
        List<Agent> agents = em.createQuery("""
                select a from Agent a join fetch a.establishment
                where lower(a.data.corps) = lower(:corps) and (a.data.dateSortie is null or a.data.dateSortie > :reference)""", Agent.class)
                .setParameter("corps", campaign.getCorps()).setParameter("reference", reference).getResultList();
        Map<Long, LocalDate> gradeChanges = gradeChanges(campaign.getCorps());
        Map<Grade, Grid> grids = new PromotionBook(em).grids(campaign.getCorps(), reference);
        int drawn = 0;
        for (Agent agent : agents) {
            AdministrativeData data = agent.getData();
            Grade grade = Grade.ofLabel(data.grade()).orElse(null);
            Integer echelon = data.echelon();
            LocalDate echelonSince = data.dateEchelon();
            // the échelon at the reference date, at the normal pace: a table looks at 31 August, not at today
            Grid grid = grade == null ? null : grids.get(grade);
            if (grid != null && echelon != null && echelonSince != null && echelonSince.isBefore(reference)) {
                var held = CareerProjection.atNormalPace(grid, echelon, echelonSince, reference);
                if (held.isPresent() && held.get().echelon() != echelon) {
                    echelon = held.get().echelon();
                    echelonSince = held.get().from();
                }
            }
            if (Eligibility.refusal(campaign.getType(), rule, grade, echelon, echelonSince, reference).isPresent()) {
                continue;
            }
            LocalDate gradeSince = grade == Grade.CLASSE_NORMALE ? data.dateEntree() : gradeChanges.get(agent.getId());
            em.persist(new PromotionCandidate(campaign, agent, Sex.ofCivilite(data.civilite()).orElse(null), data.dateEntree(), gradeSince,
                    grade, echelon, echelonSince));
            drawn++;
        }
        return drawn;
    }

    /** When each agent of the corps last changed grade, as the dossier's history recorded it. */
    private Map<Long, LocalDate> gradeChanges(String corps) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT h.id, r.recorded_at, h.grade FROM agent_historique h JOIN dossier_revision r ON r.id = h.REV
                WHERE LOWER(h.corps) = LOWER(?1) ORDER BY h.id, h.REV""").setParameter(1, corps).getResultList();
        Map<Long, LocalDate> changes = new HashMap<>();
        Map<Long, String> last = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String grade = (String) row[2];
            String before = last.put(id, grade);
            if (before != null && grade != null && !grade.equalsIgnoreCase(before)) {
                changes.put(id, PromotionCampaigns.day(row[1]));
            }
        }
        return changes;
    }

}
