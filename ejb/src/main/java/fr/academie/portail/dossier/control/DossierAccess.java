package fr.academie.portail.dossier.control;

import java.util.Objects;

/**
 * Who may read whose dossier: the agent their own; an HR manager any; a head of establishment
 * those of their establishment's staff. Nobody else. Reads by HR or a head are logged.
 */
public enum DossierAccess {
    OWNER(false),
    HR_MANAGER(true),
    HEAD_OF_ESTABLISHMENT(true),
    REFUSED(false);

    private final boolean logged;

    DossierAccess(boolean logged) {
        this.logged = logged;
    }

    /** Whether the read goes to the audit trail. */
    public boolean logged() {
        return logged;
    }

    public static DossierAccess decide(String callerLogin, boolean callerIsHr, boolean callerIsHead,
            String callerUai, String targetLogin, String targetUai) {
        if (callerLogin != null && callerLogin.equalsIgnoreCase(targetLogin)) {
            return OWNER;
        }
        if (callerIsHr) {
            return HR_MANAGER;
        }
        if (callerIsHead && callerUai != null && Objects.equals(callerUai, targetUai)) {
            return HEAD_OF_ESTABLISHMENT;
        }
        return REFUSED;
    }
}
