package fr.academie.portail.services.entity;

import java.time.Instant;

/** What a list shows of an attachment: everything but its content. */
public record AttachmentDescription(Long id, String fileName, String mediaType, long sizeBytes, String authorLogin,
                                    Instant addedAt) {
}
