package fr.academie.portail.transfers.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** An agent's contestation of one element of their barème, and HR's answer. */
@Entity
@Table(name = "transfer_contestation")
@NamedQuery(name = TransferContestation.OF_CAMPAIGN, query = "select c from TransferContestation c where c.participant.campaign.id = :campaign "
        + "order by c.createdAt")
@NamedQuery(name = TransferContestation.OF_PARTICIPANT,
        query = "select c from TransferContestation c where c.participant.id = :participant order by c.createdAt")
@NamedQuery(name = TransferContestation.PENDING, query = "select count(c) from TransferContestation c "
        + "where c.participant.campaign.id = :campaign and c.status = fr.academie.portail.transfers.entity.TransferContestation.Status.EN_ATTENTE")
public class TransferContestation {

    public static final String OF_CAMPAIGN = "TransferContestation.ofCampaign";
    public static final String OF_PARTICIPANT = "TransferContestation.ofParticipant";
    public static final String PENDING = "TransferContestation.pending";

    public enum Status { EN_ATTENTE, ACCEPTEE, REFUSEE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private TransferParticipant participant;

    @Column(name = "element_code", nullable = false, length = 30)
    private String elementCode;

    @Column(name = "comment_text", nullable = false, length = 1000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "corrected_points", precision = 8, scale = 2)
    private BigDecimal correctedPoints;

    @Column(length = 500)
    private String answer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 40)
    private String answeredBy;

    @Version
    private long version;

    protected TransferContestation() {
        // for JPA
    }

    public TransferContestation(TransferParticipant participant, String elementCode, String comment, Instant now) {
        this.participant = participant;
        this.elementCode = elementCode;
        this.comment = comment;
        this.status = Status.EN_ATTENTE;
        this.createdAt = now;
    }

    public void accept(BigDecimal points, String reason, String by, Instant now) {
        this.status = Status.ACCEPTEE;
        this.correctedPoints = points;
        answer(reason, by, now);
    }

    public void refuse(String reason, String by, Instant now) {
        this.status = Status.REFUSEE;
        this.correctedPoints = null;
        answer(reason, by, now);
    }

    private void answer(String reason, String by, Instant now) {
        this.answer = reason;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public TransferParticipant getParticipant() {
        return participant;
    }

    public String getElementCode() {
        return elementCode;
    }

    public String getComment() {
        return comment;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getCorrectedPoints() {
        return correctedPoints;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
