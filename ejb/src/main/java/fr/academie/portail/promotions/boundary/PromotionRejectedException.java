package fr.academie.portail.promotions.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A promotion request that cannot be carried out: what is wrong, field by field, in French. */
@ApplicationException(rollback = true)
public class PromotionRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public PromotionRejectedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public static PromotionRejectedException of(String field, String message) {
        return new PromotionRejectedException(Map.of(field, message));
    }

    /** Field → French message. */
    public Map<String, String> problems() {
        return problems;
    }
}
