package fr.academie.portail.messages.boundary;

import jakarta.ejb.ApplicationException;

/** A message that cannot be sent as it is, or that is not the caller's: the message says why, in French. */
@ApplicationException(rollback = true)
public class MessageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean notFound;

    public MessageRejectedException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    public boolean notFound() {
        return notFound;
    }
}
