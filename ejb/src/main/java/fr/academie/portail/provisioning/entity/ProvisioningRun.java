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

    @Column(name = "run_mode", nullable = false, length = 10)
    private String mode = "REAL";

    @Column(name = "run_scope", nullable = false, length = 10)
    private String scope = "FULL";

    /** Data lines of the extract, for the progress bar; null until counted. */
    @Column(name = "total_rows")
    private Integer totalRows;

    /** Active accounts the full extract no longer lists. */
    @Column(nullable = false)
    private int absent;

    /** What the DSI must know about the run, in French. */
    @Column(length = 1000)
    private String message;

    protected ProvisioningRun() {
        // for JPA
    }

    public ProvisioningRun(long jobInstanceId, long executionId, String sourceName, RunOptions options,
                           Instant startedAt) {
        this.jobInstanceId = jobInstanceId;
        this.lastExecutionId = executionId;
        this.sourceName = sourceName;
        this.mode = options.mode();
        this.scope = options.scope();
        this.startedAt = startedAt;
        this.status = "STARTED";
    }

    public void counted(int dataLines) {
        this.totalRows = dataLines;
    }

    /** The end of a full extract: {@code disabled} of the {@code absent} accounts were disabled. */
    public void absentStaff(int absentAccounts, int disabledAccounts, String messageToDsi) {
        this.absent = absentAccounts;
        this.disabled += disabledAccounts;
        this.message = messageToDsi;
    }

    /** Share of the extract handled so far, from 0 to 100; 100 once the run has ended. */
    public int progressPercent() {
        if (endedAt != null) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) Math.min(99, 100L * rowsRead / totalRows);
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

    public String getMode() {
        return mode;
    }

    public String getScope() {
        return scope;
    }

    public Integer getTotalRows() {
        return totalRows;
    }

    public int getAbsent() {
        return absent;
    }

    public String getMessage() {
        return message;
    }
}
