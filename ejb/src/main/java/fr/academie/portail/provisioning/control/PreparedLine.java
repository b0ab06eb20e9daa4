package fr.academie.portail.provisioning.control;

/**
 * A line made ready for its decision: validated, its NUMEN hashed, its establishment found and the
 * fingerprint of its dossier computed. Preparing lines is most of a run's work and needs nothing of
 * the lines before: it is done for a whole chunk at once, on every core.
 *
 * @param numenHash the keyed hash of the NUMEN, or null when the line holds no well-formed one
 * @param establishmentId the establishment of an accepted line, or null when its UAI is unknown
 * @param fingerprint the dossier's fingerprint at that establishment (0 when there is none)
 */
public record PreparedLine(RowOutcome outcome, String numenHash, Long establishmentId, long fingerprint) {
}
