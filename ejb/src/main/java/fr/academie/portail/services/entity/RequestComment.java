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

/** A message of a request's thread, between the requester, the assistance and the DSI. */
@Entity
@Table(name = "service_request_comment")
public class RequestComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_comment_seq")
    @SequenceGenerator(name = "service_request_comment_seq", sequenceName = "service_request_comment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ServiceRequest request;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "author_login", nullable = false, updatable = false, length = 40)
    private String authorLogin;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(Types.VARCHAR)
    @Column(name = "author_role", nullable = false, updatable = false, length = 20)
    private Actor authorRole;

    @Column(nullable = false, updatable = false, length = 4000)
    private String body;

    protected RequestComment() {
        // for JPA
    }

    RequestComment(ServiceRequest request, Instant writtenAt, String authorLogin, Actor authorRole, String body) {
        this.request = request;
        this.writtenAt = writtenAt;
        this.authorLogin = authorLogin;
        this.authorRole = authorRole;
        this.body = body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public Actor getAuthorRole() {
        return authorRole;
    }

    public String getBody() {
        return body;
    }
}
