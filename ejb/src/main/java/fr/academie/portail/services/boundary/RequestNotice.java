package fr.academie.portail.services.boundary;

import java.util.Set;

/** An e-mail to send once the change that caused it is committed. */
public record RequestNotice(String reference, Set<String> to, String subject, String body) {
}
