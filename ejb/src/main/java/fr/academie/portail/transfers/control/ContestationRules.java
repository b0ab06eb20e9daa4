package fr.academie.portail.transfers.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a contestation and HR's answer to it must say. */
public final class ContestationRules {

    private ContestationRules() {
    }

    public static Map<String, String> contestProblems(String elementCode, String comment, boolean elementExists) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (elementCode == null || !elementExists) {
            problems.put("element", "Choisissez l'élément du barème que vous contestez.");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() < 10) {
            problems.put("comment", "Expliquez en quelques mots (10 caractères au moins) ce qui vous paraît inexact.");
        } else if (text.length() > 1000) {
            problems.put("comment", "Votre explication dépasse 1 000 caractères.");
        }
        return problems;
    }

    public static Map<String, String> answerProblems(boolean accepted, BigDecimal correctedPoints, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (accepted) {
            if (correctedPoints == null) {
                problems.put("points", "Indiquez la valeur corrigée de l'élément.");
            } else if (correctedPoints.signum() < 0 || correctedPoints.compareTo(new BigDecimal("10000")) > 0) {
                problems.put("points", "La valeur corrigée doit être comprise entre 0 et 10 000 points.");
            } else if (correctedPoints.scale() > 2) {
                problems.put("points", "La valeur corrigée a au plus deux décimales.");
            }
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 10) {
            problems.put("reason", accepted ? "Indiquez en quelques mots (10 caractères au moins) ce qui a été corrigé."
                    : "Indiquez à l'agent la raison du refus (10 caractères au moins).");
        } else if (text.length() > 500) {
            problems.put("reason", "La réponse dépasse 500 caractères.");
        }
        return problems;
    }
}
