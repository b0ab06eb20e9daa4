package fr.academie.portail.services.boundary;

import java.util.Map;

/**
 * What a school sends: a service's code and the values of its form, or no service for a
 * suggestion; a subject and free details in both cases.
 */
public record NewRequest(String service, String subject, String details, Map<String, String> fields) {
}
