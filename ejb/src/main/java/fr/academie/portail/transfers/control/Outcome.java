package fr.academie.portail.transfers.control;

/** What a participant gets from a run. */
public enum Outcome {
    /** Obtains one of their wishes. */
    MOVED,
    /** Keeps the post they hold. */
    STAYED,
    /** Held no post and obtains none of their wishes. */
    UNASSIGNED
}
