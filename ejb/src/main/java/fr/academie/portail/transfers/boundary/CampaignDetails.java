package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.control.BaremeRules;
import java.util.List;

/** A campaign for HR's page: its settings and counts, posts, simulations, what the next step needs. */
public record CampaignDetails(CampaignSummary campaign, BaremeRules rules, int participants, int confirmed, int pendingContestations,
        int vacancies, List<PostLine> posts, List<SimulationSummary> simulations, String nextPhase, String nextPhaseLabel,
        String nextRefusal) {
}
