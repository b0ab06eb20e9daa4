package fr.academie.portail.home.boundary;

import jakarta.ejb.ApplicationException;

/** A tile the DSI cannot save as it is: the message says why, in French. */
@ApplicationException(rollback = true)
public class TileRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TileRejectedException(String message) {
        super(message);
    }
}
