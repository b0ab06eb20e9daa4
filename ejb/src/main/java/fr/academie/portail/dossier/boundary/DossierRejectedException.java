package fr.academie.portail.dossier.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A correction of a dossier that cannot be saved: what is wrong, field by field, in French. */
@ApplicationException(rollback = true)
public class DossierRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public DossierRejectedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    /** Field → French message. */
    public Map<String, String> problems() {
        return problems;
    }
}
