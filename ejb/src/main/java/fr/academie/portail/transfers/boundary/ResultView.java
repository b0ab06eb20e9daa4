package fr.academie.portail.transfers.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agent's published result and its reasons: for each wish ranked above what they obtained, the
 * « barre » of each post it stood for and the agent's own points there.
 */
public record ResultView(String outcome, String summary, Integer wishRank, String obtained, BigDecimal points,
        List<Reason> reasons) {

    /** Why a better-ranked wish was not obtained. */
    public record Reason(int wishRank, String wish, String establishment, BigDecimal yourPoints, BigDecimal barre,
            String explanation) {
    }
}
