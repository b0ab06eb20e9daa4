package fr.academie.portail.transfers.entity;

import fr.academie.portail.career.control.Grade;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.transfers.control.Situation;
import fr.academie.portail.transfers.control.WishRequest;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.type.NumericBooleanConverter;

/**
 * An agent's candidature to a campaign: what the dossier said when they last saved (or when the
 * campaign closed), what they declare, and their wishes in order. Versioned: two sessions saving
 * at once do not overwrite each other.
 */
@Entity
@Table(name = "transfer_participant")
@NamedQuery(name = TransferParticipant.OF_AGENT,
        query = "select p from TransferParticipant p where p.campaign.id = :campaign and p.agent.id = :agent")
@NamedQuery(name = TransferParticipant.OF_CAMPAIGN,
        query = "select p from TransferParticipant p join fetch p.agent where p.campaign.id = :campaign order by p.id")
public class TransferParticipant {

    public static final String OF_AGENT = "TransferParticipant.ofAgent";
    public static final String OF_CAMPAIGN = "TransferParticipant.ofCampaign";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private TransferCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @Column(length = 100)
    private String grade;

    private Integer echelon;

    @Column(name = "in_post_since")
    private LocalDate inPostSince;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false)
    private Establishment establishment;

    @Column(length = 100)
    private String discipline;

    @Column(name = "spouse_departement", length = 3)
    private String spouseDepartement;

    @Column(nullable = false)
    private int children;

    @Column(name = "separation_years", nullable = false)
    private int separationYears;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean handicap;

    @Column(name = "years_rep_plus", nullable = false)
    private int yearsRepPlus;

    @Column(name = "years_rep", nullable = false)
    private int yearsRep;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    private List<TransferWish> wishes = new ArrayList<>();

    @Version
    private long version;

    protected TransferParticipant() {
        // for JPA
    }

    public TransferParticipant(TransferCampaign campaign, Agent agent, LocalDate inPostSince, Instant now) {
        this.campaign = campaign;
        this.agent = agent;
        this.updatedAt = now;
        copyDossier(inPostSince);
    }

    /** Copies the dossier's facts the barème rests on (grade, échelon, post). */
    public final void copyDossier(LocalDate since) {
        this.grade = agent.getData().grade();
        this.echelon = agent.getData().echelon();
        this.discipline = agent.getData().discipline();
        this.establishment = agent.getEstablishment();
        this.inPostSince = since;
    }

    public void declare(Situation declared, Instant now) {
        this.spouseDepartement = declared.spouseDepartement();
        this.children = declared.childrenUnder18();
        this.separationYears = declared.separationYears();
        this.handicap = declared.handicap();
        this.yearsRepPlus = declared.yearsInRepPlus();
        this.yearsRep = declared.yearsInRep();
        touch(now);
    }

    /** Replaces the wishes, reusing rows rank by rank (the (participant, rank) key stays unique at every flush). */
    public void replaceWishes(List<WishRequest> requests, Instant now) {
        for (int i = 0; i < requests.size(); i++) {
            if (i < wishes.size()) {
                wishes.get(i).become(requests.get(i));
            } else {
                wishes.add(new TransferWish(this, i + 1, requests.get(i)));
            }
        }
        while (wishes.size() > requests.size()) {
            wishes.remove(wishes.size() - 1);
        }
        touch(now);
    }

    public void confirm(Instant now) {
        this.confirmedAt = now;
        this.updatedAt = now;
    }

    private void touch(Instant now) {
        this.updatedAt = now;
        this.confirmedAt = null; // a change after confirming needs a new confirmation
    }

    public Situation situation() {
        return new Situation(Grade.ofLabel(grade).orElse(null), echelon, inPostSince, spouseDepartement, children, separationYears,
                handicap, yearsRepPlus, yearsRep);
    }

    public List<WishRequest> requests() {
        return wishes.stream().map(TransferWish::request).toList();
    }

    public Long getId() {
        return id;
    }

    public TransferCampaign getCampaign() {
        return campaign;
    }

    public Agent getAgent() {
        return agent;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getGrade() {
        return grade;
    }

    public Integer getEchelon() {
        return echelon;
    }

    public LocalDate getInPostSince() {
        return inPostSince;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<TransferWish> getWishes() {
        return wishes;
    }

    public long getVersion() {
        return version;
    }
}
