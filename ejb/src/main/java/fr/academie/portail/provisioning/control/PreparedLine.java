package fr.academie.portail.provisioning.control;

/**
 * A line made ready for its decision: validated, its NUMEN hashed, its establishment found and the
 * fingerprint of its dossier computed. Preparing lines is most of a run's work and needs nothing of
 * the lines before: it is done ahead of the decisions, on every core. The hash's first 128 bits,
 * which the run's memory is keyed by, are read from its hexadecimal here too, always from the hash
 * itself.
 */
public final class PreparedLine {

    private final RowOutcome outcome;
    private final String numenHash;
    private final long hashHigh;
    private final long hashLow;
    private final Long establishmentId;
    private final long fingerprint;

    /**
     * @param numenHash the keyed hash of the NUMEN, or null when the line holds no well-formed one
     * @param establishmentId the establishment of an accepted line, or null when its UAI is unknown
     * @param fingerprint the dossier's fingerprint at that establishment (0 when there is none)
     */
    public PreparedLine(RowOutcome outcome, String numenHash, Long establishmentId, long fingerprint) {
        this.outcome = outcome;
        this.numenHash = numenHash;
        this.hashHigh = numenHash == null ? 0 : HashKeys.high(numenHash);
        this.hashLow = numenHash == null ? 0 : HashKeys.low(numenHash);
        this.establishmentId = establishmentId;
        this.fingerprint = fingerprint;
    }

    public RowOutcome outcome() {
        return outcome;
    }

    public String numenHash() {
        return numenHash;
    }

    /** The hash's first 64 bits (0 without a hash). */
    public long hashHigh() {
        return hashHigh;
    }

    /** The hash's bits 64 to 127 (0 without a hash). */
    public long hashLow() {
        return hashLow;
    }

    public Long establishmentId() {
        return establishmentId;
    }

    public long fingerprint() {
        return fingerprint;
    }
}
