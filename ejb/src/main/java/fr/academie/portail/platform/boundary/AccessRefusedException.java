package fr.academie.portail.platform.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * The services refuse the caller something that is not theirs (another agent's dossier, an
 * establishment that is not the head's). An application exception, so that the container hands it
 * to the caller as it is — a refusal the web layer answers with 403 and audits — instead of logging
 * it as a failed invocation with its stack trace; still an {@link EJBAccessException}, as the
 * container's own role refusals are, so that one handler answers both.
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
