package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.entity.TransferContestation;
import java.math.BigDecimal;
import java.time.Instant;

/** A contestation as the agent and HR see it. */
public record ContestationLine(long id, long participantId, String agent, String elementCode, String comment, String status,
        String statusLabel, BigDecimal correctedPoints, String answer, Instant createdAt, Instant answeredAt) {

    static ContestationLine of(TransferContestation c, String agent) {
        String label = switch (c.getStatus()) {
            case EN_ATTENTE -> "En attente";
            case ACCEPTEE -> "Acceptée";
            case REFUSEE -> "Refusée";
        };
        return new ContestationLine(c.getId(), c.getParticipant().getId(), agent, c.getElementCode(), c.getComment(), c.getStatus().name(),
                label, c.getCorrectedPoints(), c.getAnswer(), c.getCreatedAt(), c.getAnsweredAt());
    }
}
