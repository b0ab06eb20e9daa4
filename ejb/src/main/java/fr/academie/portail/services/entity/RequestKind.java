package fr.academie.portail.services.entity;

/** A request for a service of the catalogue, or a suggestion (free text, no service). */
public enum RequestKind {
    DEMANDE,
    SUGGESTION
}
