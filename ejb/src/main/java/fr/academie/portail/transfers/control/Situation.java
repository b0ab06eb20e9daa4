package fr.academie.portail.transfers.control;

import fr.academie.portail.career.control.Grade;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the barème is computed from: the dossier's grade, échelon and date of arrival in the post,
 * and what the agent declares (spouse's département of work, children under 18, years of separation,
 * recognised handicap, years in REP+ and REP schools).
 */
public record Situation(
        Grade grade,
        Integer echelon,
        LocalDate inPostSince,
        String spouseDepartement,
        int childrenUnder18,
        int separationYears,
        boolean handicap,
        int yearsInRepPlus,
        int yearsInRep) {

    /** Two digits, 2A/2B for Corsica, three digits overseas. */
    private static final Pattern DEPARTEMENT = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])");

    /** The declared part's problems by field, in French; empty when it can be used. */
    public Map<String, String> declarationProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (spouseDepartement != null && !DEPARTEMENT.matcher(spouseDepartement).matches()) {
            problems.put("spouseDepartement", "Indiquez le numéro du département où travaille votre conjoint (par exemple 75, 2A ou 974).");
        }
        if (childrenUnder18 < 0 || childrenUnder18 > 15) {
            problems.put("childrenUnder18", "Le nombre d'enfants de moins de 18 ans doit être compris entre 0 et 15.");
        }
        if (separationYears < 0 || separationYears > 20) {
            problems.put("separationYears", "Les années de séparation doivent être comprises entre 0 et 20.");
        } else if (separationYears > 0 && spouseDepartement == null) {
            problems.put("separationYears", "Les années de séparation ne comptent qu'avec un rapprochement de conjoint : indiquez le département de votre conjoint.");
        }
        if (yearsInRepPlus < 0 || yearsInRepPlus > 45) {
            problems.put("yearsInRepPlus", "Les années en REP+ doivent être comprises entre 0 et 45.");
        }
        if (yearsInRep < 0 || yearsInRep > 45) {
            problems.put("yearsInRep", "Les années en REP doivent être comprises entre 0 et 45.");
        }
        return problems;
    }
}
