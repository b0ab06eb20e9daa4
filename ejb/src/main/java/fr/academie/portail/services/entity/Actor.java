package fr.academie.portail.services.entity;

/** The part a person plays on a given request; one person may play several. */
public enum Actor {
    /** The person who submitted the request. */
    DEMANDEUR,
    /** The head of the request's establishment. */
    CHEF_ETABLISSEMENT,
    /** The plateforme d'assistance. */
    ASSISTANCE,
    /** The Direction des systèmes d'information. */
    DSI
}
