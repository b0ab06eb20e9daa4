package fr.academie.portail.transfers.entity;

import fr.academie.portail.transfers.control.WishRequest;
import fr.academie.portail.transfers.control.WishType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.hibernate.type.NumericBooleanConverter;

/** One wish of a participant, at its rank. */
@Entity
@Table(name = "transfer_wish")
public class TransferWish {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private TransferParticipant participant;

    @Column(name = "wish_rank", nullable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(name = "wish_type", nullable = false, length = 4)
    private WishType type;

    @Column(nullable = false, length = 100)
    private String code;

    /** HR retained this wish for the handicap priority after the medical advice. */
    @Convert(converter = NumericBooleanConverter.class)
    @Column(name = "handicap_accepted", nullable = false)
    private boolean handicapAccepted;

    protected TransferWish() {
        // for JPA
    }

    TransferWish(TransferParticipant participant, int rank, WishRequest request) {
        this.participant = participant;
        this.rank = rank;
        this.type = request.type();
        this.code = request.code();
    }

    /** Puts another wish at this rank; an HR decision on the former one does not carry over. */
    void become(WishRequest request) {
        if (type != request.type() || !code.equals(request.code())) {
            this.type = request.type();
            this.code = request.code();
            this.handicapAccepted = false;
        }
    }

    public void acceptForHandicap(boolean accepted) {
        this.handicapAccepted = accepted;
    }

    public WishRequest request() {
        return new WishRequest(type, code);
    }

    public Long getId() {
        return id;
    }

    public int getRank() {
        return rank;
    }

    public WishType getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    public boolean isHandicapAccepted() {
        return handicapAccepted;
    }
}
