package fr.academie.portail.directory.boundary;

import jakarta.ejb.ApplicationException;

/** The agent's edit of their entry is refused: the message says why, in French. */
@ApplicationException(rollback = true)
public class EntryRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EntryRejectedException(String message) {
        super(message);
    }
}
