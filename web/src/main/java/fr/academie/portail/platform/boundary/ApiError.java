package fr.academie.portail.platform.boundary;

/** The body of every error of the REST API: the HTTP status and a French message. */
public record ApiError(int status, String message) {
}
