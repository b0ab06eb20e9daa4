package fr.academie.portail.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as the académie reads them: its own clock (Paris), French day-month order. */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A value of a record as a page shows it: dates the French way, the rest as it is. */
    public String value(Object value) {
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof Instant instant) {
            return dateTime(instant);
        }
        return value == null ? "" : value.toString();
    }

    /** An amount in euros, the French way: « 2 929,05 € ». */
    /** Barème points as the French write them: « 150,2 », « 42 ». */
    public String points(java.math.BigDecimal points) {
        return points == null ? "—" : points.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String euros(java.math.BigDecimal amount) {
        return amount == null ? "" : java.text.NumberFormat.getCurrencyInstance(java.util.Locale.FRANCE).format(amount);
    }

    /** A file's size: « 12 Ko », « 3,4 Mo ». */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " Ko";
        }
        return String.format(java.util.Locale.FRENCH, "%.1f Mo", bytes / (1024.0 * 1024));
    }

    /** A duration in hours as people say it: « 5 h », « 3 j 4 h ». */
    public String hours(Long hours) {
        if (hours == null) {
            return "";
        }
        return hours < 24 ? hours + " h" : (hours / 24) + " j " + (hours % 24) + " h";
    }
}
