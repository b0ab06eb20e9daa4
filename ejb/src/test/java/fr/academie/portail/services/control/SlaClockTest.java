package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.services.control.SlaClock.Status;
import fr.academie.portail.services.control.SlaClock.Timeline;
import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");
    private final SlaClock clock = new SlaClock(Duration.ofHours(48), Duration.ofDays(15));

    @Test
    void aNewRequestIsOnTimeThenSoonLateThenLate() {
        Timeline submitted = new Timeline(RequestKind.DEMANDE, RequestState.SOUMISE, MONDAY, null, null, null, null, 0);
        assertThat(clock.read(submitted, MONDAY.plus(Duration.ofHours(10))).status()).isEqualTo(Status.A_L_HEURE);
        assertThat(clock.read(submitted, MONDAY.plus(Duration.ofHours(36))).status()).isEqualTo(Status.BIENTOT_EN_RETARD);
        assertThat(clock.read(submitted, MONDAY.plus(Duration.ofHours(48))).status()).as("at the target itself")
                .isEqualTo(Status.BIENTOT_EN_RETARD);
        SlaClock.Reading late = clock.read(submitted, MONDAY.plus(Duration.ofHours(49)));
        assertThat(late.status()).isEqualTo(Status.EN_RETARD);
        assertThat(late.overdue()).isTrue();
        assertThat(late.takeChargeMet()).isFalse();
    }

    @Test
    void onceTakenTheInstallClockRunsFromTheSubmission() {
        Timeline taken = new Timeline(RequestKind.DEMANDE, RequestState.TRANSMISE_DSI, MONDAY, MONDAY.plus(Duration.ofHours(3)),
                null, null, null, 0);
        SlaClock.Reading reading = clock.read(taken, MONDAY.plus(Duration.ofDays(16)));
        assertThat(reading.takeCharge()).isEqualTo(Duration.ofHours(3));
        assertThat(reading.takeChargeMet()).isTrue();
        assertThat(reading.install()).isEqualTo(Duration.ofDays(16));
        assertThat(reading.status()).isEqualTo(Status.EN_RETARD);
    }

    @Test
    void timeWaitingForTheRequesterDoesNotCount() {
        // Asked for details on day 2, answered on day 12: 10 days of pause, over.
        Timeline answered = new Timeline(RequestKind.DEMANDE, RequestState.EN_COURS_INSTALLATION, MONDAY,
                MONDAY.plus(Duration.ofHours(1)), null, null, null, Duration.ofDays(10).toSeconds());
        SlaClock.Reading reading = clock.read(answered, MONDAY.plus(Duration.ofDays(20)));
        assertThat(reading.install()).isEqualTo(Duration.ofDays(10));
        assertThat(reading.status()).isEqualTo(Status.A_L_HEURE);

        // Still waiting since day 5: the clock stands still at 5 days.
        Timeline waiting = new Timeline(RequestKind.DEMANDE, RequestState.EN_ATTENTE_DEMANDEUR, MONDAY,
                MONDAY.plus(Duration.ofHours(1)), null, null, MONDAY.plus(Duration.ofDays(5)), 0);
        SlaClock.Reading paused = clock.read(waiting, MONDAY.plus(Duration.ofDays(40)));
        assertThat(paused.install()).isEqualTo(Duration.ofDays(5));
        assertThat(paused.status()).isEqualTo(Status.EN_PAUSE);
    }

    @Test
    void anInstalledRequestKeepsItsFinalReading() {
        Timeline installed = new Timeline(RequestKind.DEMANDE, RequestState.INSTALLEE, MONDAY, MONDAY.plus(Duration.ofHours(50)),
                MONDAY.plus(Duration.ofDays(7)), null, null, 0);
        SlaClock.Reading reading = clock.read(installed, MONDAY.plus(Duration.ofDays(300)));
        assertThat(reading.status()).isEqualTo(Status.TERMINE);
        assertThat(reading.install()).isEqualTo(Duration.ofDays(7));
        assertThat(reading.installMet()).isTrue();
        assertThat(reading.takeChargeMet()).as("50 h for a 48 h target").isFalse();
    }

    @Test
    void aSuggestionHasNoInstallClock() {
        Timeline suggestion = new Timeline(RequestKind.SUGGESTION, RequestState.TRANSMISE_DSI, MONDAY, MONDAY.plus(Duration.ofHours(2)),
                null, null, null, 0);
        SlaClock.Reading reading = clock.read(suggestion, MONDAY.plus(Duration.ofDays(60)));
        assertThat(reading.install()).isNull();
        assertThat(reading.installMet()).isTrue();
        assertThat(reading.status()).isEqualTo(Status.A_L_HEURE);
    }

    @Test
    void aRefusedRequestStopsItsClocksWhenRefused() {
        Timeline refused = new Timeline(RequestKind.DEMANDE, RequestState.REFUSEE, MONDAY, null, null,
                MONDAY.plus(Duration.ofHours(5)), null, 0);
        SlaClock.Reading reading = clock.read(refused, MONDAY.plus(Duration.ofDays(90)));
        assertThat(reading.takeCharge()).isEqualTo(Duration.ofHours(5));
        assertThat(reading.status()).isEqualTo(Status.TERMINE);
    }
}
