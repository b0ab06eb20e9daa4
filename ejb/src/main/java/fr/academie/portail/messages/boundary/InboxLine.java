package fr.academie.portail.messages.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A message as its recipient reads it, with whether they read or archived it. */
public record InboxLine(long id, Instant sentAt, String sender, String subject, String body, boolean read,
                       boolean archived) implements Serializable {
}
