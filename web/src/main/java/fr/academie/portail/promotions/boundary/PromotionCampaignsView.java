package fr.academie.portail.promotions.boundary;

import fr.academie.portail.promotions.control.PromotionType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** « Campagnes de promotion » for HR: the tableaux d'avancement, and a new one. */
@Named
@ViewScoped
public class PromotionCampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    PromotionCampaigns campaigns;

    private List<PromotionCampaignSummary> all;
    private String corps = "Professeur certifié";
    private PromotionType type = PromotionType.HORS_CLASSE;
    private int year;
    private LocalDate referenceDate;
    private LocalDate effectDate;
    private LocalDateTime opinionsFrom;
    private LocalDateTime opinionsTo;
    /** In percent, as HR reads the national rates; empty: the national rate. */
    private BigDecimal ratioPercent;
    private BigDecimal parityTolerance = BigDecimal.valueOf(5);
    private LocalDateTime cvFrom;
    private LocalDateTime cvTo;
    private LocalDate publicationOn;

    @PostConstruct
    void init() {
        all = campaigns.all();
        year = LocalDate.now(PARIS).getYear() + 1;
        referenceDate = LocalDate.of(year, 8, 31);
        effectDate = LocalDate.of(year, 9, 1);
        opinionsFrom = LocalDate.now(PARIS).plusDays(1).atTime(8, 0);
        opinionsTo = LocalDate.now(PARIS).plusDays(22).atTime(18, 0);
        cvFrom = LocalDate.now(PARIS).plusDays(1).atTime(8, 0);
        cvTo = LocalDate.now(PARIS).plusDays(15).atTime(18, 0);
        publicationOn = LocalDate.now(PARIS).plusDays(30);
    }

    public LocalDateTime getCvFrom() {
        return cvFrom;
    }

    public void setCvFrom(LocalDateTime cvFrom) {
        this.cvFrom = cvFrom;
    }

    public LocalDateTime getCvTo() {
        return cvTo;
    }

    public void setCvTo(LocalDateTime cvTo) {
        this.cvTo = cvTo;
    }

    public LocalDate getPublicationOn() {
        return publicationOn;
    }

    public void setPublicationOn(LocalDate publicationOn) {
        this.publicationOn = publicationOn;
    }

    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        PromotionCampaignSummary[] created = new PromotionCampaignSummary[1];
        String name = (type == null ? "" : type.label() + " " + year + " — ") + (corps == null ? "" : corps);
        BigDecimal ratio = ratioPercent == null ? null : ratioPercent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        if (PromotionPages.attempt(() -> created[0] = campaigns.create(new PromotionCampaignForm(name, corps, type, year, referenceDate,
                effectDate, opinionsFrom == null ? null : opinionsFrom.atZone(PARIS).toInstant(),
                opinionsTo == null ? null : opinionsTo.atZone(PARIS).toInstant(), ratio, null, parityTolerance,
                cvFrom == null ? null : cvFrom.atZone(PARIS).toInstant(), cvTo == null ? null : cvTo.atZone(PARIS).toInstant(),
                publicationOn)), "promotions.creee")) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            // the view handler adds the session's token the protected page asks for
            faces.getExternalContext().redirect(faces.getApplication().getViewHandler().getRedirectURL(faces,
                    "/promotions/campagne.xhtml", java.util.Map.of("id", java.util.List.of(String.valueOf(created[0].id()))), false));
        }
    }

    public List<PromotionType> getTypes() {
        return List.of(PromotionType.values());
    }

    public List<PromotionCampaignSummary> getAll() {
        return all;
    }

    public String getCorps() {
        return corps;
    }

    public void setCorps(String corps) {
        this.corps = corps;
    }

    public PromotionType getType() {
        return type;
    }

    public void setType(PromotionType type) {
        this.type = type;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public LocalDate getEffectDate() {
        return effectDate;
    }

    public void setEffectDate(LocalDate effectDate) {
        this.effectDate = effectDate;
    }

    public LocalDateTime getOpinionsFrom() {
        return opinionsFrom;
    }

    public void setOpinionsFrom(LocalDateTime opinionsFrom) {
        this.opinionsFrom = opinionsFrom;
    }

    public LocalDateTime getOpinionsTo() {
        return opinionsTo;
    }

    public void setOpinionsTo(LocalDateTime opinionsTo) {
        this.opinionsTo = opinionsTo;
    }

    public BigDecimal getRatioPercent() {
        return ratioPercent;
    }

    public void setRatioPercent(BigDecimal ratioPercent) {
        this.ratioPercent = ratioPercent;
    }

    public BigDecimal getParityTolerance() {
        return parityTolerance;
    }

    public void setParityTolerance(BigDecimal parityTolerance) {
        this.parityTolerance = parityTolerance;
    }
}
