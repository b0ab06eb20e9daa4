package fr.academie.portail.transfers.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.transfers.control.Assignment;
import fr.academie.portail.transfers.control.AssignmentMode;
import fr.academie.portail.transfers.control.InvalidMarketException;
import fr.academie.portail.transfers.control.Market;
import fr.academie.portail.transfers.control.TransferAssignments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the assignment on a market its caller describes, for HR's tools and for audits: nothing is
 * read from or written to the database. A market that makes no sense is refused with the French
 * message naming the participant or post at fault.
 */
@Stateless
@RolesAllowed(Role.Names.GESTIONNAIRE_RH)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TransferSimulator {

    public SimulationResponse simulate(SimulationRequest request) {
        try {
            return run(request);
        } catch (InvalidMarketException e) {
            throw TransferRejectedException.of("marche", e.getMessage());
        }
    }

    private static SimulationResponse run(SimulationRequest request) {
        if (request == null) {
            throw new InvalidMarketException("Le corps de la requête est vide : envoyez le mode, les postes et les participants.");
        }
        AssignmentMode mode = AssignmentMode.parse(request.mode());
        Market.Builder builder = Market.builder();
        List<SimulationRequest.Post> posts = request.posts() == null ? List.of() : request.posts();
        for (int p = 0; p < posts.size(); p++) {
            SimulationRequest.Post post = posts.get(p);
            if (post == null || post.vacancies() == null) {
                throw new InvalidMarketException("Poste n° " + (p + 1) + (post == null || post.id() == null ? "" : " « " + post.id() + " »")
                        + " : indiquez son nombre de postes vacants (vacancies).");
            }
            builder.post(post.id(), post.vacancies());
        }
        List<SimulationRequest.Participant> participants = request.participants() == null ? List.of() : request.participants();
        for (int i = 0; i < participants.size(); i++) {
            SimulationRequest.Participant participant = participants.get(i);
            if (participant == null) {
                throw new InvalidMarketException("Participant n° " + (i + 1) + " : il est vide.");
            }
            String name = participant.id() == null ? "n° " + (i + 1) : "« " + participant.id() + " »";
            if (participant.tiebreak() == null) {
                throw new InvalidMarketException("Participant " + name + " : indiquez son rang de départage (tiebreak).");
            }
            List<Market.Wish> wishes = new ArrayList<>();
            List<SimulationRequest.Wish> given = participant.wishes() == null ? List.of() : participant.wishes();
            for (int k = 0; k < given.size(); k++) {
                SimulationRequest.Wish wish = given.get(k);
                if (wish == null || wish.points() == null) {
                    throw new InvalidMarketException("Participant " + name + " : le barème du vœu n° " + (k + 1) + " manque (points).");
                }
                wishes.add(new Market.Wish(wish.post(), wish.points()));
            }
            builder.participant(participant.id(), participant.currentPost(), participant.tiebreak(), wishes);
        }
        Market market = builder.build();
        Assignment assignment = TransferAssignments.assign(market, mode);

        List<SimulationResponse.Line> lines = new ArrayList<>(market.participants());
        for (int i = 0; i < market.participants(); i++) {
            int post = assignment.post(i);
            int rank = assignment.wishRank(i);
            lines.add(new SimulationResponse.Line(market.participantId(i), post < 0 ? null : market.postId(post), rank == 0 ? null : rank,
                    assignment.outcome(i).name()));
        }
        double[] lowest = assignment.thresholds();
        List<SimulationResponse.Threshold> thresholds = new ArrayList<>(market.posts());
        for (int p = 0; p < market.posts(); p++) {
            thresholds.add(new SimulationResponse.Threshold(market.postId(p), Double.isNaN(lowest[p]) ? null : lowest[p]));
        }
        Assignment.Stats stats = assignment.stats();
        return new SimulationResponse(lines, thresholds,
                new SimulationResponse.Stats(stats.participants(), stats.moved(), stats.firstWish(), stats.unassigned(), stats.stayed()));
    }
}
