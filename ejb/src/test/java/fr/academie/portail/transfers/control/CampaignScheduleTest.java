package fr.academie.portail.transfers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The windows enforced by the server's clock, the phases in order, and the tie-break order. */
class CampaignScheduleTest {

    private static final Instant OPEN = Instant.parse("2027-03-01T11:00:00Z");
    private static final Instant CLOSE = Instant.parse("2027-03-22T11:00:00Z");
    private static final CampaignSchedule SCHEDULE = new CampaignSchedule(OPEN, CLOSE, Instant.parse("2027-04-01T10:00:00Z"),
            Instant.parse("2027-04-15T10:00:00Z"), LocalDate.of(2027, 8, 31));

    @Test
    void wishesCanBeEnteredOnlyWhileTheCampaignIsOpenAndTheWindowIsOn() {
        assertThat(SCHEDULE.wishEntryRefusal(CampaignPhase.OPEN, OPEN.minusSeconds(1))).hasValue("La saisie des vœux ouvrira le 01/03/2027 à 12h00.");
        assertThat(SCHEDULE.wishEntryRefusal(CampaignPhase.OPEN, OPEN)).isEmpty();
        assertThat(SCHEDULE.wishEntryRefusal(CampaignPhase.OPEN, CLOSE.minusMillis(1))).isEmpty();
        assertThat(SCHEDULE.wishEntryRefusal(CampaignPhase.OPEN, CLOSE)).hasValue("La saisie des vœux est fermée depuis le 22/03/2027 à 12h00.");
        assertThat(SCHEDULE.wishEntryRefusal(CampaignPhase.CLOSED, OPEN.plusSeconds(60))).isPresent();
        assertThat(SCHEDULE.wishEntryRefusal(CampaignPhase.DRAFT, OPEN.plusSeconds(60))).isPresent();
    }

    @Test
    void contestationsOnlyDuringTheBaremeDisplay() {
        Instant during = Instant.parse("2027-04-02T10:00:00Z");
        assertThat(SCHEDULE.contestationRefusal(CampaignPhase.BAREME_DISPLAY, during)).isEmpty();
        assertThat(SCHEDULE.contestationRefusal(CampaignPhase.CLOSED, during)).isPresent();
        assertThat(SCHEDULE.contestationRefusal(CampaignPhase.BAREME_DISPLAY, Instant.parse("2027-04-15T10:00:00Z")))
                .hasValue("Le barème ne peut plus être contesté depuis le 15/04/2027 à 12h00.");
    }

    @Test
    void phasesFollowOneAnotherWhenTheirConditionsHold() {
        Instant during = OPEN.plusSeconds(3600);
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.DRAFT, CampaignPhase.OPEN, during, 0, 0))
                .hasValue("Ajoutez les postes offerts avant d'ouvrir la campagne.");
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.DRAFT, CampaignPhase.OPEN, during, 4, 0)).isEmpty();
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.OPEN, CampaignPhase.CLOSED, during, 4, 0)).get().asString()
                .startsWith("La saisie des vœux est ouverte jusqu'au 22/03/2027");
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.OPEN, CampaignPhase.CLOSED, CLOSE, 4, 0)).isEmpty();
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.OPEN, CampaignPhase.PUBLISHED, CLOSE, 4, 0)).get().asString()
                .isEqualTo("La campagne est à l'étape « Saisie des vœux » : elle ne peut pas passer à « Résultats publiés ».");
        Instant after = Instant.parse("2027-04-16T10:00:00Z");
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.BAREME_DISPLAY, CampaignPhase.BAREME_FINAL, after, 4, 2))
                .hasValue("2 contestation(s) attendent une réponse.");
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.BAREME_DISPLAY, CampaignPhase.BAREME_FINAL, after, 4, 0)).isEmpty();
        assertThat(SCHEDULE.transitionRefusal(CampaignPhase.SIMULATED, CampaignPhase.SIMULATED, after, 4, 0)).as("any number of runs").isEmpty();
    }

    @Test
    void windowsMustBeInOrder() {
        CampaignSchedule reversed = new CampaignSchedule(CLOSE, OPEN, OPEN, OPEN, null);
        assertThat(reversed.problems()).containsOnlyKeys("referenceDate");
        assertThat(new CampaignSchedule(CLOSE, OPEN, OPEN, OPEN, LocalDate.of(2027, 8, 31)).problems())
                .containsOnlyKeys("wishesCloseAt", "baremeDisplayTo");
        assertThat(new CampaignSchedule(OPEN, CLOSE, OPEN, CLOSE, LocalDate.of(2027, 8, 31)).problems())
                .containsOnlyKeys("baremeDisplayFrom");
        assertThat(SCHEDULE.problems()).isEmpty();
    }

    @Test
    void tiesGoToFamilySituationThenAge() {
        Map<Long, Integer> ranks = Tiebreak.ranks(List.of(
                new Tiebreak.Facts(1, false, 0, LocalDate.of(1970, 1, 1)),
                new Tiebreak.Facts(2, true, 0, LocalDate.of(1990, 1, 1)),
                new Tiebreak.Facts(3, true, 2, LocalDate.of(1995, 1, 1)),
                new Tiebreak.Facts(4, false, 0, LocalDate.of(1960, 1, 1))));

        assertThat(ranks).containsEntry(3L, 0).containsEntry(2L, 1).containsEntry(4L, 2).containsEntry(1L, 3);
    }

    @Test
    void contestationsAndAnswersAreChecked() {
        assertThat(ContestationRules.contestProblems("ECHELON", "trop court", true)).isEmpty();
        assertThat(ContestationRules.contestProblems(null, "court", false)).containsOnlyKeys("element", "comment");
        assertThat(ContestationRules.answerProblems(true, new java.math.BigDecimal("-1"), "Corrigé selon l'arrêté")).containsOnlyKeys("points");
        assertThat(ContestationRules.answerProblems(false, null, "non")).containsOnlyKeys("reason");
        assertThat(ContestationRules.answerProblems(true, new java.math.BigDecimal("120.5"), "Ancienneté corrigée selon l'arrêté")).isEmpty();
    }
}
