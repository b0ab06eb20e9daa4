package fr.academie.portail.transfers.entity;

import fr.academie.portail.transfers.control.BaremeRules;
import fr.academie.portail.transfers.control.CampaignPhase;
import fr.academie.portail.transfers.control.CampaignSchedule;
import fr.academie.portail.transfers.control.WishType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A mutation campaign: its windows, its barème values, the phase it is in. */
@Entity
@Table(name = "transfer_campaign")
public class TransferCampaign {

    /** Intra-académique for our académie; the model leaves room for inter. */
    public enum Kind { INTRA, INTER }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignPhase phase;

    /** The corps whose members may take part; {@code null}: every teacher and CPE. */
    @Column(length = 100)
    private String corps;

    @Column(name = "max_wishes", nullable = false)
    private int maxWishes;

    @Column(name = "wish_types", nullable = false, length = 60)
    private String wishTypes;

    @Column(name = "wishes_open_at", nullable = false)
    private Instant wishesOpenAt;

    @Column(name = "wishes_close_at", nullable = false)
    private Instant wishesCloseAt;

    @Column(name = "bareme_from", nullable = false)
    private Instant baremeFrom;

    @Column(name = "bareme_to", nullable = false)
    private Instant baremeTo;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Column(name = "points_per_echelon", nullable = false, precision = 8, scale = 2)
    private BigDecimal pointsPerEchelon;
    @Column(name = "echelon_minimum", nullable = false, precision = 8, scale = 2)
    private BigDecimal echelonMinimum;
    @Column(name = "hors_classe_base", nullable = false, precision = 8, scale = 2)
    private BigDecimal horsClasseBase;
    @Column(name = "exceptionnelle_base", nullable = false, precision = 8, scale = 2)
    private BigDecimal exceptionnelleBase;
    @Column(name = "exceptionnelle_cap", nullable = false, precision = 8, scale = 2)
    private BigDecimal exceptionnelleCap;
    @Column(name = "seniority_per_year", nullable = false, precision = 8, scale = 2)
    private BigDecimal seniorityPerYear;
    @Column(name = "seniority_per_four_years", nullable = false, precision = 8, scale = 2)
    private BigDecimal seniorityPerFourYears;
    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal spouse;
    @Column(name = "per_child", nullable = false, precision = 8, scale = 2)
    private BigDecimal perChild;
    @Column(name = "separation_one_year", nullable = false, precision = 8, scale = 2)
    private BigDecimal separationOneYear;
    @Column(name = "separation_two_years", nullable = false, precision = 8, scale = 2)
    private BigDecimal separationTwoYears;
    @Column(name = "separation_three_years", nullable = false, precision = 8, scale = 2)
    private BigDecimal separationThreeYears;
    @Column(name = "separation_four_years", nullable = false, precision = 8, scale = 2)
    private BigDecimal separationFourYears;
    @Column(name = "rep_plus", nullable = false, precision = 8, scale = 2)
    private BigDecimal repPlus;
    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal rep;
    @Column(name = "education_prioritaire_years", nullable = false)
    private int educationPrioritaireYears;
    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal handicap;
    @Column(name = "handicap_accepted", nullable = false, precision = 8, scale = 2)
    private BigDecimal handicapAccepted;

    @Column(name = "published_simulation_id")
    private Long publishedSimulationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TransferCampaign() {
        // for JPA
    }

    public TransferCampaign(String name, String corps, int maxWishes, Set<WishType> wishTypes, CampaignSchedule schedule,
            BaremeRules rules, Instant createdAt) {
        this.name = name;
        this.kind = Kind.INTRA;
        this.phase = CampaignPhase.DRAFT;
        this.corps = corps;
        this.createdAt = createdAt;
        configure(name, corps, maxWishes, wishTypes);
        reschedule(schedule);
        changeRules(rules);
    }

    public void configure(String newName, String newCorps, int newMaxWishes, Set<WishType> types) {
        this.name = newName;
        this.corps = newCorps;
        this.maxWishes = newMaxWishes;
        this.wishTypes = types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public void reschedule(CampaignSchedule schedule) {
        this.wishesOpenAt = schedule.wishesOpenAt();
        this.wishesCloseAt = schedule.wishesCloseAt();
        this.baremeFrom = schedule.baremeDisplayFrom();
        this.baremeTo = schedule.baremeDisplayTo();
        this.referenceDate = schedule.referenceDate();
    }

    public void changeRules(BaremeRules rules) {
        pointsPerEchelon = rules.pointsPerEchelon();
        echelonMinimum = rules.echelonMinimum();
        horsClasseBase = rules.horsClasseBase();
        exceptionnelleBase = rules.exceptionnelleBase();
        exceptionnelleCap = rules.exceptionnelleCap();
        seniorityPerYear = rules.seniorityPerYear();
        seniorityPerFourYears = rules.seniorityPerFourYears();
        spouse = rules.spouse();
        perChild = rules.perChild();
        separationOneYear = rules.separationOneYear();
        separationTwoYears = rules.separationTwoYears();
        separationThreeYears = rules.separationThreeYears();
        separationFourYears = rules.separationFourYears();
        repPlus = rules.repPlus();
        rep = rules.rep();
        educationPrioritaireYears = rules.educationPrioritaireYears();
        handicap = rules.handicap();
        handicapAccepted = rules.handicapAccepted();
    }

    public void moveTo(CampaignPhase next) {
        this.phase = next;
    }

    public void publish(long simulationId) {
        this.publishedSimulationId = simulationId;
        this.phase = CampaignPhase.PUBLISHED;
    }

    public BaremeRules rules() {
        return new BaremeRules(pointsPerEchelon, echelonMinimum, horsClasseBase, exceptionnelleBase, exceptionnelleCap,
                seniorityPerYear, seniorityPerFourYears, spouse, perChild, separationOneYear, separationTwoYears,
                separationThreeYears, separationFourYears, repPlus, rep, educationPrioritaireYears, handicap, handicapAccepted);
    }

    public CampaignSchedule schedule() {
        return new CampaignSchedule(wishesOpenAt, wishesCloseAt, baremeFrom, baremeTo, referenceDate);
    }

    public Set<WishType> wishTypes() {
        Set<WishType> types = EnumSet.noneOf(WishType.class);
        Arrays.stream(wishTypes.split(",")).filter(s -> !s.isBlank()).map(WishType::valueOf).forEach(types::add);
        return types;
    }

    /** Whether an agent of that corps may take part. */
    public boolean admits(String agentCorps) {
        return corps == null || corps.equalsIgnoreCase(agentCorps);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public CampaignPhase getPhase() {
        return phase;
    }

    public String getCorps() {
        return corps;
    }

    public int getMaxWishes() {
        return maxWishes;
    }

    public Long getPublishedSimulationId() {
        return publishedSimulationId;
    }

    public long getVersion() {
        return version;
    }
}
