package fr.academie.portail.services.boundary;

import fr.academie.portail.services.control.SlaClock;
import fr.academie.portail.services.entity.Actor;
import fr.academie.portail.services.entity.AttachmentDescription;
import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as the people allowed to see it read it, with the moves they can make on it now. */
public record RequestDetails(
        long id,
        String reference,
        RequestKind kind,
        String service,
        String serviceName,
        String uai,
        String establishment,
        String commune,
        String requesterLogin,
        String requesterName,
        Actor requestedAs,
        String subject,
        String details,
        List<Field> fields,
        RequestState state,
        Instant submittedAt,
        Instant takenAt,
        Instant installedAt,
        Instant endedAt,
        String instanceUrl,
        String accessDetails,
        LocalDate expiresOn,
        Sla sla,
        List<Event> events,
        List<Comment> comments,
        List<AttachmentDescription> attachments,
        List<String> transitions,
        long version) implements Serializable {

    /** A field of the request's form: its kind says how to show the value (a CHOICE's code has a label). */
    public record Field(String code, String label, String kind, String value) implements Serializable {
    }

    public record Event(Instant at, String actor, Actor as, String transition, RequestState from, RequestState to,
                        String note) implements Serializable {
    }

    public record Comment(Instant at, String author, Actor as, String text) implements Serializable {
    }

    /** The service-level clock: elapsed hours, targets, and the status of the running clock. */
    public record Sla(SlaClock.Status status, long takeChargeHours, Long installHours, int takeChargeTargetHours,
                      int installTargetDays, boolean takeChargeMet, boolean installMet) implements Serializable {
    }
}
