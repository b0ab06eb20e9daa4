package fr.academie.portail.services.control;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A school year written « 2026-2027 ». It ends on 31 August of its second year: what is opened
 * for a school year (a Cybercarnet) closes then.
 */
public record SchoolYear(int firstYear) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{4})");

    public static Optional<SchoolYear> parse(String text) {
        var matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int second = Integer.parseInt(matcher.group(2));
        return second == first + 1 ? Optional.of(new SchoolYear(first)) : Optional.empty();
    }

    /** The school year under way on {@code day} (it turns on 1 September). */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate end() {
        return LocalDate.of(firstYear + 1, 8, 31);
    }

    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
