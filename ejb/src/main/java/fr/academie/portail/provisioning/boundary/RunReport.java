package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.entity.ProvisioningRun;
import fr.academie.portail.provisioning.entity.RunCounts;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;

/** A provisioning run as the API and the pages show it. */
public record RunReport(
        long id,
        String file,
        String mode,
        String scope,
        String status,
        Integer totalRows,
        int progressPercent,
        int read,
        int created,
        int updated,
        int unchanged,
        int disabled,
        int rejected,
        int absent,
        String message,
        Instant startedAt,
        Instant endedAt) {

    public static RunReport of(ProvisioningRun run) {
        RunCounts c = run.counts();
        return new RunReport(run.getJobInstanceId(), run.getSourceName(), run.getMode(), run.getScope(), run.getStatus(),
                run.getTotalRows(), run.progressPercent(), c.read(), c.created(), c.updated(), c.unchanged(),
                c.disabled(), c.rejected(), run.getAbsent(), run.getMessage(), run.getStartedAt(), run.getEndedAt());
    }

    @JsonbTransient
    public boolean isRunning() {
        return endedAt == null;
    }

    /** A run that stopped before its end can resume where it stopped. */
    @JsonbTransient
    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }
}
