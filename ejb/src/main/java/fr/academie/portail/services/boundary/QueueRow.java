package fr.academie.portail.services.boundary;

import fr.academie.portail.services.control.SlaClock;
import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A line of a queue or of « mes demandes ». */
public record QueueRow(long id, String reference, RequestKind kind, String service, String serviceName,
                       String establishment, String uai, String requester, String subject, RequestState state,
                       Instant submittedAt, SlaClock.Status sla, String instanceUrl, LocalDate expiresOn)
        implements Serializable {

    public boolean overdue() {
        return sla == SlaClock.Status.EN_RETARD;
    }
}
