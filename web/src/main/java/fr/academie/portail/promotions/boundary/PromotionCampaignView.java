package fr.academie.portail.promotions.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.promotions.control.Appreciation;
import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.PromotionType;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One tableau d'avancement for HR: its settings and phase, the ranked promouvables (appreciations
 * given here for the hors classe), what blocks validation, the balance of women and men as a chart,
 * and the steps: open the opinions, validate, reopen, publish.
 */
@Named
@ViewScoped
public class PromotionCampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PromotionCampaigns campaigns;

    private Long id;
    private TableView table;
    /** The appreciation chosen on each line, by candidate: the name of an {@link Appreciation}, empty for none. */
    private final Map<Long, String> chosen = new HashMap<>();

    public void load() {
        table = null;
        chosen.clear();
        if (id != null) {
            try {
                table = campaigns.table(id);
            } catch (PromotionRejectedException unknown) {
                table = null;
                return;
            }
            for (TableView.Line line : table.lines()) {
                chosen.put(line.candidateId(), Arrays.stream(Appreciation.values()).filter(a -> a.label().equals(line.appreciation()))
                        .map(Appreciation::name).findFirst().orElse(""));
            }
        }
    }

    public void appreciate(long candidateId) {
        String appreciation = chosen.get(candidateId);
        Appreciation given = appreciation == null || appreciation.isBlank() ? null : Appreciation.valueOf(appreciation);
        PromotionPages.attempt(() -> campaigns.appreciate(id, candidateId, given), "promotions.appreciationEnregistree");
        load();
    }

    public void advance(String phase) {
        PromotionPhase next = PromotionPhase.valueOf(phase);
        PromotionPages.attempt(() -> campaigns.advance(id, next), "promotions.etape." + next.name());
        load();
    }

    public void redraw() {
        PromotionPages.attempt(() -> campaigns.redraw(id), "promotions.recalculee");
        load();
    }

    public boolean isHorsClasse() {
        return table != null && table.campaign().type() == PromotionType.HORS_CLASSE;
    }

    /** Appreciations may change until the table is validated. */
    public boolean isAppreciationsOpen() {
        return isHorsClasse() && (table.campaign().phase() == PromotionPhase.DRAFT || table.campaign().phase() == PromotionPhase.OPINIONS);
    }

    public List<Appreciation> getAppreciations() {
        return List.of(Appreciation.values());
    }

    /** Share of women among the promouvables and among those the table promotes (Chart.js). */
    public String getBalanceChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var balance = table.balance();
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(PageMessages.text(faces, "promotions.graphique.promouvables"))
                                .add(PageMessages.text(faces, "promotions.graphique.promus")))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", PageMessages.text(faces, "promotions.graphique.femmes"))
                                .add("data", Json.createArrayBuilder().add(balance.promouvableShare()).add(balance.promotedShare()))
                                .add("backgroundColor", Json.createArrayBuilder().add("#000091").add(balance.withinTolerance() ? "#18753c" : "#ce0500")))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("aspectRatio", 3).add("animation", false)
                        .add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", PageMessages.text(faces, "promotions.graphique.titre"))))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", PageMessages.text(faces, "promotions.graphique.axe"))))))
                .build().toString();
    }

    public String getBalanceSummary() {
        var balance = table.balance();
        return PageMessages.text(FacesContext.getCurrentInstance(), "promotions.equilibre.resume", balance.promouvableShare(),
                balance.promotedShare(), balance.tolerance());
    }

    public Map<Long, String> getChosen() {
        return chosen;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TableView getTable() {
        return table;
    }
}
