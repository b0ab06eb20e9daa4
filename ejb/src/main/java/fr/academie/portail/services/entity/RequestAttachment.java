package fr.academie.portail.services.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.Types;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;

/**
 * A file joined to a request (checked by {@code control.AttachmentPolicy} first). Lists read its
 * description through {@link #DESCRIPTIONS}, never the content.
 */
@Entity
@Table(name = "service_request_attachment")
@NamedQuery(name = RequestAttachment.DESCRIPTIONS, query = """
        select new fr.academie.portail.services.entity.AttachmentDescription(a.id, a.fileName, a.mediaType, a.sizeBytes,
               a.authorLogin, a.addedAt)
        from RequestAttachment a where a.request.id = :request order by a.addedAt, a.id""")
public class RequestAttachment {

    public static final String DESCRIPTIONS = "RequestAttachment.descriptions";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_attachment_seq")
    @SequenceGenerator(name = "service_request_attachment_seq", sequenceName = "service_request_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ServiceRequest request;

    @JdbcTypeCode(Types.TIMESTAMP)
    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "author_login", nullable = false, updatable = false, length = 40)
    private String authorLogin;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    protected RequestAttachment() {
        // for JPA
    }

    public RequestAttachment(ServiceRequest request, Instant addedAt, String authorLogin, String fileName,
                             String mediaType, byte[] content) {
        this.request = request;
        this.addedAt = addedAt;
        this.authorLogin = authorLogin;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }
}
