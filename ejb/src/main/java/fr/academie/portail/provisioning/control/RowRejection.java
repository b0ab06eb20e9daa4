package fr.academie.portail.provisioning.control;

import java.io.Serializable;

/** A line refused by the import: its number, its NUMEN masked, and the reason in French. */
public record RowRejection(long lineNumber, String maskedNumen, String reason) implements Serializable {
}
