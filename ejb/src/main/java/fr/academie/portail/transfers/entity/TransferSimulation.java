package fr.academie.portail.transfers.entity;

import fr.academie.portail.transfers.control.Assignment;
import fr.academie.portail.transfers.control.AssignmentMode;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** One run of the assignment over a campaign, with its counts; its results are rows of transfer_result. */
@Entity
@Table(name = "transfer_simulation")
@NamedQuery(name = TransferSimulation.OF_CAMPAIGN,
        query = "select s from TransferSimulation s where s.campaign.id = :campaign order by s.runAt desc, s.id desc")
public class TransferSimulation {

    public static final String OF_CAMPAIGN = "TransferSimulation.ofCampaign";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private TransferCampaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentMode mode;

    @Column(name = "run_at", nullable = false)
    private Instant runAt;

    @Column(name = "run_by", nullable = false, length = 40)
    private String runBy;

    @Column(nullable = false)
    private int participants;

    @Column(nullable = false)
    private int moved;

    @Column(name = "first_wish", nullable = false)
    private int firstWish;

    @Column(nullable = false)
    private int stayed;

    @Column(nullable = false)
    private int unassigned;

    @Column(name = "vacant_seats", nullable = false)
    private int vacantSeats;

    /** How many obtained their 1st, 2nd… wish (original wishes, a group counted once), separated by commas. */
    @Column(name = "moved_by_rank", nullable = false, length = 400)
    private String movedByRank;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected TransferSimulation() {
        // for JPA
    }

    public TransferSimulation(TransferCampaign campaign, AssignmentMode mode, Instant runAt, String runBy, Assignment.Stats stats,
            int[] byWishRank, long durationMs) {
        this.campaign = campaign;
        this.mode = mode;
        this.runAt = runAt;
        this.runBy = runBy;
        this.participants = stats.participants();
        this.moved = stats.moved();
        this.firstWish = byWishRank.length > 0 ? byWishRank[0] : 0;
        this.stayed = stats.stayed();
        this.unassigned = stats.unassigned();
        this.vacantSeats = stats.vacantSeats();
        this.movedByRank = Arrays.stream(byWishRank).mapToObj(String::valueOf).collect(Collectors.joining(","));
        this.durationMs = durationMs;
    }

    public int[] movedByWishRank() {
        return movedByRank.isEmpty() ? new int[0] : Arrays.stream(movedByRank.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    public Long getId() {
        return id;
    }

    public TransferCampaign getCampaign() {
        return campaign;
    }

    public AssignmentMode getMode() {
        return mode;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public String getRunBy() {
        return runBy;
    }

    public int getParticipants() {
        return participants;
    }

    public int getMoved() {
        return moved;
    }

    public int getFirstWish() {
        return firstWish;
    }

    public int getStayed() {
        return stayed;
    }

    public int getUnassigned() {
        return unassigned;
    }

    public int getVacantSeats() {
        return vacantSeats;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
