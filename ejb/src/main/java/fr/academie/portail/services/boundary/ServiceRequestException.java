package fr.academie.portail.services.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request refused, with why in French: bad input, not allowed, not found, or in conflict with
 * the request's current state. The work around it is rolled back.
 */
@ApplicationException(rollback = true)
public class ServiceRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Reason reason;
    private final List<String> messages;

    public ServiceRequestException(Reason reason, List<String> messages) {
        super(String.join(" ", messages));
        this.reason = reason;
        this.messages = List.copyOf(messages);
    }

    public ServiceRequestException(Reason reason, String message) {
        this(reason, List.of(message));
    }

    public Reason reason() {
        return reason;
    }

    public List<String> messages() {
        return messages;
    }
}
