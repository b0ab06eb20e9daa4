package fr.academie.portail.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.Types;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;

/** One transition of a request: who, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "service_request_event")
public class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_event_seq")
    @SequenceGenerator(name = "service_request_event_seq", sequenceName = "service_request_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ServiceRequest request;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_login", nullable = false, updatable = false, length = 40)
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "actor_role", nullable = false, updatable = false, length = 20)
    private Actor actorRole;

    @Column(nullable = false, updatable = false, length = 40)
    private String transition;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "from_state", updatable = false, length = 30)
    private RequestState fromState;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "to_state", nullable = false, updatable = false, length = 30)
    private RequestState toState;

    @Column(updatable = false, length = 4000)
    private String note;

    protected RequestEvent() {
        // for JPA
    }

    RequestEvent(ServiceRequest request, Instant occurredAt, String actorLogin, Actor actorRole, String transition,
                 RequestState fromState, RequestState toState, String note) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.actorLogin = actorLogin;
        this.actorRole = actorRole;
        this.transition = transition;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public Actor getActorRole() {
        return actorRole;
    }

    public String getTransition() {
        return transition;
    }

    public RequestState getFromState() {
        return fromState;
    }

    public RequestState getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }
}
