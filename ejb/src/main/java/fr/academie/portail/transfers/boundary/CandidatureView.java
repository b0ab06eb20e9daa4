package fr.academie.portail.transfers.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agent's candidature to a campaign as their page shows it: what may be done now (a French
 * reason when not), the dossier facts and declarations the barème rests on, the wishes with their
 * points, the barème element by element, the contestations, and the result once published.
 */
public record CandidatureView(
        CampaignSummary campaign,
        String agent,
        String entryRefusal,
        String contestRefusal,
        boolean saved,
        long version,
        Instant confirmedAt,
        Instant updatedAt,
        String grade,
        Integer echelon,
        LocalDate inPostSince,
        String establishment,
        String discipline,
        Declaration declaration,
        List<WishLine> wishes,
        List<BaremeLine> bareme,
        List<ContestationLine> contestations,
        ResultView result) {

    /** What the agent declares for the barème. */
    public record Declaration(String spouseDepartement, int childrenUnder18, int separationYears, boolean handicap,
            int yearsInRepPlus, int yearsInRep) {
    }

    /** One wish, its place written out and the points it carries. */
    public record WishLine(int rank, String type, String typeLabel, String code, String label, BigDecimal points,
            boolean handicapAccepted) {
    }

    /** One element of the barème, the rule that gave it, the wishes it counts on. */
    public record BaremeLine(String code, String label, BigDecimal points, String rule, String appliesTo, boolean corrected,
            BigDecimal computed) {
    }
}
