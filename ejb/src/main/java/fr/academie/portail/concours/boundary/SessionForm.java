package fr.academie.portail.concours.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A session as HR opens it. {@code corps} empty: any member of staff; {@code minDiplomaLevel}
 * null: no diploma asked; sections with their options.
 */
public record SessionForm(String name, Integer year, Instant registrationFrom, Instant registrationTo, Set<String> corps,
        Integer minYears, Integer minDiplomaLevel, Set<String> diplomaWaivedFor, List<SectionForm> sections) {

    /** A section: its code, its label, its options (none when the section has no choice to make). */
    public record SectionForm(String code, String label, List<String> options) {
    }
}
