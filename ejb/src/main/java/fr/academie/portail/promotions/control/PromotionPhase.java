package fr.academie.portail.promotions.control;

import java.util.List;
import java.util.Optional;

/**
 * A promotion campaign's life: HR prepares it and draws up the promouvables, opens the time of
 * opinions and appreciations, validates the ranked table once nothing is missing, and publishes it.
 * A validated table may be reopened before publication.
 */
public enum PromotionPhase {
    DRAFT("En préparation"),
    OPINIONS("Avis et appréciations"),
    VALIDATED("Tableau validé"),
    PUBLISHED("Publié");

    private final String label;

    PromotionPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Why the campaign may not move to {@code next} now; empty when it may. */
    public Optional<String> refusal(PromotionPhase next, List<String> tableProblems) {
        boolean allowed = switch (this) {
            case DRAFT -> next == OPINIONS;
            case OPINIONS -> next == VALIDATED;
            case VALIDATED -> next == OPINIONS || next == PUBLISHED;
            case PUBLISHED -> false;
        };
        if (!allowed) {
            return Optional.of("La campagne est à l'étape « " + label + " » : elle ne peut pas passer à l'étape « " + next.label + " ».");
        }
        if (next == VALIDATED && !tableProblems.isEmpty()) {
            return Optional.of("Le tableau ne peut pas être validé : " + String.join(" ", tableProblems));
        }
        return Optional.empty();
    }
}
