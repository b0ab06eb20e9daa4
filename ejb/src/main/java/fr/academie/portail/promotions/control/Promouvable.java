package fr.academie.portail.promotions.control;

import fr.academie.portail.career.control.Grade;
import java.time.LocalDate;

/**
 * An agent's facts at the campaign's reference date, as the dossier gives them: what eligibility,
 * the barème and the ties look at.
 *
 * @param corpsSince the date the agent entered the corps (the dossier's « date d'entrée »)
 * @param gradeSince the date the agent reached the grade they hold
 */
public record Promouvable(long agentId, String name, Sex sex, LocalDate birthDate, LocalDate corpsSince, LocalDate gradeSince,
        Grade grade, Integer echelon, LocalDate echelonSince) {
}
