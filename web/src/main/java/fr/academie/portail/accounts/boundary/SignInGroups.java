package fr.academie.portail.accounts.boundary;

/** Groups given at sign-in besides the roles. */
public final class SignInGroups {

    /** The only group of a session opened with the NUMEN: it opens nothing but the password change. */
    public static final String PASSWORD_CHANGE_REQUIRED = "MOT_DE_PASSE_A_CHANGER";

    private SignInGroups() {
    }
}
