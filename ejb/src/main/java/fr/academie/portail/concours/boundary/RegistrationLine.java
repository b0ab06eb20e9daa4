package fr.academie.portail.concours.boundary;

import java.time.Instant;

/** A registration as HR lists and exports them. */
public record RegistrationLine(long id, String login, String name, String corps, String establishment, String uai, String section,
        String option, String status, Instant registeredAt, Instant updatedAt) {
}
