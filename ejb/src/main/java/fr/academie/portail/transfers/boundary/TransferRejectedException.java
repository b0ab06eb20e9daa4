package fr.academie.portail.transfers.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A mutation request that cannot be carried out: what is wrong, field by field, in French. */
@ApplicationException(rollback = true)
public class TransferRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public TransferRejectedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public static TransferRejectedException of(String field, String message) {
        return new TransferRejectedException(Map.of(field, message));
    }

    /** Field → French message. */
    public Map<String, String> problems() {
        return problems;
    }
}
