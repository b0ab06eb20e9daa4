package fr.academie.portail.promotions.entity;

import fr.academie.portail.career.control.Grade;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.promotions.control.Appreciation;
import fr.academie.portail.promotions.control.Avis;
import fr.academie.portail.promotions.control.PromotionTable;
import fr.academie.portail.promotions.control.Promouvable;
import fr.academie.portail.promotions.control.Sex;
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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A promouvable of a campaign: the dossier's facts at the reference date (copied when the list is
 * drawn up, so a later import does not change the table behind HR's back), the appreciation or the
 * opinions given, and once the table is validated their rank, points and decision.
 */
@Entity
@Table(name = "promotion_candidate")
@NamedQuery(name = PromotionCandidate.OF_AGENT,
        query = "select c from PromotionCandidate c where c.campaign.id = :campaign and c.agent.id = :agent")
public class PromotionCandidate {

    public static final String OF_AGENT = "PromotionCandidate.ofAgent";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_seq")
    @SequenceGenerator(name = "promotion_seq", sequenceName = "promotion_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private PromotionCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "corps_since")
    private LocalDate corpsSince;

    @Column(name = "grade_since")
    private LocalDate gradeSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Grade grade;

    @Column(nullable = false)
    private int echelon;

    @Column(name = "echelon_since")
    private LocalDate echelonSince;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false)
    private Establishment establishment;

    @Column(length = 100)
    private String discipline;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Appreciation appreciation;

    @Enumerated(EnumType.STRING)
    @Column(name = "head_avis", length = 20)
    private Avis headAvis;

    @Column(name = "head_comment", length = 1000)
    private String headComment;

    @Column(name = "head_by", length = 40)
    private String headBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspector_avis", length = 20)
    private Avis inspectorAvis;

    @Column(name = "inspector_comment", length = 1000)
    private String inspectorComment;

    @Column(name = "inspector_by", length = 40)
    private String inspectorBy;

    @Column(name = "table_rank")
    private Integer rank;

    private Integer points;

    @Column(nullable = false)
    private int promoted;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    private long version;

    protected PromotionCandidate() {
        // for JPA
    }

    public PromotionCandidate(PromotionCampaign campaign, Agent agent, Sex sex, LocalDate corpsSince, LocalDate gradeSince, Grade grade,
            int echelon, LocalDate echelonSince) {
        this.campaign = campaign;
        this.agent = agent;
        this.sex = sex;
        this.birthDate = agent.getData().dateNaissance();
        this.corpsSince = corpsSince;
        this.gradeSince = gradeSince;
        this.grade = grade;
        this.echelon = echelon;
        this.echelonSince = echelonSince;
        this.establishment = agent.getEstablishment();
        this.discipline = agent.getData().discipline();
    }

    public Promouvable promouvable() {
        return new Promouvable(agent.getId(), agent.getData().nom() + " " + agent.getData().prenom(), sex, birthDate, corpsSince, gradeSince,
                grade, echelon, echelonSince);
    }

    public PromotionTable.Entry entry() {
        return new PromotionTable.Entry(promouvable(), appreciation, headAvis, inspectorAvis);
    }

    public void appreciate(Appreciation given) {
        this.appreciation = given;
    }

    public void headOpinion(Avis avis, String comment, String by) {
        this.headAvis = avis;
        this.headComment = comment;
        this.headBy = by;
    }

    public void inspectorOpinion(Avis avis, String comment, String by) {
        this.inspectorAvis = avis;
        this.inspectorComment = comment;
        this.inspectorBy = by;
    }

    /** The validated table's verdict; cleared ({@code null}) when the table is reopened. */
    public void ranked(Integer tableRank, Integer tablePoints, boolean isPromoted) {
        this.rank = tableRank;
        this.points = tablePoints;
        this.promoted = isPromoted ? 1 : 0;
    }

    public void applied(Instant at) {
        this.appliedAt = at;
    }

    public Long getId() {
        return id;
    }

    public PromotionCampaign getCampaign() {
        return campaign;
    }

    public Agent getAgent() {
        return agent;
    }

    public Sex getSex() {
        return sex;
    }

    public Grade getGrade() {
        return grade;
    }

    public int getEchelon() {
        return echelon;
    }

    public LocalDate getEchelonSince() {
        return echelonSince;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getDiscipline() {
        return discipline;
    }

    public Appreciation getAppreciation() {
        return appreciation;
    }

    public Avis getHeadAvis() {
        return headAvis;
    }

    public String getHeadComment() {
        return headComment;
    }

    public Avis getInspectorAvis() {
        return inspectorAvis;
    }

    public String getInspectorComment() {
        return inspectorComment;
    }

    public Integer getRank() {
        return rank;
    }

    public Integer getPoints() {
        return points;
    }

    public boolean isPromoted() {
        return promoted == 1;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public long getVersion() {
        return version;
    }
}
