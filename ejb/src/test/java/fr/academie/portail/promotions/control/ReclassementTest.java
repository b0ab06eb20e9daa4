package fr.academie.portail.promotions.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.career.control.Grade;
import fr.academie.portail.career.control.Grid;
import fr.academie.portail.career.control.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placement in the new grade at the same or next higher index, seniority kept or not. */
class ReclassementTest {

    private static final Grid NORMALE = new Grid("Professeur certifié", Grade.CLASSE_NORMALE, LocalDate.of(2024, 1, 1), List.of(
            new Step(1, 395, 12, null), new Step(2, 450, 12, null), new Step(3, 457, 24, null), new Step(4, 470, 24, null),
            new Step(5, 483, 30, null), new Step(6, 518, 36, null), new Step(7, 553, 36, null), new Step(8, 590, 42, null),
            new Step(9, 595, 48, null), new Step(10, 634, 48, null), new Step(11, 678, null, null)));
    private static final Grid HORS_CLASSE = new Grid("Professeur certifié", Grade.HORS_CLASSE, LocalDate.of(2024, 1, 1), List.of(
            new Step(1, 595, 24, null), new Step(2, 629, 24, null), new Step(3, 673, 30, null), new Step(4, 720, 30, null),
            new Step(5, 768, 36, null), new Step(6, 811, null, null)));
    private static final LocalDate EFFECT = LocalDate.of(2026, 9, 1);

    @Test
    void aSmallerRaiseThanTheNextEchelonKeepsTheSeniorityAndEnoughOfItGoesOneEchelonHigher() {
        Reclassement.Placement tenth = Reclassement.of(NORMALE, HORS_CLASSE, 10, LocalDate.of(2025, 3, 1), EFFECT);
        assertThat(tenth).isEqualTo(new Reclassement.Placement(3, 673, LocalDate.of(2025, 3, 1)));

        Reclassement.Placement longAgo = Reclassement.of(NORMALE, HORS_CLASSE, 10, LocalDate.of(2024, 3, 1), EFFECT);
        assertThat(longAgo).as("2.5 years kept reach the 3rd échelon's length: the 4th, nothing kept")
                .isEqualTo(new Reclassement.Placement(4, 720, EFFECT));
        assertThat(Reclassement.of(NORMALE, HORS_CLASSE, 11, LocalDate.of(2023, 1, 1), EFFECT))
                .as("11th with 2.5 years and more: the 5th").isEqualTo(new Reclassement.Placement(5, 768, EFFECT));
    }

    @Test
    void theSameOrNextHigherIndexAndNoSeniorityWhenTheRaiseIsLarger() {
        // 9th échelon (595): the hors classe's 1st pays the same, no raise, seniority kept
        assertThat(Reclassement.of(NORMALE, HORS_CLASSE, 9, LocalDate.of(2025, 1, 1), EFFECT))
                .isEqualTo(new Reclassement.Placement(1, 595, LocalDate.of(2025, 1, 1)));
        // 11th (678, last): 4th of the hors classe (720), +42 is less than the last step's +44: kept
        assertThat(Reclassement.of(NORMALE, HORS_CLASSE, 11, LocalDate.of(2025, 9, 1), EFFECT).echelonSince())
                .isEqualTo(LocalDate.of(2025, 9, 1));
        Grid steep = new Grid("X", Grade.HORS_CLASSE, LocalDate.of(2024, 1, 1), List.of(new Step(1, 700, 24, null), new Step(2, 750, null, null)));
        assertThat(Reclassement.of(NORMALE, steep, 10, LocalDate.of(2025, 3, 1), EFFECT))
                .as("+66 is more than the next échelon's +44: a fresh start").isEqualTo(new Reclassement.Placement(1, 700, EFFECT));
    }
}
