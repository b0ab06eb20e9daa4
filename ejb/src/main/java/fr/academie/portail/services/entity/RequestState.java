package fr.academie.portail.services.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands. The allowed moves between states are {@code control.RequestWorkflow}'s. */
public enum RequestState {
    SOUMISE,
    PRISE_EN_CHARGE,
    EN_ATTENTE_DEMANDEUR,
    TRANSMISE_DSI,
    EN_COURS_INSTALLATION,
    INSTALLEE,
    ACCOMPAGNEMENT,
    CLOSE,
    REFUSEE,
    RETIREE;

    /** States in which the request still waits for the académie's work (or the requester's answer). */
    public static final Set<RequestState> OPEN =
            EnumSet.of(SOUMISE, PRISE_EN_CHARGE, EN_ATTENTE_DEMANDEUR, TRANSMISE_DSI, EN_COURS_INSTALLATION);

    /** States after which nothing happens any more. */
    public static final Set<RequestState> ENDED = EnumSet.of(CLOSE, REFUSEE, RETIREE);

    public boolean isEnded() {
        return ENDED.contains(this);
    }
}
