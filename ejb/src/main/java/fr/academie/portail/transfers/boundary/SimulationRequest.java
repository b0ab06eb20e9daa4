package fr.academie.portail.transfers.boundary;

import java.util.List;

/** The body of {@code POST /api/v1/transfer-simulations}: a whole market, described by its caller. */
public record SimulationRequest(String mode, List<Post> posts, List<Participant> participants) {

    public record Post(String id, Integer vacancies) {
    }

    public record Participant(String id, String currentPost, Long tiebreak, List<Wish> wishes) {
    }

    public record Wish(String post, Double points) {
    }
}
