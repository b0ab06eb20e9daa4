package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.control.Bareme;
import fr.academie.portail.transfers.control.ExpandedWish;
import fr.academie.portail.transfers.control.WishRequest;
import fr.academie.portail.transfers.control.WishRules;
import fr.academie.portail.transfers.entity.TransferCampaign;
import fr.academie.portail.transfers.entity.TransferParticipant;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a participant's published result and writes out its reasons. */
final class Results {

    private final EntityManager em;

    Results(EntityManager em) {
        this.em = em;
    }

    ResultView of(TransferCampaign campaign, TransferParticipant participant, WishRules rules, Bareme bareme) {
        long simulation = campaign.getPublishedSimulationId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.outcome, r.wish_rank, r.points, e.name, e.uai
                FROM transfer_result r LEFT JOIN establishment e ON e.id = r.establishment_id
                WHERE r.simulation_id = ?1 AND r.participant_id = ?2""")
                .setParameter(1, simulation).setParameter(2, participant.getId()).getResultList();
        if (rows.isEmpty()) {
            return new ResultView("ABSENT", "Votre candidature n'a pas été retenue pour le mouvement : elle n'était pas confirmée "
                    + "à la fermeture de la saisie, ou ne comptait aucun vœu.", null, null, null, List.of());
        }
        Object[] row = rows.get(0);
        String outcome = (String) row[0];
        Integer obtainedRank = row[1] == null ? null : ((Number) row[1]).intValue();
        BigDecimal points = (BigDecimal) row[2];
        String obtained = row[3] == null ? null : row[3] + " (" + row[4] + ")";
        String current = participant.getEstablishment().getName() + " (" + participant.getEstablishment().getUai() + ")";
        String summary = switch (outcome) {
            case "MOVED" -> "Vous obtenez votre vœu n° " + obtainedRank + " : " + obtained + ".";
            case "STAYED" -> "Vous n'obtenez aucun de vos vœux : vous restez dans votre poste actuel, " + current + ".";
            default -> "Vous n'obtenez aucun de vos vœux.";
        };

        Map<String, Object[]> barres = barres(simulation, participant.getDiscipline());
        Set<String> offering = new HashSet<>();
        barres.forEach((uai, barre) -> {
            if ((Boolean) barre[2]) {
                offering.add(uai);
            }
        });
        List<WishRequest> requests = participant.requests();
        List<ExpandedWish> expanded = rules.expand(requests, participant.getEstablishment().getUai(), offering);
        int limit = obtainedRank == null ? Integer.MAX_VALUE : obtainedRank;
        List<ResultView.Reason> reasons = new ArrayList<>();
        for (ExpandedWish wish : expanded) {
            if (wish.wishRank() >= limit) {
                continue;
            }
            BigDecimal mine = bareme.pointsFor(wish.wishRank());
            Object[] barre = barres.get(wish.uai());
            String establishment = barre == null ? wish.uai() : barre[0] + " (" + wish.uai() + ")";
            BigDecimal lowest = barre == null ? null : (BigDecimal) barre[1];
            String explanation;
            if (lowest == null) {
                explanation = "Aucune place ne s'est libérée sur ce poste dans votre discipline : personne n'y a été muté.";
            } else if (mine.compareTo(lowest) < 0) {
                explanation = "Le dernier entrant avait " + number(lowest) + " points ; vous en aviez " + number(mine) + ".";
            } else if (mine.compareTo(lowest) == 0) {
                explanation = "Le dernier entrant avait autant de points que vous (" + number(mine)
                        + ") : à égalité, le départage (situation familiale, puis âge) l'a placé avant vous.";
            } else {
                explanation = "Le dernier entrant avait " + number(lowest) + " points, moins que vos " + number(mine)
                        + " : il a obtenu ce poste par un échange de postes, où chacun obtient un vœu mieux classé sans que personne n'y perde.";
            }
            reasons.add(new ResultView.Reason(wish.wishRank(), rules.label(requests.get(wish.wishRank() - 1)), establishment, mine,
                    lowest, explanation));
        }
        return new ResultView(outcome, summary, obtainedRank, obtained, points, reasons);
    }

    /** Establishment UAI → (name, barre) for the posts of a discipline in a simulation. */
    private Map<String, Object[]> barres(long simulation, String discipline) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.uai, e.name, t.lowest_points, t.offering
                FROM transfer_threshold t JOIN establishment e ON e.id = t.establishment_id
                WHERE t.simulation_id = ?1 AND t.discipline = ?2""")
                .setParameter(1, simulation).setParameter(2, discipline).getResultList();
        Map<String, Object[]> barres = new HashMap<>();
        for (Object[] row : rows) {
            barres.put((String) row[0], new Object[] {row[1], row[2], ((Number) row[3]).intValue() == 1});
        }
        return barres;
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
