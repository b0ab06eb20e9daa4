package fr.academie.portail.concours.control;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may register for an internal concours session, from the dossier and the CV: the corps they
 * belong to (any when none is named), their years of public service at the session's date (from
 * the dossier's date of entry), and the level of their highest diploma (national framework, 6 =
 * licence, 7 = master), which some corps are exempted from.
 *
 * @param corps the corps whose members may register; empty: any member of staff
 * @param minYears the years of public service required
 * @param minDiplomaLevel the diploma level required; {@code null} when none is
 * @param diplomaWaivedFor corps whose members need no diploma
 */
public record ConcoursConditions(Set<String> corps, int minYears, Integer minDiplomaLevel, Set<String> diplomaWaivedFor) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public ConcoursConditions {
        corps = tidy(corps);
        diplomaWaivedFor = tidy(diplomaWaivedFor);
    }

    /** Every condition the agent does not meet, in French; empty when they may register. */
    public List<String> refusals(String agentCorps, LocalDate enteredService, Integer highestDiploma, LocalDate on) {
        List<String> refusals = new ArrayList<>();
        String mine = agentCorps == null ? "" : agentCorps.strip().toLowerCase(Locale.ROOT);
        if (!corps.isEmpty() && !lower(corps).contains(mine)) {
            refusals.add("Ce concours est ouvert aux corps suivants : " + String.join(", ", corps) + " ; votre dossier indique « "
                    + (agentCorps == null ? "aucun corps" : agentCorps) + " ».");
        }
        if (minYears > 0) {
            int years = enteredService == null || enteredService.isAfter(on) ? 0 : Period.between(enteredService, on).getYears();
            if (enteredService == null) {
                refusals.add("Votre date d'entrée dans la fonction publique manque dans votre dossier : l'ancienneté de services "
                        + "demandée est de " + years(minYears) + ".");
            } else if (years < minYears) {
                refusals.add("Ancienneté de services publics demandée au " + DAY.format(on) + " : " + years(minYears) + " ; vous en comptez "
                        + years + " (entrée le " + DAY.format(enteredService) + ").");
            }
        }
        if (minDiplomaLevel != null && !lower(diplomaWaivedFor).contains(mine) && (highestDiploma == null || highestDiploma < minDiplomaLevel)) {
            refusals.add("Un diplôme de niveau " + minDiplomaLevel + " (" + levelName(minDiplomaLevel) + ") est demandé ; "
                    + (highestDiploma == null ? "votre CV n'indique aucun diplôme : complétez-le." : "votre CV indique au plus le niveau "
                            + highestDiploma + " (" + levelName(highestDiploma) + ")."));
        }
        return refusals;
    }

    static String levelName(int level) {
        return switch (level) {
            case 3 -> "CAP";
            case 4 -> "baccalauréat";
            case 5 -> "bac + 2";
            case 6 -> "licence";
            case 7 -> "master";
            case 8 -> "doctorat";
            default -> "niveau " + level;
        };
    }

    private static String years(int n) {
        return n + (n > 1 ? " ans" : " an");
    }

    /** The names as given, in their order, without blanks. */
    private static Set<String> tidy(Set<String> values) {
        Set<String> kept = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(kept::add);
        }
        return Collections.unmodifiableSet(kept);
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
