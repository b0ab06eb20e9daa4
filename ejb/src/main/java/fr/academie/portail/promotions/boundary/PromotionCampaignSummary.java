package fr.academie.portail.promotions.boundary;

import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.PromotionType;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A campaign as lists and pages show it. */
public record PromotionCampaignSummary(long id, String name, String corps, PromotionType type, String typeLabel, int year,
        PromotionPhase phase, String phaseLabel, LocalDate referenceDate, LocalDate effectDate, Instant opinionsFrom, Instant opinionsTo,
        BigDecimal ratio, BigDecimal carried, BigDecimal parityTolerance, long promouvables, Instant validatedAt, Instant publishedAt,
        Instant cvFrom, Instant cvTo, LocalDate publicationOn) {

    static PromotionCampaignSummary of(PromotionCampaign c, long promouvables) {
        return new PromotionCampaignSummary(c.getId(), c.getName(), c.getCorps(), c.getType(), c.getType().label(), c.getYear(), c.getPhase(),
                c.getPhase().label(), c.getReferenceDate(), c.getEffectDate(), c.getOpinionsFrom(), c.getOpinionsTo(), c.getRatio(),
                c.getCarried(), c.getParityTolerance(), promouvables, c.getValidatedAt(), c.getPublishedAt(), c.getCvFrom(), c.getCvTo(),
                c.getPublicationOn());
    }
}
