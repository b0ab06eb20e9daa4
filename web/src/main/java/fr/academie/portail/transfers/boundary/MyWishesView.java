package fr.academie.portail.transfers.boundary;

import fr.academie.portail.transfers.control.CampaignPhase;
import fr.academie.portail.transfers.control.Place;
import fr.academie.portail.transfers.control.WishRequest;
import fr.academie.portail.transfers.control.WishType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.primefaces.event.ReorderEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * « Mes vœux de mutation »: the agent's candidature. Every change (a declaration, a wish added,
 * moved or removed) is saved at once; the page keeps the version it read so that a stale page
 * never overwrites a newer save.
 */
@Named
@ViewScoped
public class MyWishesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyTransfers transfers;

    private List<CampaignSummary> campaigns;
    private Long campaignId;
    private CandidatureView candidature;
    private List<Place> places;
    private CandidatureView.Declaration declaration;

    // the « add a wish » form
    private WishType newType = WishType.ETAB;
    private String newCode;

    // the contestation dialog
    private String contestedElement;
    private String contestComment;

    @PostConstruct
    void init() {
        campaigns = transfers.campaigns();
        places = transfers.places();
    }

    /** Reads the campaign named in the address, or the latest one open to the agent. */
    public void load() {
        if (campaignId == null && !campaigns.isEmpty()) {
            campaignId = campaigns.get(0).id();
        }
        if (campaignId != null && campaigns.stream().anyMatch(c -> c.id() == campaignId)) {
            show(transfers.candidature(campaignId));
        } else {
            campaignId = null;
        }
    }

    private void show(CandidatureView view) {
        candidature = view;
        declaration = view.declaration();
    }

    public void saveDeclaration() {
        run(() -> transfers.declare(campaignId, declaration, candidature.version()), "mutation.situationEnregistree");
    }

    public void addWish() {
        List<WishRequest> wishes = new ArrayList<>(current());
        wishes.add(new WishRequest(newType, newType == WishType.ACA ? "ACA" : newCode));
        if (save(wishes, "mutation.voeuAjoute")) {
            newCode = null;
        }
    }

    public void removeWish(int rank) {
        List<WishRequest> wishes = new ArrayList<>(current());
        wishes.remove(rank - 1);
        save(wishes, "mutation.voeuSupprime");
    }

    public void moveWish(int rank, int delta) {
        List<WishRequest> wishes = new ArrayList<>(current());
        int to = rank - 1 + delta;
        if (to < 0 || to >= wishes.size()) {
            return;
        }
        wishes.add(to, wishes.remove(rank - 1));
        save(wishes, "mutation.voeuDeplace");
    }

    /** A row dragged to another place in the table: PrimeFaces has already moved it in the table's list. */
    public void reordered(ReorderEvent event) {
        save(new ArrayList<>(current()), "mutation.voeuDeplace");
    }

    /** « Classe normale, 1er échelon », or a dash when the dossier says neither. */
    public String getGradeText() {
        String grade = candidature.grade();
        Integer echelon = candidature.echelon();
        String step = echelon == null ? null : (echelon == 1 ? "1er" : echelon + "e") + " échelon";
        if (grade == null && step == null) {
            return "—";
        }
        return grade == null ? step : step == null ? grade : grade + ", " + step;
    }

    public void confirm() {
        run(() -> transfers.confirm(campaignId, candidature.version()), "mutation.voeuxConfirmes");
    }

    public void prepareContest(String elementCode) {
        contestedElement = elementCode;
        contestComment = null;
    }

    public void contest() {
        if (run(() -> transfers.contest(campaignId, contestedElement, contestComment), "mutation.contestationEnvoyee")) {
            org.primefaces.PrimeFaces.current().executeScript("PF('contestation').hide()");
        }
    }

    public StreamedContent getConfirmation() {
        byte[] pdf = ConfirmationPdf.of(candidature, candidature.agent(), FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
        return DefaultStreamedContent.builder().name("confirmation-mutation-" + campaignId + ".pdf").contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private List<WishRequest> current() {
        return candidature.wishes().stream().map(w -> new WishRequest(WishType.valueOf(w.type()), w.code())).toList();
    }

    private boolean save(List<WishRequest> wishes, String doneKey) {
        return run(() -> transfers.saveWishes(campaignId, wishes, candidature.version()), doneKey);
    }

    private boolean run(java.util.function.Supplier<CandidatureView> action, String doneKey) {
        return TransferPages.attempt(() -> {
            CandidatureView view = action.get();
            show(view);
            return view;
        }, doneKey);
    }

    public boolean isEntryOpen() {
        return candidature != null && candidature.entryRefusal() == null;
    }

    public boolean isContestOpen() {
        return candidature != null && candidature.contestRefusal() == null && candidature.saved();
    }

    public boolean isClosed() {
        return candidature != null && CampaignPhase.valueOf(candidature.campaign().phase()).atLeast(CampaignPhase.CLOSED);
    }

    public List<WishType> getWishTypes() {
        return candidature == null ? List.of()
                : candidature.campaign().wishTypes().stream().map(WishType::valueOf).toList();
    }

    public List<String> getCommunes() {
        return new ArrayList<>(new TreeSet<>(places.stream().map(Place::commune).toList()));
    }

    public List<String> getZones() {
        return new ArrayList<>(new TreeSet<>(places.stream().map(Place::zone).filter(z -> z != null).toList()));
    }

    public List<String> getDepartements() {
        return new ArrayList<>(new TreeSet<>(places.stream().map(Place::departement).toList()));
    }

    public String elementLabel(String code) {
        return candidature.bareme().stream().filter(b -> b.code().equals(code)).map(CandidatureView.BaremeLine::label).findFirst()
                .orElse(code);
    }

    public List<Place> getPlaces() {
        return places;
    }

    public List<CampaignSummary> getCampaigns() {
        return campaigns;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public CandidatureView getCandidature() {
        return candidature;
    }

    public CandidatureView.Declaration getDeclaration() {
        return declaration;
    }

    public String getSpouseDepartement() {
        return declaration.spouseDepartement();
    }

    public void setSpouseDepartement(String value) {
        declaration = new CandidatureView.Declaration(value, declaration.childrenUnder18(), declaration.separationYears(),
                declaration.handicap(), declaration.yearsInRepPlus(), declaration.yearsInRep());
    }

    public int getChildren() {
        return declaration.childrenUnder18();
    }

    public void setChildren(int value) {
        declaration = new CandidatureView.Declaration(declaration.spouseDepartement(), value, declaration.separationYears(),
                declaration.handicap(), declaration.yearsInRepPlus(), declaration.yearsInRep());
    }

    public int getSeparationYears() {
        return declaration.separationYears();
    }

    public void setSeparationYears(int value) {
        declaration = new CandidatureView.Declaration(declaration.spouseDepartement(), declaration.childrenUnder18(), value,
                declaration.handicap(), declaration.yearsInRepPlus(), declaration.yearsInRep());
    }

    public boolean isHandicap() {
        return declaration.handicap();
    }

    public void setHandicap(boolean value) {
        declaration = new CandidatureView.Declaration(declaration.spouseDepartement(), declaration.childrenUnder18(),
                declaration.separationYears(), value, declaration.yearsInRepPlus(), declaration.yearsInRep());
    }

    public int getYearsRepPlus() {
        return declaration.yearsInRepPlus();
    }

    public void setYearsRepPlus(int value) {
        declaration = new CandidatureView.Declaration(declaration.spouseDepartement(), declaration.childrenUnder18(),
                declaration.separationYears(), declaration.handicap(), value, declaration.yearsInRep());
    }

    public int getYearsRep() {
        return declaration.yearsInRep();
    }

    public void setYearsRep(int value) {
        declaration = new CandidatureView.Declaration(declaration.spouseDepartement(), declaration.childrenUnder18(),
                declaration.separationYears(), declaration.handicap(), declaration.yearsInRepPlus(), value);
    }

    public WishType getNewType() {
        return newType;
    }

    public void setNewType(WishType newType) {
        this.newType = newType;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getContestedElement() {
        return contestedElement;
    }

    public String getContestComment() {
        return contestComment;
    }

    public void setContestComment(String contestComment) {
        this.contestComment = contestComment;
    }
}
