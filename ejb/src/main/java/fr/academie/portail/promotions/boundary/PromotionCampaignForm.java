package fr.academie.portail.promotions.boundary;

import fr.academie.portail.promotions.control.PromotionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign as HR sets it up. {@code ratio} may be left out: the national rate of the corps for the
 * year (or the latest one published) is taken; {@code carried} is last year's fraction (décret
 * n° 2005-1090, art. 2); {@code parityTolerance} the accepted gap, in points, between the share of
 * women among the promoted and among the promouvables (5 when left out). The CV window and the
 * planned publication day are optional, told to the agents.
 */
public record PromotionCampaignForm(String name, String corps, PromotionType type, Integer year, LocalDate referenceDate,
        LocalDate effectDate, Instant opinionsFrom, Instant opinionsTo, BigDecimal ratio, BigDecimal carried,
        BigDecimal parityTolerance, Instant cvFrom, Instant cvTo, LocalDate publicationOn) {
}
