package fr.academie.portail.transfers.boundary;

import java.time.Instant;

/**
 * A date the agent must not miss, for the home page: the end of a wish entry (with whether their
 * wishes are confirmed yet) or of the barème's contestation window.
 */
public record Deadline(long campaignId, String campaign, Kind kind, Instant until, boolean confirmed) {

    public enum Kind { VOEUX, BAREME }
}
