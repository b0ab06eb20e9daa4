package fr.academie.portail.transfers.boundary;

import jakarta.ejb.ApplicationException;

/** Someone saved the same candidature or campaign in the meantime: nothing was overwritten. */
@ApplicationException(rollback = true)
public class TransferConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransferConflictException(String message) {
        super(message);
    }
}
