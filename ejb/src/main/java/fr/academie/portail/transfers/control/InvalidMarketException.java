package fr.academie.portail.transfers.control;

/** A mutation market that cannot be run: the French message names the post or participant at fault. */
public class InvalidMarketException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidMarketException(String message) {
        super(message);
    }
}
