package fr.academie.portail.promotions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The published seniority table and the appreciation points. */
class HorsClasseBaremeTest {

    @Test
    void seniorityPointsFollowThePublishedTable() {
        assertThat(HorsClasseBareme.seniorityPoints(9, 2)).isZero();
        assertThat(HorsClasseBareme.seniorityPoints(9, 3)).isEqualTo(10);
        assertThat(HorsClasseBareme.seniorityPoints(10, 0)).isEqualTo(20);
        assertThat(HorsClasseBareme.seniorityPoints(10, 3)).isEqualTo(50);
        assertThat(HorsClasseBareme.seniorityPoints(10, 6)).as("the 10th échelon's table stops at 3 years").isEqualTo(50);
        assertThat(HorsClasseBareme.seniorityPoints(11, 2)).isEqualTo(80);
        assertThat(HorsClasseBareme.seniorityPoints(11, 3)).as("the jump of 20 at 11th + 3 years").isEqualTo(100);
        assertThat(HorsClasseBareme.seniorityPoints(11, 8)).isEqualTo(150);
        assertThat(HorsClasseBareme.seniorityPoints(11, 9)).isEqualTo(160);
        assertThat(HorsClasseBareme.seniorityPoints(11, 25)).isEqualTo(160);
        assertThat(HorsClasseBareme.seniorityPoints(8, 4)).isZero();
    }

    @Test
    void theBaremeAddsTheAppreciationAndIsWrittenOut() {
        LocalDate reference = LocalDate.of(2026, 8, 31);
        assertThat(HorsClasseBareme.yearsInEchelon(LocalDate.of(2024, 9, 1), reference)).isEqualTo(1);
        assertThat(HorsClasseBareme.yearsInEchelon(LocalDate.of(2024, 8, 31), reference)).isEqualTo(2);
        assertThat(HorsClasseBareme.yearsInEchelon(null, reference)).isZero();
        assertThat(HorsClasseBareme.points(Appreciation.TRES_SATISFAISANT, 10, 2)).isEqualTo(165);
        assertThat(HorsClasseBareme.points(null, 11, 9)).isEqualTo(160);
        assertThat(HorsClasseBareme.explanation(Appreciation.EXCELLENT, 11, LocalDate.of(2023, 3, 1), reference))
                .isEqualTo("Appréciation du recteur « Excellent » : 145 points ; 11e échelon, 3 an(s) révolu(s) au 31/08/2026 : "
                        + "100 points ; total 245 points.");
        assertThat(HorsClasseBareme.seniorityExplanation(10, LocalDate.of(2024, 8, 31), reference))
                .isEqualTo("Appréciation du recteur : communiquée à la publication du tableau ; 10e échelon, 2 an(s) révolu(s) au "
                        + "31/08/2026 : 40 points d'ancienneté.");
    }
}
