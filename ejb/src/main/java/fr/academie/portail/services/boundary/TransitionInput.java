package fr.academie.portail.services.boundary;

/**
 * A move on a request: its name ({@code control.Transition}), a comment (the reason, the question,
 * the answer), the instance's address and access details when the DSI declares it installed, and
 * the version of the request the person was looking at (optional: a stale page is told so).
 */
public record TransitionInput(String transition, String comment, String instanceUrl, String accessDetails,
                              Long expectedVersion) {
}
