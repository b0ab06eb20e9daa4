package fr.academie.portail.services.entity;

import fr.academie.portail.establishments.entity.Establishment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;

/**
 * A « demande de mise en place » (or a suggestion) from a school. It records where it stands, the
 * moments that count for the service-level clock, and, once installed, the instance.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    /** The name the history gives to the submission, the move that has no « from ». */
    public static final String SUBMISSION = "SOUMETTRE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_seq")
    @SequenceGenerator(name = "service_request_seq", sequenceName = "service_request_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 20)
    private RequestKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_code")
    private CollaborativeService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false)
    private Establishment establishment;

    @Column(name = "requester_login", nullable = false, length = 40)
    private String requesterLogin;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    /** Whether the head asked, or an agent on the establishment's behalf (the head is then told). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "requested_as", nullable = false, length = 20)
    private Actor requestedAs;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 4000)
    private String details;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_request_value", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "field_code", length = 40)
    @Column(name = "field_value", nullable = false, length = 4000)
    private Map<String, String> values = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(nullable = false, length = 30)
    private RequestState state;

    /** While the request waits for its requester: the state it goes back to on the answer. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "resume_state", length = 30)
    private RequestState resumeState;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "taken_at")
    private Instant takenAt;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "installed_at")
    private Instant installedAt;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "ended_at")
    private Instant endedAt;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "paused_since")
    private Instant pausedSince;

    /** Time spent waiting for the requester, over: it does not count against the académie. */
    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    @Column(name = "instance_url", length = 500)
    private String instanceUrl;

    @Column(name = "access_details", length = 2000)
    private String accessDetails;

    /** The installed instance's end (a Cybercarnet closes at the end of its school year). */
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<RequestEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt, id")
    private List<RequestComment> comments = new ArrayList<>();

    @Version
    private long version;

    protected ServiceRequest() {
        // for JPA
    }

    public ServiceRequest(RequestKind kind, CollaborativeService service, Establishment establishment,
                          String requesterLogin, String requesterName, Actor requestedAs, String subject,
                          String details, Map<String, String> values, LocalDate expiresOn, Instant now) {
        this.kind = kind;
        this.service = service;
        this.establishment = establishment;
        this.requesterLogin = requesterLogin;
        this.requesterName = requesterName;
        this.requestedAs = requestedAs;
        this.subject = subject;
        this.details = details;
        this.values.putAll(values);
        this.expiresOn = expiresOn;
        this.state = RequestState.SOUMISE;
        this.submittedAt = now;
    }

    /**
     * Records a move the workflow allowed: the moments of the service-level clock, the pause while
     * the requester is asked for information, the end.
     */
    public RequestEvent move(RequestState to, String transition, String actorLogin, Actor actorRole, String note,
                             Instant now) {
        RequestState from = state;
        if (from == RequestState.EN_ATTENTE_DEMANDEUR && pausedSince != null) {
            pausedSeconds += Duration.between(pausedSince, now).toSeconds();
            pausedSince = null;
            resumeState = null;
        }
        if (to == RequestState.EN_ATTENTE_DEMANDEUR) {
            resumeState = from;
            pausedSince = now;
        }
        if (to == RequestState.PRISE_EN_CHARGE && takenAt == null) {
            takenAt = now;
        }
        if (to == RequestState.INSTALLEE) {
            installedAt = now;
        }
        if (to.isEnded()) {
            endedAt = now;
        }
        state = to;
        RequestEvent event = new RequestEvent(this, now, actorLogin, actorRole, transition, from, to, note);
        events.add(event);
        return event;
    }

    /** The first line of the request's history: its submission. */
    public RequestEvent recordSubmission(String actorLogin, Actor actorRole) {
        RequestEvent event = new RequestEvent(this, submittedAt, actorLogin, actorRole, SUBMISSION, null,
                RequestState.SOUMISE, null);
        events.add(event);
        return event;
    }

    public void recordInstance(String url, String details) {
        this.instanceUrl = url;
        this.accessDetails = details;
    }

    public RequestComment comment(String authorLogin, Actor authorRole, String body, Instant now) {
        RequestComment comment = new RequestComment(this, now, authorLogin, authorRole, body);
        comments.add(comment);
        return comment;
    }

    public Long getId() {
        return id;
    }

    public RequestKind getKind() {
        return kind;
    }

    public CollaborativeService getService() {
        return service;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getRequesterLogin() {
        return requesterLogin;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public Actor getRequestedAs() {
        return requestedAs;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public Map<String, String> getValues() {
        return Map.copyOf(values);
    }

    public RequestState getState() {
        return state;
    }

    public RequestState getResumeState() {
        return resumeState;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Instant getInstalledAt() {
        return installedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public long getPausedSeconds() {
        return pausedSeconds;
    }

    public String getInstanceUrl() {
        return instanceUrl;
    }

    public String getAccessDetails() {
        return accessDetails;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public List<RequestEvent> getEvents() {
        return List.copyOf(events);
    }

    public List<RequestComment> getComments() {
        return List.copyOf(comments);
    }

    public long getVersion() {
        return version;
    }
}
