package fr.academie.portail.transfers.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The barème's values, which HR may edit until the campaign opens. Defaults: the national values of
 * the 2024-2025 campaigns (note de service « mobilité des personnels du second degré », as relayed
 * by the unions' guides; see docs/domain-notes.md).
 */
public record BaremeRules(
        BigDecimal pointsPerEchelon,
        BigDecimal echelonMinimum,
        BigDecimal horsClasseBase,
        BigDecimal exceptionnelleBase,
        BigDecimal exceptionnelleCap,
        BigDecimal seniorityPerYear,
        BigDecimal seniorityPerFourYears,
        BigDecimal spouse,
        BigDecimal perChild,
        BigDecimal separationOneYear,
        BigDecimal separationTwoYears,
        BigDecimal separationThreeYears,
        BigDecimal separationFourYears,
        BigDecimal repPlus,
        BigDecimal rep,
        int educationPrioritaireYears,
        BigDecimal handicap,
        BigDecimal handicapAccepted) {

    public static BaremeRules national2025() {
        return new BaremeRules(bd("7"), bd("14"), bd("56"), bd("77"), bd("98"), bd("20"), bd("50"), bd("150.2"), bd("100"),
                bd("190"), bd("325"), bd("475"), bd("600"), bd("400"), bd("200"), 5, bd("100"), bd("1000"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    /** Each value missing or below zero, by field, in French. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "pointsPerEchelon", pointsPerEchelon, "points par échelon");
        check(problems, "echelonMinimum", echelonMinimum, "minimum au titre de l'échelon");
        check(problems, "horsClasseBase", horsClasseBase, "base de la hors classe");
        check(problems, "exceptionnelleBase", exceptionnelleBase, "base de la classe exceptionnelle");
        check(problems, "exceptionnelleCap", exceptionnelleCap, "plafond de la classe exceptionnelle");
        check(problems, "seniorityPerYear", seniorityPerYear, "points par année dans le poste");
        check(problems, "seniorityPerFourYears", seniorityPerFourYears, "points par tranche de 4 ans dans le poste");
        check(problems, "spouse", spouse, "rapprochement de conjoint");
        check(problems, "perChild", perChild, "points par enfant");
        check(problems, "separationOneYear", separationOneYear, "séparation d'un an");
        check(problems, "separationTwoYears", separationTwoYears, "séparation de deux ans");
        check(problems, "separationThreeYears", separationThreeYears, "séparation de trois ans");
        check(problems, "separationFourYears", separationFourYears, "séparation de quatre ans et plus");
        check(problems, "repPlus", repPlus, "REP+");
        check(problems, "rep", rep, "REP");
        check(problems, "handicap", handicap, "handicap");
        check(problems, "handicapAccepted", handicapAccepted, "handicap après avis médical");
        if (educationPrioritaireYears < 1 || educationPrioritaireYears > 10) {
            problems.put("educationPrioritaireYears", "La durée d'exercice en éducation prioritaire doit être comprise entre 1 et 10 ans.");
        }
        return problems;
    }

    private static void check(Map<String, String> problems, String field, BigDecimal value, String label) {
        if (value == null) {
            problems.put(field, "Indiquez la valeur « " + label + " ».");
        } else if (value.signum() < 0) {
            problems.put(field, "La valeur « " + label + " » ne peut pas être négative.");
        } else if (value.compareTo(new BigDecimal("10000")) > 0) {
            problems.put(field, "La valeur « " + label + " » dépasse 10 000 points.");
        }
    }
}
