package fr.academie.portail.services.control;

import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import java.time.Duration;
import java.time.Instant;

/**
 * The service-level clock of a request, against the DSI's targets: time to take it in charge
 * (from submission), time to install it (from submission, less the time spent waiting for the
 * requester's answer). Calendar time: the académie's services answer through the holidays too.
 */
public record SlaClock(Duration takeChargeTarget, Duration installTarget) {

    /** Past this share of its target, a clock is shown as « bientôt en retard ». */
    static final double WARNING_SHARE = 0.75;

    /** The moments of a request that count for the clock. */
    public record Timeline(RequestKind kind, RequestState state, Instant submittedAt, Instant takenAt,
                           Instant installedAt, Instant endedAt, Instant pausedSince, long pausedSeconds) {
    }

    public enum Status {
        A_L_HEURE,
        BIENTOT_EN_RETARD,
        EN_RETARD,
        EN_PAUSE,
        TERMINE
    }

    /** Both clocks' readings, and the status of the one that runs now. */
    public record Reading(Duration takeCharge, Duration install, Status status, boolean takeChargeMet,
                          boolean installMet) {

        public boolean overdue() {
            return status == Status.EN_RETARD;
        }
    }

    public Reading read(Timeline request, Instant now) {
        Instant stop = request.endedAt() != null ? request.endedAt() : now;
        Duration takeCharge = Duration.between(request.submittedAt(), request.takenAt() != null ? request.takenAt() : stop);
        Duration install = null;
        if (request.kind() == RequestKind.DEMANDE) {
            Instant installEnd = request.installedAt() != null ? request.installedAt() : stop;
            Duration paused = Duration.ofSeconds(request.pausedSeconds());
            if (request.pausedSince() != null) {
                paused = paused.plus(Duration.between(request.pausedSince(), installEnd));
            }
            install = Duration.between(request.submittedAt(), installEnd).minus(paused);
            if (install.isNegative()) {
                install = Duration.ZERO;
            }
        }
        boolean takeChargeMet = takeCharge.compareTo(takeChargeTarget) <= 0;
        boolean installMet = install == null || install.compareTo(installTarget) <= 0;
        return new Reading(takeCharge, install, status(request, takeCharge, install), takeChargeMet, installMet);
    }

    private Status status(Timeline request, Duration takeCharge, Duration install) {
        return switch (request.state()) {
            case SOUMISE -> against(takeCharge, takeChargeTarget);
            case EN_ATTENTE_DEMANDEUR -> Status.EN_PAUSE;
            case PRISE_EN_CHARGE, TRANSMISE_DSI, EN_COURS_INSTALLATION ->
                    install == null ? Status.A_L_HEURE : against(install, installTarget);
            case INSTALLEE, ACCOMPAGNEMENT, CLOSE, REFUSEE, RETIREE -> Status.TERMINE;
        };
    }

    private static Status against(Duration elapsed, Duration target) {
        if (elapsed.compareTo(target) > 0) {
            return Status.EN_RETARD;
        }
        return elapsed.toSeconds() >= target.toSeconds() * WARNING_SHARE ? Status.BIENTOT_EN_RETARD : Status.A_L_HEURE;
    }
}
