package fr.academie.portail.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;

/** The DSI's service-level targets (a single row): time to take charge, time to install. */
@Entity
@Table(name = "service_level_target")
public class ServiceLevelTarget {

    public static final long THE_ONLY_ONE = 1L;

    @Id
    private Long id;

    @Column(name = "take_charge_hours", nullable = false)
    private int takeChargeHours;

    @Column(name = "install_days", nullable = false)
    private int installDays;

    @Version
    private long version;

    protected ServiceLevelTarget() {
        // for JPA
    }

    public void revise(int takeChargeHours, int installDays) {
        this.takeChargeHours = takeChargeHours;
        this.installDays = installDays;
    }

    public int getTakeChargeHours() {
        return takeChargeHours;
    }

    public int getInstallDays() {
        return installDays;
    }

    public Duration takeCharge() {
        return Duration.ofHours(takeChargeHours);
    }

    public Duration install() {
        return Duration.ofDays(installDays);
    }
}
