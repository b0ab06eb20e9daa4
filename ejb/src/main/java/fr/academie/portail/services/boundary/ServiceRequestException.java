package fr.academie.portail.services.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Map;

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
    private final Map<String, String> fieldMessages;

    public ServiceRequestException(Reason reason, List<String> messages) {
        this(reason, messages, Map.of());
    }

    /** With, for a form, the message of each field at fault (by the field's code), so a page can mark it. */
    public ServiceRequestException(Reason reason, List<String> messages, Map<String, String> fieldMessages) {
        super(String.join(" ", messages));
        this.reason = reason;
        this.messages = List.copyOf(messages);
        this.fieldMessages = Map.copyOf(fieldMessages);
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

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
