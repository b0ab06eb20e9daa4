package fr.academie.portail.transfers.control;

import java.util.Locale;

/** How seats are given out: stable on its own, or stable then improved by exchanges. */
public enum AssignmentMode {

    /** Deferred acceptance: the participant-optimal stable assignment, vacancy chains included. */
    STABLE,
    /** The stable assignment, then every exchange that leaves nobody worse off and someone better. */
    IMPROVED;

    /** Reads « stable » or « improved » as the API spells them. */
    public static AssignmentMode parse(String text) {
        if (text != null) {
            for (AssignmentMode mode : values()) {
                if (mode.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        throw new InvalidMarketException("Mode inconnu « " + text + " » : choisissez « stable » ou « improved ».");
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
