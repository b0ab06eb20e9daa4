package fr.academie.portail.promotions.boundary;

import fr.academie.portail.promotions.control.PromotionTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The tableau d'avancement as HR reads it (and the API gives it): its size and carried fraction,
 * the « barre », the balance of women and men, what still blocks validation (problems) and what HR
 * should know (warnings), and every line ranked.
 */
public record TableView(PromotionCampaignSummary campaign, int promotions, BigDecimal carriedOver, Integer barre,
        PromotionTable.Balance balance, List<String> problems, List<String> warnings, List<Line> lines) {

    /** One promouvable, ranked. */
    public record Line(long candidateId, long agentId, String name, String sex, String establishment, String uai, String discipline,
            int echelon, LocalDate echelonSince, String appreciation, String headAvis, String headComment, String inspectorAvis,
            String inspectorComment, int points, int rank, boolean promoted) {
    }
}
