package fr.academie.portail.promotions.control;

import fr.academie.portail.career.control.CorpsRule;
import fr.academie.portail.career.control.Grade;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Who is promouvable at a campaign's reference date, from the corps' rule (career capability):
 * to the hors classe after {@code horsClasseMonths} in échelon {@code horsClasseEchelon} of the
 * classe normale, or any higher échelon; to the classe exceptionnelle from échelon
 * {@code exceptionnelleEchelon} of the hors classe. When someone is not, the reason says why in
 * French, and when they will be where the dossier tells it.
 */
public final class Eligibility {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Eligibility() {
    }

    /** Empty when the agent is promouvable; else the reason, addressed to the agent. */
    public static Optional<String> refusal(PromotionType type, CorpsRule rule, Grade grade, Integer echelon, LocalDate echelonSince,
            LocalDate referenceDate) {
        if (rule == null) {
            return Optional.of("Le portail ne connaît pas les règles de promotion de votre corps : adressez-vous à votre gestionnaire.");
        }
        if (grade == null || echelon == null) {
            return Optional.of("Votre grade ou votre échelon manque dans votre dossier : signalez-le à votre gestionnaire.");
        }
        if (grade.ordinal() > type.from().ordinal()) {
            return Optional.of("Vous êtes déjà " + (grade == Grade.HORS_CLASSE ? "à la hors classe." : "à la classe exceptionnelle."));
        }
        String at = " au " + DAY.format(referenceDate);
        return switch (type) {
            case HORS_CLASSE -> {
                if (echelon > rule.horsClasseEchelon()) {
                    yield Optional.empty();
                }
                String needed = "La hors classe est ouverte après " + duration(rule.horsClasseMonths()) + " dans le "
                        + ordinal(rule.horsClasseEchelon()) + " échelon de la classe normale" + at;
                if (echelon < rule.horsClasseEchelon()) {
                    yield Optional.of(needed + " ; vous êtes au " + ordinal(echelon) + " échelon.");
                }
                if (echelonSince == null) {
                    yield Optional.of(needed + " ; la date de votre passage au " + ordinal(echelon)
                            + " échelon manque dans votre dossier : signalez-le à votre gestionnaire.");
                }
                LocalDate eligibleFrom = echelonSince.plusMonths(rule.horsClasseMonths());
                yield eligibleFrom.isAfter(referenceDate)
                        ? Optional.of(needed + " ; vous y êtes depuis le " + DAY.format(echelonSince) + " : vous remplirez la condition le "
                                + DAY.format(eligibleFrom) + ".")
                        : Optional.empty();
            }
            case CLASSE_EXCEPTIONNELLE -> {
                if (rule.exceptionnelleEchelon() == null) {
                    yield Optional.of("Le portail ne connaît pas l'échelon d'accès à la classe exceptionnelle de votre corps.");
                }
                String needed = "La classe exceptionnelle est ouverte à partir du " + ordinal(rule.exceptionnelleEchelon())
                        + " échelon de la hors classe" + at;
                if (grade == Grade.CLASSE_NORMALE) {
                    yield Optional.of(needed + " ; vous êtes à la classe normale.");
                }
                yield echelon < rule.exceptionnelleEchelon()
                        ? Optional.of(needed + " ; vous êtes au " + ordinal(echelon) + " échelon de la hors classe.")
                        : Optional.empty();
            }
        };
    }

    static String ordinal(int n) {
        return n == 1 ? "1er" : n + "e";
    }

    private static String duration(int months) {
        return months % 12 == 0 ? (months / 12) + (months == 12 ? " an" : " ans") : months + " mois";
    }
}
