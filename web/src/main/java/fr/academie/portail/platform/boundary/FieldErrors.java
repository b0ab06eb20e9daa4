package fr.academie.portail.platform.boundary;

import java.util.Map;

/** A refused input in the API: 400, the French message, and each problem keyed by its field. */
public record FieldErrors(int status, String message, Map<String, String> fields) {
}
