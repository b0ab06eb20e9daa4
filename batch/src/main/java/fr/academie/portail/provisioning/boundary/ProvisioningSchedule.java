package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly provisioning: at the configured time ({@code portail.provisioning.nightly-time},
 * académie time), the full extract HR dropped in the inbox is imported.
 */
@Singleton
@Startup
public class ProvisioningSchedule {

    private static final Logger LOG = Logger.getLogger(ProvisioningSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "portail.provisioning.nightly-time", defaultValue = "02:30")
    String nightlyTime;

    @Inject
    @ConfigProperty(name = "portail.provisioning.max-disabled-share", defaultValue = "0.02")
    double maxDisabledShare;

    @Resource
    TimerService timers;

    @Inject
    ExtractStore store;

    @Inject
    ProvisioningLauncher launcher;

    @PostConstruct
    void schedule() {
        LocalTime at = LocalTime.parse(nightlyTime);
        ScheduleExpression every = new ScheduleExpression()
                .hour(at.getHour()).minute(at.getMinute()).second(0).timezone("Europe/Paris");
        timers.createCalendarTimer(every, new TimerConfig("import-rh-nocturne", false));
        LOG.info(() -> "Import RH nocturne à " + at + " (heure de Paris) : fichier attendu "
                + store.inbox().resolve(ExtractStore.NIGHTLY_FILE));
    }

    @Timeout
    void nightly() {
        if (importInbox().isEmpty()) {
            LOG.warning(() -> "Import RH nocturne : aucun fichier " + ExtractStore.NIGHTLY_FILE + " dans "
                    + store.inbox() + " ; rien n'est fait cette nuit.");
        }
    }

    /** Imports the file waiting in the inbox, if any; answers the run's number. */
    public OptionalLong importInbox() {
        Path file = store.takeNightlyFile();
        if (file == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(launcher.start(file, ExtractStore.NIGHTLY_FILE, new RunOptions(false, true, maxDisabledShare)));
    }
}
