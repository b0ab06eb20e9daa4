package fr.academie.portail.transfers.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a barème: what it is, its points, the rule that gave them written out for the agent,
 * and the wishes it counts on ({@code null}: every wish). When HR accepted a contestation,
 * {@code computed} keeps what the rule gave and {@code points} the corrected value.
 */
public record BaremeElement(String code, String label, BigDecimal points, String rule, List<Integer> wishRanks,
        BigDecimal computed) {

    public BaremeElement {
        wishRanks = wishRanks == null ? null : List.copyOf(wishRanks);
    }

    static BaremeElement of(String code, String label, BigDecimal points, String rule, List<Integer> wishRanks) {
        return new BaremeElement(code, label, points, rule, wishRanks, points);
    }

    public boolean appliesTo(int wishRank) {
        return wishRanks == null || wishRanks.contains(wishRank);
    }

    public boolean corrected() {
        return points.compareTo(computed) != 0;
    }

    BaremeElement correctedTo(BigDecimal value) {
        return new BaremeElement(code, label, value, rule, wishRanks, computed);
    }
}
