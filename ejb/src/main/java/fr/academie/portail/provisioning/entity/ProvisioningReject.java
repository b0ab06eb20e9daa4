package fr.academie.portail.provisioning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One refused line of an extract: never the full NUMEN, only its masked form. */
@Entity
@Table(name = "provisioning_reject")
@NamedQuery(name = ProvisioningReject.OF_RUN,
        query = "select r from ProvisioningReject r where r.jobInstanceId = :run order by r.lineNumber")
public class ProvisioningReject {

    public static final String OF_RUN = "ProvisioningReject.ofRun";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provisioning_reject_seq")
    @SequenceGenerator(name = "provisioning_reject_seq", sequenceName = "provisioning_reject_seq", allocationSize = 1000)
    private Long id;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    @Column(name = "masked_numen", nullable = false, length = 13)
    private String maskedNumen;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected ProvisioningReject() {
        // for JPA
    }

    public ProvisioningReject(long jobInstanceId, long lineNumber, String maskedNumen, String reason) {
        this.jobInstanceId = jobInstanceId;
        this.lineNumber = lineNumber;
        this.maskedNumen = maskedNumen;
        this.reason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public String getMaskedNumen() {
        return maskedNumen;
    }

    public String getReason() {
        return reason;
    }
}
