package fr.academie.portail.career.boundary;

import fr.academie.portail.career.control.CareerProjection.Eligibility;
import fr.academie.portail.career.control.ProjectedStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An agent's career perspectives: where they stand, every next échelon at the normal and at the
 * accelerated pace, when they may be promoted, and what a promotion to the hors classe would give.
 * {@code problem} says in French why there is no projection (then the lists are empty).
 */
public record CareerOutlook(
        String login,
        String corps,
        String grade,
        Integer echelon,
        LocalDate since,
        String problem,
        List<ProjectedStep> normal,
        List<ProjectedStep> accelerated,
        Promotion horsClasse,
        List<ProjectedStep> afterHorsClassePromotion,
        Promotion classeExceptionnelle,
        BigDecimal pointValue,
        LocalDate pointValueSince,
        String gridSource) {

    /** When a promotion becomes possible; {@code status} SANS_OBJET, DEJA_PROMOUVABLE, A_VENIR or INCONNUE. */
    public record Promotion(String status, LocalDate from, LocalDate firstTable) {

        static Promotion of(Eligibility eligibility) {
            return new Promotion(eligibility.status().name(), eligibility.from().orElse(null),
                    eligibility.firstTable().orElse(null));
        }
    }

    public boolean projected() {
        return problem == null;
    }
}
