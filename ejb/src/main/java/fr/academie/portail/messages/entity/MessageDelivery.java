package fr.academie.portail.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.sql.Types;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;

/** A message in one person's inbox: when they read it, whether they archived it. Written by set-based SQL. */
@Entity
@Table(name = "message_delivery")
@IdClass(MessageDelivery.Key.class)
public class MessageDelivery {

    /** The message and the recipient's account. */
    public record Key(Long messageId, Long accountId) implements Serializable {
    }

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "read_at")
    private Instant readAt;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected MessageDelivery() {
        // for JPA
    }

    /** The first reading counts; opening it again changes nothing. */
    public void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public void archive(Instant when) {
        archivedAt = when;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Long getAccountId() {
        return accountId;
    }
}
