package fr.academie.portail.provisioning.control;

/** What a run does with one line of the extract, decided without touching the database. */
public sealed interface LineDecision {

    /** The line is refused: reported with its reason. */
    record Refused(RowRejection rejection) implements LineDecision {
    }

    /**
     * A person the database does not know: agent and account to create, with this login.
     *
     * @param fingerprint the dossier's fingerprint, computed when the line was prepared
     * @param departed whether the exit date is past: the account is then created disabled
     */
    record Created(StaffRecord staff, String numenHash, long establishmentId, long fingerprint, String login,
                   boolean departed) implements LineDecision {
    }

    /**
     * A person the database knows.
     *
     * @param known the person's index in {@link KnownStaff}
     * @param fingerprint the line's dossier fingerprint, computed when the line was prepared
     * @param unchanged true when the stored fingerprint proves the dossier unchanged; false when
     *                  only reading the dossier can tell
     * @param departs whether an active account is to be disabled: the exit date is past
     */
    record Known(int known, StaffRecord staff, long establishmentId, long fingerprint, boolean unchanged, boolean departs)
            implements LineDecision {
    }
}
