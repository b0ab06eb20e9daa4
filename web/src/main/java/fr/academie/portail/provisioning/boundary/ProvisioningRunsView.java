package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.entity.ProvisioningReject;
import fr.academie.portail.provisioning.entity.ProvisioningRun;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The DSI's view of the HR imports: the latest runs, their counts and their rejected lines. */
@Named
@ViewScoped
public class ProvisioningRunsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;
    /** The académie's clock, whatever the server's. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    ProvisioningRuns runs;

    private List<ProvisioningRun> latest;
    private ProvisioningRun selected;
    private List<ProvisioningReject> rejects = List.of();

    @PostConstruct
    void init() {
        latest = runs.latest(SHOWN);
    }

    public void select(ProvisioningRun run) {
        selected = run;
        rejects = runs.rejects(run.getJobInstanceId());
    }

    public String format(Instant instant) {
        return instant == null ? "" : LOCAL_TIME.format(instant);
    }

    public List<ProvisioningRun> getLatest() {
        return latest;
    }

    public ProvisioningRun getSelected() {
        return selected;
    }

    public List<ProvisioningReject> getRejects() {
        return rejects;
    }
}
