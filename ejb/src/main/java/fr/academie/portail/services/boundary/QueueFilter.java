package fr.academie.portail.services.boundary;

import fr.academie.portail.services.entity.RequestState;
import java.io.Serializable;
import java.util.Set;

/** The filters of the assistance's and the DSI's queues. Nulls and empties filter nothing. */
public record QueueFilter(Set<RequestState> states, String service, String establishment, Integer olderThanDays)
        implements Serializable {

    public static QueueFilter everything() {
        return new QueueFilter(Set.of(), null, null, null);
    }
}
