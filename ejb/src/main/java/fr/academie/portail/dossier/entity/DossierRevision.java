package fr.academie.portail.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change of dossiers, as Envers records it: when, by whom and why. The nightly import's
 * changes are signed by the import; an HR manager's correction by their login, with their reason.
 */
@Entity
@Table(name = "dossier_revision")
@RevisionEntity
public class DossierRevision {

    /** The author of the changes nobody signed: the HR extract's nightly import. */
    public static final String HR_IMPORT = "import RH";

    @Id
    @RevisionNumber
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_revision_seq")
    @SequenceGenerator(name = "dossier_revision_seq", sequenceName = "dossier_revision_seq", allocationSize = 50)
    private Long id;

    @RevisionTimestamp
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 40)
    private String author = HR_IMPORT;

    @Column(length = 500)
    private String reason;

    public void sign(String author, String reason) {
        this.author = author;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getReason() {
        return reason;
    }
}
