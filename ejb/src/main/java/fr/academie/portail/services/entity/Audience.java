package fr.academie.portail.services.entity;

/** Which schools a service is meant for. */
public enum Audience {
    PREMIER_DEGRE,
    SECOND_DEGRE,
    TOUS
}
