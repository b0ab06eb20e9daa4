package fr.academie.portail.transfers.control;

import java.time.LocalDate;
import java.util.List;

/**
 * When an agent arrived in their current post, read from their dossier's history: the date of the
 * first version, back from the latest, that already had the current establishment. When even the
 * dossier's first version had it, the history says nothing earlier and the date of entry in the
 * Éducation nationale stands in (the agent may contest it during the barème's display).
 */
public final class InPostSince {

    /** One version of the dossier: when it was recorded and the establishment it had. */
    public record Version(LocalDate recorded, Long establishmentId) {
    }

    private InPostSince() {
    }

    /** @param versions oldest first */
    public static LocalDate of(List<Version> versions, Long currentEstablishment, LocalDate dateEntree) {
        int first = versions.size();
        while (first > 0 && currentEstablishment != null && currentEstablishment.equals(versions.get(first - 1).establishmentId())) {
            first--;
        }
        if (first == 0) {
            return dateEntree;
        }
        return first < versions.size() ? versions.get(first).recorded() : null;
    }
}
