package fr.academie.portail.messages.boundary;

import java.util.List;

/** The e-mail copy of a message, sent once the message is committed. */
public record MessageNotice(long messageId, List<String> logins, String subject, String body) {
}
