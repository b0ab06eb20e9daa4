package fr.academie.portail.transfers.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's windows as HR sets them, and what the server's clock allows in each. Times are
 * instants; messages show them in Paris time.
 */
public record CampaignSchedule(Instant wishesOpenAt, Instant wishesCloseAt, Instant baremeDisplayFrom, Instant baremeDisplayTo,
        LocalDate referenceDate) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Europe/Paris"));

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (wishesOpenAt == null) {
            problems.put("wishesOpenAt", "Indiquez l'ouverture de la saisie des vœux.");
        }
        if (wishesCloseAt == null) {
            problems.put("wishesCloseAt", "Indiquez la fermeture de la saisie des vœux.");
        }
        if (baremeDisplayFrom == null) {
            problems.put("baremeDisplayFrom", "Indiquez le début de l'affichage du barème.");
        }
        if (baremeDisplayTo == null) {
            problems.put("baremeDisplayTo", "Indiquez la fin de l'affichage du barème.");
        }
        if (referenceDate == null) {
            problems.put("referenceDate", "Indiquez la date à laquelle l'ancienneté est comptée.");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!wishesCloseAt.isAfter(wishesOpenAt)) {
            problems.put("wishesCloseAt", "La saisie des vœux doit fermer après son ouverture.");
        }
        if (baremeDisplayFrom.isBefore(wishesCloseAt)) {
            problems.put("baremeDisplayFrom", "L'affichage du barème commence après la fermeture de la saisie des vœux.");
        }
        if (!baremeDisplayTo.isAfter(baremeDisplayFrom)) {
            problems.put("baremeDisplayTo", "L'affichage du barème doit finir après avoir commencé.");
        }
        return problems;
    }

    /** Why an agent may not change their wishes now, or empty when they may. */
    public Optional<String> wishEntryRefusal(CampaignPhase phase, Instant now) {
        if (phase == CampaignPhase.DRAFT || now.isBefore(wishesOpenAt)) {
            return Optional.of("La saisie des vœux ouvrira le " + SHOWN.format(wishesOpenAt) + ".");
        }
        if (phase != CampaignPhase.OPEN || !now.isBefore(wishesCloseAt)) {
            return Optional.of("La saisie des vœux est fermée depuis le " + SHOWN.format(wishesCloseAt) + ".");
        }
        return Optional.empty();
    }

    /** Why an agent may not contest their barème now, or empty when they may. */
    public Optional<String> contestationRefusal(CampaignPhase phase, Instant now) {
        if (phase.ordinal() < CampaignPhase.BAREME_DISPLAY.ordinal() || now.isBefore(baremeDisplayFrom)) {
            return Optional.of("Le barème pourra être contesté à partir du " + SHOWN.format(baremeDisplayFrom) + ".");
        }
        if (phase != CampaignPhase.BAREME_DISPLAY || !now.isBefore(baremeDisplayTo)) {
            return Optional.of("Le barème ne peut plus être contesté depuis le " + SHOWN.format(baremeDisplayTo) + ".");
        }
        return Optional.empty();
    }

    /**
     * Why HR may not move the campaign from a phase to the next now, or empty when it may.
     * Opening needs posts; closing waits for the end of the wish window; the barème becomes final
     * once its display window has ended and every contestation has an answer.
     */
    public Optional<String> transitionRefusal(CampaignPhase from, CampaignPhase to, Instant now, int posts, int pendingContestations) {
        boolean next = to.ordinal() == from.ordinal() + 1 || (from == CampaignPhase.SIMULATED && to == CampaignPhase.SIMULATED);
        if (!next) {
            return Optional.of("La campagne est à l'étape « " + from.label() + " » : elle ne peut pas passer à « " + to.label() + " ».");
        }
        return switch (to) {
            case OPEN -> posts == 0 ? Optional.of("Ajoutez les postes offerts avant d'ouvrir la campagne.") : Optional.empty();
            case CLOSED -> now.isBefore(wishesCloseAt)
                    ? Optional.of("La saisie des vœux est ouverte jusqu'au " + SHOWN.format(wishesCloseAt) + " : la campagne ne peut pas être close avant.")
                    : Optional.empty();
            case BAREME_DISPLAY -> Optional.empty();
            case BAREME_FINAL -> {
                if (now.isBefore(baremeDisplayTo)) {
                    yield Optional.of("Le barème est affiché et contestable jusqu'au " + SHOWN.format(baremeDisplayTo) + ".");
                }
                yield pendingContestations > 0
                        ? Optional.of(pendingContestations + " contestation(s) attendent une réponse.")
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    public static String shown(Instant instant) {
        return SHOWN.format(instant);
    }
}
