package fr.academie.portail.transfers.boundary;

import java.util.List;

/**
 * A participant who declared a handicap, with their wishes and which of them HR retained for the
 * priority after the medical advice.
 */
public record HandicapCase(long participantId, String agent, List<Wish> wishes) {

    public record Wish(int rank, String label, boolean accepted) {
    }
}
