package fr.academie.portail.services.control;

/** The moves a person can make on a request. Where each is allowed is {@link RequestWorkflow}'s. */
public enum Transition {
    PRENDRE_EN_CHARGE,
    DEMANDER_PRECISIONS,
    REPONDRE,
    TRANSMETTRE_DSI,
    COMMENCER_INSTALLATION,
    DECLARER_INSTALLEE,
    ACCOMPAGNER,
    CLORE,
    REFUSER,
    RETIRER
}
