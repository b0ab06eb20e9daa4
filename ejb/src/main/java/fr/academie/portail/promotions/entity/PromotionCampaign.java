package fr.academie.portail.promotions.entity;

import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.PromotionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A tableau d'avancement in the making: one corps, one promotion, one year. */
@Entity
@Table(name = "promotion_campaign")
@NamedQuery(name = PromotionCampaign.ALL, query = "select c from PromotionCampaign c order by c.year desc, c.corps, c.type")
public class PromotionCampaign {

    public static final String ALL = "PromotionCampaign.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_seq")
    @SequenceGenerator(name = "promotion_seq", sequenceName = "promotion_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String corps;

    @Enumerated(EnumType.STRING)
    @Column(name = "promotion_type", nullable = false, length = 30)
    private PromotionType type;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PromotionPhase phase;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Column(name = "effect_date", nullable = false)
    private LocalDate effectDate;

    /** When promouvables are asked to bring their CV up to date (optional). */
    @Column(name = "cv_from")
    private Instant cvFrom;

    @Column(name = "cv_to")
    private Instant cvTo;

    /** The day HR plans to publish the table, told to the agents (optional). */
    @Column(name = "publication_on")
    private LocalDate publicationOn;

    @Column(name = "opinions_from", nullable = false)
    private Instant opinionsFrom;

    @Column(name = "opinions_to", nullable = false)
    private Instant opinionsTo;

    @Column(nullable = false, precision = 6, scale = 4)
    private BigDecimal ratio;

    @Column(nullable = false, precision = 8, scale = 4)
    private BigDecimal carried;

    /** The fraction the validated table carries over to next year's (décret n° 2005-1090, art. 2). */
    @Column(name = "carried_over", precision = 8, scale = 4)
    private BigDecimal carriedOver;

    @Column(name = "parity_tolerance", nullable = false, precision = 5, scale = 2)
    private BigDecimal parityTolerance;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "validated_by", length = 40)
    private String validatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 40)
    private String publishedBy;

    @Version
    private long version;

    protected PromotionCampaign() {
        // for JPA
    }

    public PromotionCampaign(String name, String corps, PromotionType type, int year, LocalDate referenceDate, LocalDate effectDate,
            Instant opinionsFrom, Instant opinionsTo, BigDecimal ratio, BigDecimal carried, BigDecimal parityTolerance) {
        this.name = name;
        this.corps = corps;
        this.type = type;
        this.year = year;
        this.phase = PromotionPhase.DRAFT;
        configure(referenceDate, effectDate, opinionsFrom, opinionsTo, ratio, carried, parityTolerance);
    }

    /** The settings HR may change while the campaign is in preparation. */
    public final void configure(LocalDate referenceDate, LocalDate effectDate, Instant opinionsFrom, Instant opinionsTo, BigDecimal ratio,
            BigDecimal carried, BigDecimal parityTolerance) {
        this.referenceDate = referenceDate;
        this.effectDate = effectDate;
        this.opinionsFrom = opinionsFrom;
        this.opinionsTo = opinionsTo;
        this.ratio = ratio;
        this.carried = carried;
        this.parityTolerance = parityTolerance;
    }

    /** Records the fraction the validated table leaves for next year ({@code null} when the table is reopened). */
    public void carryOver(BigDecimal fraction) {
        this.carriedOver = fraction;
    }

    public BigDecimal getCarriedOver() {
        return carriedOver;
    }

    public void moveTo(PromotionPhase next, String by, Instant at) {
        if (next == PromotionPhase.VALIDATED) {
            validatedAt = at;
            validatedBy = by;
        } else if (next == PromotionPhase.PUBLISHED) {
            publishedAt = at;
            publishedBy = by;
        } else if (next == PromotionPhase.OPINIONS) {
            validatedAt = null;
            validatedBy = null;
        }
        phase = next;
    }

    /** Whether heads and inspectors may give their opinions at {@code now}. */
    public boolean opinionsOpen(Instant now) {
        return phase == PromotionPhase.OPINIONS && !now.isBefore(opinionsFrom) && now.isBefore(opinionsTo);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCorps() {
        return corps;
    }

    public PromotionType getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    public PromotionPhase getPhase() {
        return phase;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public LocalDate getEffectDate() {
        return effectDate;
    }

    /** The CV window and the planned publication, each optional. */
    public void plan(Instant cvWindowFrom, Instant cvWindowTo, LocalDate plannedPublication) {
        this.cvFrom = cvWindowFrom;
        this.cvTo = cvWindowTo;
        this.publicationOn = plannedPublication;
    }

    public Instant getCvFrom() {
        return cvFrom;
    }

    public Instant getCvTo() {
        return cvTo;
    }

    public LocalDate getPublicationOn() {
        return publicationOn;
    }

    public Instant getOpinionsFrom() {
        return opinionsFrom;
    }

    public Instant getOpinionsTo() {
        return opinionsTo;
    }

    public BigDecimal getRatio() {
        return ratio;
    }

    public BigDecimal getCarried() {
        return carried;
    }

    public BigDecimal getParityTolerance() {
        return parityTolerance;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public long getVersion() {
        return version;
    }
}
