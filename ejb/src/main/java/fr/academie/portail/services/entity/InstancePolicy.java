package fr.academie.portail.services.entity;

/** What a request for the service installs. */
public enum InstancePolicy {
    /** One instance for the whole establishment: a second request is refused while it exists. */
    ONE_PER_ESTABLISHMENT,
    /** A space per request (a class blog, a project's space, a meeting). */
    ONE_PER_REQUEST,
    /** Nothing to install: a link, or a page of the portal itself. */
    SELF_SERVICE
}
