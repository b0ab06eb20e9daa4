package fr.academie.portail.cv.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A CV change that cannot be saved: what is wrong, field by field, in French. */
@ApplicationException(rollback = true)
public class CvRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public CvRejectedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
