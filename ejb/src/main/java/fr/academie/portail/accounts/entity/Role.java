package fr.academie.portail.accounts.entity;

/** The portal's roles. Their names are the security roles of the web module. */
public enum Role {
    AGENT,
    GESTIONNAIRE_RH,
    ASSISTANCE,
    DSI,
    CHEF_ETABLISSEMENT,
    /** An inspector (IA-IPR, IEN): gives opinions on the promouvables of their discipline. */
    INSPECTEUR;

    /** Role names as string constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String AGENT = "AGENT";
        public static final String GESTIONNAIRE_RH = "GESTIONNAIRE_RH";
        public static final String ASSISTANCE = "ASSISTANCE";
        public static final String DSI = "DSI";
        public static final String CHEF_ETABLISSEMENT = "CHEF_ETABLISSEMENT";
        public static final String INSPECTEUR = "INSPECTEUR";

        private Names() {
        }
    }
}
