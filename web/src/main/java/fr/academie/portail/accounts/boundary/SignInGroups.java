package fr.academie.portail.accounts.boundary;

/** Groups given at sign-in besides the roles. */
public final class SignInGroups {

    /** The only group of a session opened with the NUMEN: it opens nothing but the password change. */
    public static final String PASSWORD_CHANGE_REQUIRED = "MOT_DE_PASSE_A_CHANGER";

    /**
     * The only group of a privileged account's session before its second factor: it opens nothing
     * but the second factor's page.
     */
    public static final String SECOND_FACTOR_REQUIRED = "DEUXIEME_FACTEUR_REQUIS";

    private SignInGroups() {
    }
}
