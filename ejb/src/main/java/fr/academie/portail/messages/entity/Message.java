package fr.academie.portail.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Types;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;

/** A message sent to staff, with whom it was meant for and how many received it. Never changed once sent. */
@Entity
@Table(name = "message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    private Long id;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "author_login", nullable = false, updatable = false, length = 40)
    private String authorLogin;

    /** How the recipients see who wrote: « Rectorat — DSI », « Plateforme d'assistance »... */
    @Column(nullable = false, updatable = false, length = 100)
    private String sender;

    @Column(nullable = false, updatable = false, length = 200)
    private String subject;

    @Column(nullable = false, updatable = false, length = 8000)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "target_kind", nullable = false, updatable = false, length = 20)
    private TargetKind targetKind;

    @Column(name = "target_value", updatable = false, length = 4000)
    private String targetValue;

    @Column(nullable = false)
    private int recipients;

    @Version
    private long version;

    protected Message() {
        // for JPA
    }

    public Message(Instant sentAt, String authorLogin, String sender, String subject, String body, TargetKind targetKind,
                   String targetValue) {
        this.sentAt = sentAt;
        this.authorLogin = authorLogin;
        this.sender = sender;
        this.subject = subject;
        this.body = body;
        this.targetKind = targetKind;
        this.targetValue = targetValue;
    }

    public void delivered(int count) {
        this.recipients = count;
    }

    public Long getId() {
        return id;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public int getRecipients() {
        return recipients;
    }
}
