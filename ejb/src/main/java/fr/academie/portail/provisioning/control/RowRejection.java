package fr.academie.portail.provisioning.control;

import java.io.Serializable;

/**
 * A line refused by the import: its number, its NUMEN masked, and the reason in French. When the
 * line's NUMEN is well formed it is kept (in memory only) so that the person still counts as
 * present in the extract: a refused line must never get its owner's account disabled as absent.
 */
public record RowRejection(long lineNumber, String maskedNumen, String reason, String numen) implements Serializable {

    public RowRejection(long lineNumber, String maskedNumen, String reason) {
        this(lineNumber, maskedNumen, reason, null);
    }

    @Override
    public String toString() {
        return "RowRejection[line=" + lineNumber + ", numen=" + maskedNumen + ", reason=" + reason + "]";
    }
}
