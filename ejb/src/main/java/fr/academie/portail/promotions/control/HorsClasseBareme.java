package fr.academie.portail.promotions.control;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

/**
 * The hors classe barème: the recteur's appreciation plus points for the seniority in the plage
 * d'appel (échelon and full years in it at the reference date), as the lignes directrices de gestion
 * ministérielles publish them (BO spécial n° 3 du 7 décembre 2023; sources in docs/promotions.md).
 */
public final class HorsClasseBareme {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Points in the 11th échelon by full years in it: 0 to 8, then 160 from 9 years on. */
    private static final int[] ELEVENTH = {60, 70, 80, 100, 110, 120, 130, 140, 150};

    private HorsClasseBareme() {
    }

    /** Seniority points for the échelon of the classe normale and the full years spent in it. */
    public static int seniorityPoints(int echelon, int yearsInEchelon) {
        int years = Math.max(0, yearsInEchelon);
        return switch (echelon) {
            case 9 -> years >= 3 ? 10 : 0;
            case 10 -> 20 + 10 * Math.min(years, 3);
            case 11 -> years < ELEVENTH.length ? ELEVENTH[years] : 160;
            default -> 0;
        };
    }

    /** Full years in the échelon at the reference date (0 when the date is unknown). */
    public static int yearsInEchelon(LocalDate echelonSince, LocalDate referenceDate) {
        if (echelonSince == null || echelonSince.isAfter(referenceDate)) {
            return 0;
        }
        return Period.between(echelonSince, referenceDate).getYears();
    }

    /** The barème: the appreciation's points (none while it is not given) plus the seniority points. */
    public static int points(Appreciation appreciation, int echelon, int yearsInEchelon) {
        return (appreciation == null ? 0 : appreciation.points()) + seniorityPoints(echelon, yearsInEchelon);
    }

    /** The seniority part alone, for the agent before publication: the appreciation is told with the table. */
    public static String seniorityExplanation(int echelon, LocalDate echelonSince, LocalDate referenceDate) {
        int years = yearsInEchelon(echelonSince, referenceDate);
        return "Appréciation du recteur : communiquée à la publication du tableau ; " + Eligibility.ordinal(echelon) + " échelon, " + years
                + " an(s) révolu(s) au " + DAY.format(referenceDate) + " : " + seniorityPoints(echelon, years) + " points d'ancienneté.";
    }

    /** The barème written out for the agent. */
    public static String explanation(Appreciation appreciation, int echelon, LocalDate echelonSince, LocalDate referenceDate) {
        int years = yearsInEchelon(echelonSince, referenceDate);
        int seniority = seniorityPoints(echelon, years);
        String first = appreciation == null ? "Appréciation du recteur pas encore donnée : 0 point"
                : "Appréciation du recteur « " + appreciation.label() + " » : " + appreciation.points() + " points";
        return first + " ; " + Eligibility.ordinal(echelon) + " échelon, " + years + " an(s) révolu(s) au " + DAY.format(referenceDate)
                + " : " + seniority + " points ; total " + points(appreciation, echelon, years) + " points.";
    }
}
