package fr.academie.portail.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.Types;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;

/** One line of the audit trail: who did what to which account, when, from where. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.OF_TARGET, query = "select e from AuditEvent e where e.target = :target order by e.id")
public class AuditEvent {

    public static final String OF_TARGET = "AuditEvent.ofTarget";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1000)
    private Long id;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The signed-in person who acted, or null (an anonymous visitor, the nightly job). */
    @Column(length = 40)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    /** The account concerned. */
    @Column(length = 40)
    private String target;

    @Column(length = 500)
    private String detail;

    /** The client's address. */
    @Column(length = 64)
    private String origin;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String target, String detail, String origin) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 40);
        this.action = action.name();
        this.target = cut(target, 40);
        this.detail = cut(detail, 500);
        this.origin = cut(origin, 64);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getOrigin() {
        return origin;
    }
}
