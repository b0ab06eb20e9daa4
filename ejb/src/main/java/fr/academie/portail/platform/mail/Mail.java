package fr.academie.portail.platform.mail;

import java.util.Set;

/**
 * An e-mail of the portal: to named people, or in blind copy to many (a message to a whole corps).
 * {@code reference} names what it is about in the log, never its content.
 */
public record Mail(String reference, Set<String> to, Set<String> bcc, String subject, String body) {

    public static Mail to(String reference, Set<String> to, String subject, String body) {
        return new Mail(reference, to, Set.of(), subject, body);
    }

    public static Mail blindCopy(String reference, Set<String> bcc, String subject, String body) {
        return new Mail(reference, Set.of(), bcc, subject, body);
    }
}
