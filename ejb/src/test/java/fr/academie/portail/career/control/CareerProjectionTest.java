package fr.academie.portail.career.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.academie.portail.career.control.CareerProjection.Eligibility;
import fr.academie.portail.career.control.CareerProjection.Projection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CareerProjectionTest {

    /** Professeurs certifiés, classe normale (durations and indices of the issue, in months). */
    static final Grid CERTIFIES_CN = grid(Grade.CLASSE_NORMALE,
            new int[] {12, 12, 24, 24, 30, 36, 36, 42, 48, 48},
            new int[] {395, 446, 453, 466, 481, 497, 524, 562, 595, 634, 678},
            Map.of(6, 24, 8, 30));
    /** A hors classe for the test's sake: six échelons of two years. */
    static final Grid HORS_CLASSE = grid(Grade.HORS_CLASSE, new int[] {24, 24, 24, 24, 24},
            new int[] {590, 624, 673, 720, 768, 811}, Map.of());
    static final CorpsRule RULE = new CorpsRule("Professeur certifié", 9, 24, 4);
    static final PointValues POINT = new PointValues(Map.of(
            LocalDate.of(2022, 7, 1), new BigDecimal("4.85003"),
            LocalDate.of(2023, 7, 1), new BigDecimal("4.92278")));
    static final CareerRules CERTIFIES = CareerRules.of("Professeur certifié", List.of(CERTIFIES_CN, HORS_CLASSE),
            RULE, POINT);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void projectsEveryNextEchelonAtTheNormalPaceWithItsIndexAndPay() {
        Projection p = CareerProjection.project(CERTIFIES, "Classe normale", 8, LocalDate.of(2023, 9, 1), TODAY);

        assertThat(p.normal()).extracting(ProjectedStep::echelon, ProjectedStep::from, ProjectedStep::indiceMajore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(8, LocalDate.of(2023, 9, 1), 562),
                        org.assertj.core.groups.Tuple.tuple(9, LocalDate.of(2027, 3, 1), 595),
                        org.assertj.core.groups.Tuple.tuple(10, LocalDate.of(2031, 3, 1), 634),
                        org.assertj.core.groups.Tuple.tuple(11, LocalDate.of(2035, 3, 1), 678));
        assertThat(p.normal().get(1).grossMonthly()).isEqualByComparingTo("2929.05"); // 595 × 4.92278 = 2929.0541
        assertThat(p.normal()).noneMatch(ProjectedStep::broughtForward);
    }

    @Test
    void theRendezVousDeCarriereBringsTheNextEchelonsForwardByAYear() {
        Projection p = CareerProjection.project(CERTIFIES, "Classe normale", 5, LocalDate.of(2024, 9, 1), TODAY);

        // 5th: 30 months; 6th: 36 or 24; 7th: 36; 8th: 42 or 30.
        assertThat(p.normal()).extracting(ProjectedStep::from).containsExactly(LocalDate.of(2024, 9, 1),
                LocalDate.of(2027, 3, 1), LocalDate.of(2030, 3, 1), LocalDate.of(2033, 3, 1),
                LocalDate.of(2036, 9, 1), LocalDate.of(2040, 9, 1), LocalDate.of(2044, 9, 1));
        assertThat(p.accelerated()).extracting(ProjectedStep::from).containsExactly(LocalDate.of(2024, 9, 1),
                LocalDate.of(2027, 3, 1), LocalDate.of(2029, 3, 1), LocalDate.of(2032, 3, 1),
                LocalDate.of(2034, 9, 1), LocalDate.of(2038, 9, 1), LocalDate.of(2042, 9, 1));
        assertThat(p.accelerated()).extracting(ProjectedStep::broughtForward)
                .containsExactly(false, false, true, true, true, true, true);
    }

    @Test
    void theLastEchelonIsTheEndOfTheGradesPath() {
        Projection p = CareerProjection.project(CERTIFIES, "Classe normale", 11, LocalDate.of(2020, 1, 1), TODAY);

        assertThat(p.normal()).singleElement().satisfies(step -> {
            assertThat(step.echelon()).isEqualTo(11);
            assertThat(step.indiceMajore()).isEqualTo(678);
        });
        assertThat(p.horsClasse().status()).isEqualTo(Eligibility.Status.DEJA_PROMOUVABLE);
        assertThat(p.horsClasse().firstTable()).contains(LocalDate.of(2027, 9, 1));
    }

    @Test
    void aLeapDayPlusAYearLandsOnThe28thOfFebruary() {
        Projection p = CareerProjection.project(CERTIFIES, "Classe normale", 1, LocalDate.of(2024, 2, 29), TODAY);

        assertThat(p.normal().get(1).from()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(p.normal().get(2).from()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(p.normal().get(3).from()).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void horsClasseEligibilityIsTwoYearsInTheNinthEchelonAndThePromotionReclassesAtTheNextHigherIndex() {
        Projection p = CareerProjection.project(CERTIFIES, "Classe normale", 8, LocalDate.of(2023, 9, 1), TODAY);

        assertThat(p.horsClasse().status()).isEqualTo(Eligibility.Status.A_VENIR);
        assertThat(p.horsClasse().from()).contains(LocalDate.of(2029, 3, 1));
        assertThat(p.horsClasse().firstTable()).contains(LocalDate.of(2029, 9, 1));
        // On 1 September 2029 the agent is paid 595 (9th): the hors classe's first échelon paid as much is the 2nd.
        assertThat(p.afterHorsClassePromotion()).first().satisfies(step -> {
            assertThat(step.grade()).isEqualTo(Grade.HORS_CLASSE);
            assertThat(step.echelon()).isEqualTo(2);
            assertThat(step.from()).isEqualTo(LocalDate.of(2029, 9, 1));
            assertThat(step.indiceMajore()).isEqualTo(624);
        });
        // Classe exceptionnelle: the 4th échelon of the hors classe, reached two years after the promotion.
        assertThat(p.classeExceptionnelle().from()).contains(LocalDate.of(2033, 9, 1));
        assertThat(p.classeExceptionnelle().firstTable()).contains(LocalDate.of(2034, 9, 1));
    }

    @Test
    void aConditionHoldingOn31AugustCountsForThatYearsTable() {
        assertThat(CareerProjection.firstTableFrom(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(CareerProjection.firstTableFrom(LocalDate.of(2027, 9, 1))).isEqualTo(LocalDate.of(2028, 9, 1));
    }

    @Test
    void anAgentInTheHorsClasseIsProjectedOnItsGridAndTowardsTheClasseExceptionnelle() {
        Projection p = CareerProjection.project(CERTIFIES, "Hors classe", 2, LocalDate.of(2025, 9, 1), TODAY);

        assertThat(p.normal()).extracting(ProjectedStep::grade).containsOnly(Grade.HORS_CLASSE);
        assertThat(p.horsClasse().status()).isEqualTo(Eligibility.Status.SANS_OBJET);
        assertThat(p.classeExceptionnelle().from()).contains(LocalDate.of(2029, 9, 1));
        assertThat(p.afterHorsClassePromotion()).isEmpty();

        Projection already = CareerProjection.project(CERTIFIES, "Hors classe", 5, LocalDate.of(2025, 9, 1), TODAY);
        assertThat(already.classeExceptionnelle().status()).isEqualTo(Eligibility.Status.DEJA_PROMOUVABLE);
    }

    @Test
    void whatTheDossierLacksIsSaidInFrench() {
        assertThatThrownBy(() -> CareerProjection.project(CERTIFIES, "Classe normale", 12, LocalDate.of(2020, 1, 1), TODAY))
                .isInstanceOf(CannotProject.class).hasMessage("L'échelon 12 n'existe pas dans la grille « Classe normale » (11 échelons).");
        assertThatThrownBy(() -> CareerProjection.project(CERTIFIES, "Classe normale", 3, null, TODAY))
                .hasMessageContaining("n'indique pas votre échelon");
        assertThatThrownBy(() -> CareerProjection.project(CERTIFIES, "Classe normale", 3, TODAY.plusDays(1), TODAY))
                .hasMessageContaining("dans le futur");
        assertThatThrownBy(() -> CareerProjection.project(CERTIFIES, "Grade fantaisie", 3, TODAY, TODAY))
                .hasMessageContaining("Grade fantaisie");
        assertThatThrownBy(() -> CareerProjection.project(CERTIFIES, "Classe exceptionnelle", 1, TODAY, TODAY))
                .hasMessageContaining("Aucune grille de référence");
    }

    @Test
    void thePathsIndexOnADateIsTheStepInForceThatDay() {
        Projection p = CareerProjection.project(CERTIFIES, "Classe normale", 8, LocalDate.of(2023, 9, 1), TODAY);

        assertThat(Projection.indexOn(p.normal(), LocalDate.of(2023, 8, 31))).isEmpty();
        assertThat(Projection.indexOn(p.normal(), LocalDate.of(2027, 2, 28))).contains(562);
        assertThat(Projection.indexOn(p.normal(), LocalDate.of(2027, 3, 1))).contains(595);
        assertThat(Projection.indexOn(p.normal(), LocalDate.of(2060, 1, 1))).contains(678);
    }

    @Test
    void thePointsValueIsTheOneInForceOnTheDateAndTheLastKnownAfterwards() {
        assertThat(POINT.at(LocalDate.of(2023, 6, 30))).isEqualByComparingTo("4.85003");
        assertThat(POINT.at(LocalDate.of(2023, 7, 1))).isEqualByComparingTo("4.92278");
        assertThat(POINT.at(LocalDate.of(2040, 1, 1))).isEqualByComparingTo("4.92278");
        assertThat(POINT.at(LocalDate.of(2000, 1, 1))).isEqualByComparingTo("4.85003");
        assertThat(POINT.grossMonthly(395, LocalDate.of(2023, 7, 1))).isEqualByComparingTo("1944.50");
    }

    @Test
    void aGridIsConsecutiveAndOnlyItsLastEchelonHasNoDuration() {
        assertThatThrownBy(() -> new Grid("X", Grade.CLASSE_NORMALE, TODAY,
                List.of(new Step(1, 400, 12, null), new Step(3, 420, null, null))))
                .hasMessageContaining("non consécutifs");
        assertThatThrownBy(() -> new Grid("X", Grade.CLASSE_NORMALE, TODAY,
                List.of(new Step(1, 400, null, null), new Step(2, 420, null, null))))
                .hasMessageContaining("seul le dernier");
        assertThatThrownBy(() -> new Step(6, 497, 36, 36)).hasMessageContaining("accélération");
        assertThat(CERTIFIES_CN.atLeast(900).echelon()).isEqualTo(11);
        assertThat(CERTIFIES_CN.atLeast(453).echelon()).isEqualTo(3);
    }

    @Test
    void theChevronsOfAHorsEchelleEchelonFollowOneAnother() {
        Grid exceptionnelle = new Grid("Professeur certifié", Grade.CLASSE_EXCEPTIONNELLE, LocalDate.of(2024, 1, 1), List.of(
                new Step(1, null, 700, 24, null), new Step(2, null, 740, 24, null), new Step(3, null, 780, 30, null),
                new Step(4, null, 835, 36, null), new Step(5, "HEA1", 895, 12, null), new Step(5, "HEA2", 930, 12, null),
                new Step(5, "HEA3", 977, null, null)));
        CareerRules rules = CareerRules.of("Professeur certifié", List.of(exceptionnelle), RULE, POINT);

        Projection p = CareerProjection.project(rules, "Classe exceptionnelle", 4, LocalDate.of(2025, 9, 1), TODAY);

        assertThat(p.normal()).extracting(ProjectedStep::echelon, ProjectedStep::chevron, ProjectedStep::from)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, null, LocalDate.of(2025, 9, 1)),
                        org.assertj.core.groups.Tuple.tuple(5, "HEA1", LocalDate.of(2028, 9, 1)),
                        org.assertj.core.groups.Tuple.tuple(5, "HEA2", LocalDate.of(2029, 9, 1)),
                        org.assertj.core.groups.Tuple.tuple(5, "HEA3", LocalDate.of(2030, 9, 1)));
        assertThat(exceptionnelle.lastEchelon()).isEqualTo(5);
        assertThat(exceptionnelle.position(5)).contains(4);
        assertThatThrownBy(() -> new Grid("X", Grade.HORS_CLASSE, TODAY, List.of(new Step(1, null, 700, 12, null),
                new Step(1, null, 710, null, null)))).hasMessageContaining("non consécutifs");
    }

    @Test
    void theEchelonOnAGivenDayAtTheNormalPaceIsWhatAPromotionTableLooksAt() {
        LocalDate since = LocalDate.of(2022, 9, 1);
        ProjectedStep later = CareerProjection.atNormalPace(CERTIFIES_CN, 9, since, LocalDate.of(2027, 8, 31)).orElseThrow();
        assertThat(later.echelon()).as("four years in the 9th, then the 10th").isEqualTo(10);
        assertThat(later.from()).isEqualTo(since.plusMonths(CERTIFIES_CN.steps().get(8).durationMonths()));
        assertThat(CareerProjection.atNormalPace(CERTIFIES_CN, 9, since, since.minusDays(1)).orElseThrow().echelon())
                .as("a date before the échelon: the échelon itself").isEqualTo(9);
        assertThat(CareerProjection.atNormalPace(CERTIFIES_CN, 11, since, LocalDate.of(2040, 1, 1)).orElseThrow().echelon())
                .as("the last échelon").isEqualTo(11);
        assertThat(CareerProjection.atNormalPace(CERTIFIES_CN, 14, since, LocalDate.of(2027, 1, 1))).as("off the grid").isEmpty();
        assertThat(CareerProjection.atNormalPace(CERTIFIES_CN, 9, null, LocalDate.of(2027, 1, 1))).isEmpty();
    }

    static Grid grid(Grade grade, int[] durations, int[] indices, Map<Integer, Integer> accelerated) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < indices.length; i++) {
            int echelon = i + 1;
            steps.add(new Step(echelon, null, indices[i], i < durations.length ? durations[i] : null,
                    accelerated.get(echelon)));
        }
        return new Grid("Professeur certifié", grade, LocalDate.of(2024, 1, 1), steps);
    }
}
