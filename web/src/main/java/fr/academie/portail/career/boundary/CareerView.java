package fr.academie.portail.career.boundary;

import fr.academie.portail.career.control.CareerProjection.Projection;
import fr.academie.portail.career.control.ProjectedStep;
import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * « Perspectives de carrière »: the table of the next échelons and a chart of the index over the
 * years, at the normal pace, with the accelerations, and after a promotion to the hors classe.
 * An HR manager opens anyone's with {@code ?login=}.
 */
@Named
@ViewScoped
public class CareerView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_YEARS = 40;

    @Inject
    CareerProjections projections;

    private String login;
    private CareerOutlook outlook;

    /** f:viewAction: the caller's own outlook, or the one of {@code login} for HR. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            outlook = login == null || login.isBlank() ? projections.mine() : projections.of(login);
        } catch (EJBAccessException refused) {
            faces.getExternalContext().responseSendError(403, refused.getMessage());
            faces.responseComplete();
        }
    }

    /** The chart: the index each path pays on 1 September of each year (Chart.js, stepped lines). */
    public String getChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalDate first = LocalDate.of(LocalDate.now(PARIS).getYear(), Month.SEPTEMBER, 1);
        LocalDate last = Stream.of(outlook.normal(), outlook.accelerated(), outlook.afterHorsClassePromotion())
                .flatMap(List::stream).map(ProjectedStep::from).max(LocalDate::compareTo).orElse(first).plusYears(1);
        int years = Math.min(MAX_YEARS, Math.max(2, last.getYear() - first.getYear() + 1));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int y = 0; y < years; y++) {
            labels.add(Integer.toString(first.getYear() + y));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(PageMessages.text(faces, "carriere.rythmeNormal"), outlook.normal(), first, years, "#000091"))
                .add(dataset(PageMessages.text(faces, "carriere.rythmeAccelere"), outlook.accelerated(), first, years, "#18753c", 6, 4));
        if (!outlook.afterHorsClassePromotion().isEmpty()) {
            datasets.add(dataset(PageMessages.text(faces, "carriere.apresHorsClasse"), outlook.afterHorsClassePromotion(),
                    first, years, "#b34000", 2, 3));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("aspectRatio", 3)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", PageMessages.text(faces, "carriere.graphique.titre"))))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                        .add("display", true).add("text", PageMessages.text(faces, "carriere.indice"))))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<ProjectedStep> path, LocalDate first, int years,
            String colour, int... dash) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int y = 0; y < years; y++) {
            LocalDate september = first.plusYears(y);
            Projection.indexOn(path, september).ifPresentOrElse(data::add, data::addNull);
        }
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("stepped", true)
                .add("pointRadius", 2).add("spanGaps", false);
        if (dash.length > 0) {
            JsonArrayBuilder pattern = Json.createArrayBuilder();
            for (int length : dash) {
                pattern.add(length);
            }
            set.add("borderDash", pattern);
        }
        return set;
    }

    /** The chart's text alternative. */
    public String getChartSummary() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<ProjectedStep> normal = outlook.normal();
        ProjectedStep now = normal.get(0);
        ProjectedStep end = normal.get(normal.size() - 1);
        return PageMessages.text(faces, "carriere.graphique.resume", now.indiceMajore(), end.indiceMajore(),
                end.from().getYear());
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public CareerOutlook getOutlook() {
        return outlook;
    }

    public boolean isOwn() {
        return login == null || login.isBlank();
    }
}
