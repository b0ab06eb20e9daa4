package fr.academie.portail.transfers.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** The answer of a simulation: each participant's outcome, each post's barre, the counts. */
public record SimulationResponse(List<Line> assignments, List<Threshold> thresholds, Stats stats) {

    @JsonbNillable
    public record Line(String participant, String post, Integer wishRank, String outcome) {
    }

    @JsonbNillable
    public record Threshold(String post, Double lowestAdmittedPoints) {
    }

    public record Stats(int participants, int moved, int firstWish, int unassigned, int stayed) {
    }
}
