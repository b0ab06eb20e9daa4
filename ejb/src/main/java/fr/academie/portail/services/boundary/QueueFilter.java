package fr.academie.portail.services.boundary;

import fr.academie.portail.services.entity.RequestState;
import java.io.Serializable;
import java.util.Set;

/**
 * The filters of the assistance's and the DSI's queues. Nulls and empties filter nothing.
 * {@code text} is a request's reference (as quoted on the phone) or words of its subject.
 */
public record QueueFilter(Set<RequestState> states, String service, String establishment, Integer olderThanDays,
                          String text) implements Serializable {

    public static QueueFilter everything() {
        return new QueueFilter(Set.of(), null, null, null, null);
    }
}
