package fr.academie.portail.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/** The run cannot be resumed: it ended well, or another execution of it is newer or still running. */
@ApplicationException(rollback = false)
public class RunNotRestartableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunNotRestartableException(long run) {
        super("Import " + run + " : reprise impossible");
    }
}
