package fr.academie.portail.concours.boundary;

import fr.academie.portail.concours.entity.ConcoursSession;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A concours session as pages and the API show it; for an agent, whether they may register and
 * why not, and their registration.
 */
public record SessionView(long id, String name, int year, Instant registrationFrom, Instant registrationTo, boolean open,
        Set<String> corps, int minYears, Integer minDiplomaLevel, List<Section> sections, long registrations, List<String> refusals,
        Registration mine) {

    /** A section and its options. */
    public record Section(long id, String code, String label, List<String> options) {
    }

    /** An agent's registration; {@code version} is sent back with a change, so that a stale page cannot overwrite it. */
    public record Registration(long id, String status, long sectionId, String section, String option, Instant registeredAt,
            Instant updatedAt, Instant withdrawnAt, long version) {
    }

    static SessionView of(ConcoursSession s, Instant now, long registrations, List<String> refusals, Registration mine) {
        return new SessionView(s.getId(), s.getName(), s.getYear(), s.getRegistrationFrom(), s.getRegistrationTo(), s.open(now),
                s.getCorps(), s.getMinYears(), s.getMinDiplomaLevel(),
                s.getSections().stream().map(c -> new Section(c.getId(), c.getCode(), c.getLabel(), c.getOptions())).toList(),
                registrations, refusals, mine);
    }
}
