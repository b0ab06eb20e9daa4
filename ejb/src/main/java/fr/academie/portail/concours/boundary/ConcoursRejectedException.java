package fr.academie.portail.concours.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A concours request that cannot be carried out: what is wrong, field by field, in French. */
@ApplicationException(rollback = true)
public class ConcoursRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public ConcoursRejectedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public static ConcoursRejectedException of(String field, String message) {
        return new ConcoursRejectedException(Map.of(field, message));
    }

    /** Field → French message. */
    public Map<String, String> problems() {
        return problems;
    }
}
