package fr.academie.portail.services.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference people quote on the phone: « DM-2026-000042 » (the year of submission, the number). */
public final class RequestReference {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private RequestReference() {
    }

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\s*DM-\\d{4}-(\\d{1,12})\\s*");

    public static String of(long id, Instant submittedAt) {
        return "DM-%d-%06d".formatted(submittedAt.atZone(PARIS).getYear(), id);
    }

    /** The request's number in a reference someone typed (« dm-2026-000042 »), if it is one. */
    public static Optional<Long> idOf(String text) {
        Matcher matcher = REFERENCE.matcher(text == null ? "" : text);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
