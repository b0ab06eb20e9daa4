package fr.academie.portail.promotions.boundary;

import java.time.LocalDate;

/**
 * One campaign of the agent's corps as the agent reads it: whether they are promouvable and, when
 * not, why; once the table is published, their rank, points, the « barre » and the decision.
 *
 * @param bareme the hors classe barème written out; null for the classe exceptionnelle
 * @param barre the points of the last one promoted; null before publication or when nobody is
 */
public record MyPromotion(long campaignId, String campaign, String type, int year, String phase, LocalDate referenceDate,
        LocalDate effectDate, boolean promouvable, String notPromouvableBecause, String bareme, String headAvis, String inspectorAvis,
        boolean published, Integer rank, Integer points, Integer barre, int promotions, long promouvables, Boolean promoted,
        String decision, java.time.Instant cvFrom, java.time.Instant cvTo, LocalDate publicationOn) {
}
