package fr.academie.portail.services.control;

import java.time.Instant;
import java.time.ZoneId;

/** The reference people quote on the phone: « DM-2026-000042 » (the year of submission, the number). */
public final class RequestReference {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private RequestReference() {
    }

    public static String of(long id, Instant submittedAt) {
        return "DM-%d-%06d".formatted(submittedAt.atZone(PARIS).getYear(), id);
    }
}
