package fr.academie.portail.services.boundary;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.academie.portail.platform.boundary.Formats;
import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.platform.control.SpreadsheetSafe;
import fr.academie.portail.services.control.SlaClock;
import fr.academie.portail.services.entity.CollaborativeService;
import fr.academie.portail.services.entity.RequestState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * « Demandes à traiter », the queue of the assistance and of the DSI: oldest first, filters by
 * state, service, establishment and age, overdue requests highlighted, a chart of the open ones,
 * a CSV export of what the filters keep.
 */
@Named
@ViewScoped
public class RequestQueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<RequestState> OPEN_ORDER = List.of(RequestState.SOUMISE, RequestState.PRISE_EN_CHARGE,
            RequestState.EN_ATTENTE_DEMANDEUR, RequestState.TRANSMISE_DSI, RequestState.EN_COURS_INSTALLATION);

    @Inject
    ServiceRequests requests;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Formats formats;

    private List<String> states = new ArrayList<>();
    private String service;
    private String establishment;
    private Integer olderThanDays;
    private String text;
    private List<CollaborativeService> services;
    private List<QueueRow> open;
    private final LazyDataModel<QueueRow> model = new Rows();

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Each team starts on what waits for it; the filters show the rest.
        if (faces.getExternalContext().isUserInRole("DSI")) {
            states.addAll(List.of("TRANSMISE_DSI", "EN_COURS_INSTALLATION", "INSTALLEE", "ACCOMPAGNEMENT"));
        } else {
            states.addAll(List.of("SOUMISE", "PRISE_EN_CHARGE", "EN_ATTENTE_DEMANDEUR"));
        }
        services = catalog.all();
        open = requests.export(new QueueFilter(RequestState.OPEN, null, null, null, null));
    }

    public void search() {
        // the lazy model reads the filters on its next load
    }

    public void clear() {
        states = new ArrayList<>();
        service = null;
        establishment = null;
        olderThanDays = null;
        text = null;
    }

    private QueueFilter filter() {
        Set<RequestState> chosen = EnumSet.noneOf(RequestState.class);
        states.forEach(state -> chosen.add(RequestState.valueOf(state)));
        return new QueueFilter(chosen, service, establishment, olderThanDays, text);
    }

    /** Every line the filters keep, as CSV for a spreadsheet (cells that look like formulas neutralised). */
    public StreamedContent export() {
        FacesContext faces = FacesContext.getCurrentInstance();
        StringWriter csv = new StringWriter();
        try (CsvWriter printer = CsvWriter.builder().fieldSeparator(';').build(csv)) {
            printer.writeRecord("reference", "type", "service", "etablissement", "uai", "demandeur", "objet", "etat",
                    "deposee_le", "delai", "instance");
            for (QueueRow row : requests.export(filter())) {
                printer.writeRecord(row.reference(), row.kind().name(), SpreadsheetSafe.cell(row.serviceName()),
                        SpreadsheetSafe.cell(row.establishment()), row.uai(), SpreadsheetSafe.cell(row.requester()),
                        SpreadsheetSafe.cell(row.subject()), PageMessages.text(faces, "etat." + row.state()),
                        formats.dateTime(row.submittedAt()), PageMessages.text(faces, "sla." + row.sla()),
                        SpreadsheetSafe.cell(row.instanceUrl()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8); // the BOM makes spreadsheets read UTF-8
        return DefaultStreamedContent.builder().name("demandes.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Open requests per state, stacked by where their clock stands. */
    public String getChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<RequestState, Map<SlaClock.Status, Integer>> counts = new EnumMap<>(RequestState.class);
        OPEN_ORDER.forEach(state -> counts.put(state, new EnumMap<>(SlaClock.Status.class)));
        open.forEach(row -> counts.get(row.state()).merge(row.sla(), 1, Integer::sum));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        OPEN_ORDER.forEach(state -> labels.add(PageMessages.text(faces, "etat." + state)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        Map<SlaClock.Status, String> colours = Map.of(SlaClock.Status.A_L_HEURE, "#18753c",
                SlaClock.Status.BIENTOT_EN_RETARD, "#b34000", SlaClock.Status.EN_RETARD, "#ce0500",
                SlaClock.Status.EN_PAUSE, "#666666");
        for (SlaClock.Status status : List.of(SlaClock.Status.A_L_HEURE, SlaClock.Status.BIENTOT_EN_RETARD,
                SlaClock.Status.EN_RETARD, SlaClock.Status.EN_PAUSE)) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            OPEN_ORDER.forEach(state -> data.add(counts.get(state).getOrDefault(status, 0)));
            datasets.add(Json.createObjectBuilder().add("label", PageMessages.text(faces, "sla." + status))
                    .add("backgroundColor", colours.get(status)).add("maxBarThickness", 48).add("data", data));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("aspectRatio", 5)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** The chart's text alternative: the same counts, in words. */
    public String getChartSummary() {
        FacesContext faces = FacesContext.getCurrentInstance();
        long overdue = open.stream().filter(QueueRow::overdue).count();
        return PageMessages.text(faces, "file.graphique.resume", open.size(), overdue);
    }

    public String rowClass(QueueRow row) {
        return switch (row.sla()) {
            case EN_RETARD -> "portail-row-overdue";
            case BIENTOT_EN_RETARD -> "portail-row-soon";
            default -> null;
        };
    }

    private final class Rows extends LazyDataModel<QueueRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) requests.count(filter());
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return requests.queue(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(QueueRow row) {
            return Long.toString(row.id());
        }

        @Override
        public QueueRow getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<QueueRow> getModel() {
        return model;
    }

    public List<RequestState> getAllStates() {
        return List.of(RequestState.values());
    }

    public List<CollaborativeService> getServices() {
        return services;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states == null ? new ArrayList<>() : new ArrayList<>(states);
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getEstablishment() {
        return establishment;
    }

    public void setEstablishment(String establishment) {
        this.establishment = establishment;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }
}
