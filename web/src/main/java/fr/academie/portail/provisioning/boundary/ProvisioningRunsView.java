package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.provisioning.control.RejectsCsv;
import fr.academie.portail.provisioning.entity.ProvisioningReject;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * « Imports RH », the DSI's page: send an extract (dry run or real, full or delta), follow the
 * runs with their progress, read and download their rejected lines, restart a run that stopped.
 */
@Named
@ViewScoped
public class ProvisioningRunsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;
    private static final int CHARTED = 10;
    private static final int BAR_WIDTH = 64;
    /** The académie's clock, whatever the server's. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    ProvisioningRuns runs;

    @Inject
    ProvisioningLauncher launcher;

    @Inject
    ExtractStore store;

    @Inject
    @ConfigProperty(name = "portail.provisioning.max-disabled-share", defaultValue = "0.02")
    double maxDisabledShare;

    private List<RunReport> latest;
    private Long selectedId;
    private List<ProvisioningReject> rejects = List.of();

    private transient UploadedFile file;
    private boolean dryRun = true;
    private boolean full = true;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        latest = runs.latest(SHOWN);
        if (selectedId != null) {
            rejects = runs.rejects(selectedId);
        }
    }

    public String launch() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            PageMessages.add(faces, FacesMessage.SEVERITY_ERROR, "imports.lancement.fichierManquant");
            return null;
        }
        long run;
        try (InputStream content = file.getInputStream()) {
            run = launcher.start(store.keep(content, file.getFileName()), ExtractStore.safe(file.getFileName()),
                    new RunOptions(dryRun, full, maxDisabledShare));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PageMessages.add(faces, FacesMessage.SEVERITY_INFO,
                dryRun ? "imports.lancement.simulation" : "imports.lancement.reel", String.valueOf(run));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/dsi/imports.xhtml?faces-redirect=true";
    }

    public void select(RunReport run) {
        selectedId = run.id();
        rejects = runs.rejects(run.id());
    }

    /** The selected run's rejected lines as the CSV the API also gives (NUMEN masked, formulas neutralised). */
    public StreamedContent getRejectsFile() {
        java.io.StringWriter text = new java.io.StringWriter();
        text.write('\uFEFF'); // spreadsheets then read the file as UTF-8
        try {
            RejectsCsv lines = new RejectsCsv(text);
            for (ProvisioningReject reject : rejects) {
                lines.line(reject.getLineNumber(), reject.getMaskedNumen(), reject.getReason());
            }
            lines.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        byte[] csv = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("rejets-import-" + selectedId + ".csv")
                .contentType("text/csv;charset=UTF-8").contentLength((long) csv.length)
                .stream(() -> new java.io.ByteArrayInputStream(csv)).build();
    }

    public void restart(RunReport run) {
        try {
            launcher.restart(run.id());
        } catch (RunNotRestartableException notRestartable) {
            PageMessages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_WARN, "imports.reprise.impossible",
                    String.valueOf(run.id()));
        }
        refresh();
    }

    /**
     * The latest real imports as a stacked bar chart (Chart.js configuration for {@code p:chart}):
     * a night that rejects or disables much more than the others stands out at a glance.
     */
    public String getChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<RunReport> shown = new ArrayList<>(latest.stream().filter(r -> "REAL".equals(r.mode())).limit(CHARTED).toList());
        Collections.reverse(shown); // oldest first, left to right
        JsonArrayBuilder labels = Json.createArrayBuilder();
        shown.forEach(r -> labels.add(PageMessages.text(faces, "imports.bilan.import", String.valueOf(r.id()))));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(faces, "imports.crees", "#18753c", shown.stream().mapToInt(RunReport::created)))
                .add(dataset(faces, "imports.misAJour", "#000091", shown.stream().mapToInt(RunReport::updated)))
                .add(dataset(faces, "imports.desactives", "#b34000", shown.stream().mapToInt(RunReport::disabled)))
                .add(dataset(faces, "imports.rejetes", "#ce0500", shown.stream().mapToInt(RunReport::rejected)));
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("aspectRatio", 4)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", stacked)))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(FacesContext faces, String labelKey, String colour, IntStream values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", PageMessages.text(faces, labelKey))
                .add("backgroundColor", colour).add("maxBarThickness", BAR_WIDTH).add("data", data);
    }

    public boolean isAnyRunning() {
        return latest.stream().anyMatch(RunReport::isRunning);
    }

    public RunReport getSelected() {
        return selectedId == null ? null
                : latest.stream().filter(r -> r.id() == selectedId).findFirst().orElse(null);
    }

    public String format(Instant instant) {
        return instant == null ? "" : LOCAL_TIME.format(instant);
    }

    public List<RunReport> getLatest() {
        return latest;
    }

    public List<ProvisioningReject> getRejects() {
        return rejects;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isFull() {
        return full;
    }

    public void setFull(boolean full) {
        this.full = full;
    }
}
