package fr.academie.portail.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.sql.Types;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;

/**
 * The report of one run of the provisioning job, keyed by its Jakarta Batch job instance: a
 * restarted run keeps adding to the same report.
 */
@Entity
@Table(name = "provisioning_run")
@NamedQuery(name = ProvisioningRun.LATEST, query = "select r from ProvisioningRun r order by r.startedAt desc")
public class ProvisioningRun {

    public static final String LATEST = "ProvisioningRun.latest";

    @Id
    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "last_execution_id", nullable = false)
    private long lastExecutionId;

    @Column(name = "source_name", nullable = false, length = 255)
    private String sourceName;

    @JdbcTypeCode(Types.TIMESTAMP) // a plain TIMESTAMP (DATETIME on MariaDB), in UTC
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @JdbcTypeCode(Types.TIMESTAMP) // a plain TIMESTAMP (DATETIME on MariaDB), in UTC
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false, length = 30)
    private String status;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int disabled;

    @Column(nullable = false)
    private int rejected;

    protected ProvisioningRun() {
        // for JPA
    }

    public ProvisioningRun(long jobInstanceId, long executionId, String sourceName, Instant startedAt) {
        this.jobInstanceId = jobInstanceId;
        this.lastExecutionId = executionId;
        this.sourceName = sourceName;
        this.startedAt = startedAt;
        this.status = "STARTED";
    }

    public void restarted(long executionId) {
        this.lastExecutionId = executionId;
        this.status = "STARTED";
        this.endedAt = null;
    }

    public void add(RunCounts counts) {
        rowsRead += counts.read();
        created += counts.created();
        updated += counts.updated();
        unchanged += counts.unchanged();
        disabled += counts.disabled();
        rejected += counts.rejected();
    }

    public void end(String finalStatus, Instant when) {
        this.status = finalStatus;
        this.endedAt = when;
    }

    public RunCounts counts() {
        return new RunCounts(rowsRead, created, updated, unchanged, disabled, rejected);
    }

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getLastExecutionId() {
        return lastExecutionId;
    }

    public String getSourceName() {
        return sourceName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getStatus() {
        return status;
    }
}
