package fr.academie.portail.career.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The monthly gross value of the « point d'indice », dated. A future date takes the last known
 * value: the projection never guesses a rise the government has not decreed.
 */
public final class PointValues {

    private final NavigableMap<LocalDate, BigDecimal> monthlyValues;

    public PointValues(Map<LocalDate, BigDecimal> monthlyValues) {
        if (monthlyValues.isEmpty()) {
            throw new IllegalArgumentException("Aucune valeur du point d'indice");
        }
        this.monthlyValues = new TreeMap<>(monthlyValues);
    }

    /** The value in force on {@code date}; before the first known date, the first known value. */
    public BigDecimal at(LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> entry = monthlyValues.floorEntry(date);
        return (entry == null ? monthlyValues.firstEntry() : entry).getValue();
    }

    /** Gross monthly pay of {@code indiceMajore} on {@code date}, to the cent. */
    public BigDecimal grossMonthly(int indiceMajore, LocalDate date) {
        return at(date).multiply(BigDecimal.valueOf(indiceMajore)).setScale(2, RoundingMode.HALF_UP);
    }
}
