package fr.academie.portail.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person seen by a run, while the run lasts: written in the same transaction as the chunk that
 * read the line, so it survives a crash and a restart. It tells a later line that repeats a NUMEN
 * where the first one was, remembers the logins a dry run would have given, and lets the run's end
 * find, in one set-based query, the active accounts absent from a full extract. Deleted at the end.
 * Written by the import with plain JDBC batches (a million a night); read here through JPA.
 */
@Entity
@Table(name = "provisioning_line")
@NamedQuery(name = ProvisioningLine.OF_RUN_BY_HASHES,
        query = "select l from ProvisioningLine l where l.jobInstanceId = :run and l.numenHash in :hashes")
@NamedQuery(name = ProvisioningLine.HASHES_OF_RUN,
        query = "select l.numenHash from ProvisioningLine l where l.jobInstanceId = :run")
@NamedQuery(name = ProvisioningLine.LOGINS_OF_RUN,
        query = "select l.login from ProvisioningLine l where l.jobInstanceId = :run and l.login is not null")
public class ProvisioningLine {

    public static final String OF_RUN_BY_HASHES = "ProvisioningLine.ofRunByHashes";
    public static final String LOGINS_OF_RUN = "ProvisioningLine.loginsOfRun";
    public static final String HASHES_OF_RUN = "ProvisioningLine.hashesOfRun";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provisioning_line_seq")
    @SequenceGenerator(name = "provisioning_line_seq", sequenceName = "provisioning_line_seq", allocationSize = 1000)
    private Long id;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "numen_hash", nullable = false, length = 64)
    private String numenHash;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    /** The login a new person got (or, in a dry run, would get). */
    @Column(length = 40)
    private String login;

    protected ProvisioningLine() {
        // for JPA: rows are only read through this class
    }

    public String getNumenHash() {
        return numenHash;
    }

    public long getLineNumber() {
        return lineNumber;
    }
}
