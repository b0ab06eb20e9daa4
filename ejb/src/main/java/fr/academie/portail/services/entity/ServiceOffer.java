package fr.academie.portail.services.entity;

/** Whether the DSI currently takes requests for a service. */
public enum ServiceOffer {
    OFFERED,
    SUSPENDED
}
