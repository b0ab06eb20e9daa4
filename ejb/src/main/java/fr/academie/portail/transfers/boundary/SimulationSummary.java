package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.entity.TransferSimulation;
import java.time.Instant;

/** A simulation's counts, for HR's list and the side-by-side comparison. */
public record SimulationSummary(long id, String mode, String modeLabel, Instant runAt, String runBy, int participants, int moved,
        int firstWish, int stayed, int unassigned, int vacantSeats, int[] movedByWishRank, long durationMs, boolean published) {

    static SimulationSummary of(TransferSimulation s, Long publishedId) {
        return new SimulationSummary(s.getId(), s.getMode().apiName(),
                s.getMode().name().equals("STABLE") ? "Stable" : "Améliorée par échanges", s.getRunAt(), s.getRunBy(),
                s.getParticipants(), s.getMoved(), s.getFirstWish(), s.getStayed(), s.getUnassigned(), s.getVacantSeats(),
                s.movedByWishRank(), s.getDurationMs(), s.getId().equals(publishedId));
    }

    /** Share of participants who moved, in percent. */
    public double movedShare() {
        return participants == 0 ? 0 : 100.0 * moved / participants;
    }

    /** The same, written the French way with one decimal: « 44,2 ». */
    public String movedShareText() {
        return String.format(java.util.Locale.FRANCE, "%.1f", movedShare());
    }
}
