package fr.academie.portail.transfers.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.career.control.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The barème element by element with the national defaults, and its rules written out. */
class BaremeTest {

    private static final BaremeRules RULES = BaremeRules.national2025();
    private static final LocalDate REFERENCE = LocalDate.of(2027, 8, 31);

    private static Situation situation(Grade grade, int echelon, LocalDate since) {
        return new Situation(grade, echelon, since, null, 0, 0, false, 0, 0);
    }

    private static List<WishPlace> wishes(String... departements) {
        return java.util.stream.IntStream.range(0, departements.length)
                .mapToObj(i -> new WishPlace(i + 1, departements[i], false)).toList();
    }

    private static BaremeElement element(Bareme bareme, String code) {
        return bareme.elements().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void echelonPointsFollowTheGradeWithTheMinimumAndTheCap() {
        assertThat(element(Bareme.compute(RULES, situation(Grade.CLASSE_NORMALE, 1, null), REFERENCE, List.of()), "ECHELON").points())
                .as("at least 14").isEqualByComparingTo("14");
        assertThat(element(Bareme.compute(RULES, situation(Grade.CLASSE_NORMALE, 6, null), REFERENCE, List.of()), "ECHELON").points())
                .isEqualByComparingTo("42");
        assertThat(element(Bareme.compute(RULES, situation(Grade.HORS_CLASSE, 3, null), REFERENCE, List.of()), "ECHELON").points())
                .isEqualByComparingTo("77");
        BaremeElement capped = element(Bareme.compute(RULES, situation(Grade.CLASSE_EXCEPTIONNELLE, 4, null), REFERENCE, List.of()), "ECHELON");
        assertThat(capped.points()).as("77 + 28 = 105, capped at 98").isEqualByComparingTo("98");
        assertThat(capped.rule()).isEqualTo("Classe exceptionnelle, 4e échelon : 77 + 7 × 4 = 105, au plus 98 : 98 points.");
        BaremeElement unknown = element(Bareme.compute(RULES, new Situation(null, null, null, null, 0, 0, false, 0, 0), REFERENCE, List.of()), "ECHELON");
        assertThat(unknown.points()).isZero();
        assertThat(unknown.rule()).contains("Contestez");
    }

    @Test
    void seniorityInPostCountsFullYearsAndBlocksOfFour() {
        Bareme bareme = Bareme.compute(RULES, situation(Grade.CLASSE_NORMALE, 6, LocalDate.of(2018, 9, 1)), REFERENCE, List.of());

        BaremeElement seniority = element(bareme, "ANCIENNETE_POSTE");
        assertThat(seniority.points()).as("8 full years: 20 × 8 + 50 × 2").isEqualByComparingTo("260");
        assertThat(seniority.rule()).isEqualTo("Dans le poste depuis le 01/09/2018, soit 8 an(s) révolu(s) au 31/08/2027 : "
                + "20 × 8 + 50 × 2 (par tranche de 4 ans) = 260 points.");
        assertThat(element(Bareme.compute(RULES, situation(Grade.CLASSE_NORMALE, 6, LocalDate.of(2018, 8, 31)), REFERENCE, List.of()),
                "ANCIENNETE_POSTE").points()).as("a day more: 9 years").isEqualByComparingTo("280");
    }

    @Test
    void spouseChildrenAndSeparationCountOnlyOnTheWishesInTheSpousesDepartement() {
        Situation family = new Situation(Grade.CLASSE_NORMALE, 6, LocalDate.of(2023, 8, 31), "75", 2, 3, false, 0, 0);

        Bareme bareme = Bareme.compute(RULES, family, REFERENCE, wishes("75", "93", "75"));

        assertThat(element(bareme, "RAPPROCHEMENT_CONJOINT").wishRanks()).containsExactly(1, 3);
        assertThat(element(bareme, "RAPPROCHEMENT_CONJOINT").rule()).contains("150,2").contains("(1, 3)");
        assertThat(element(bareme, "ENFANTS").points()).isEqualByComparingTo("200");
        assertThat(element(bareme, "SEPARATION").points()).isEqualByComparingTo("475");
        // 42 for the échelon, 130 for 4 full years in post (20 × 4 + 50)
        assertThat(bareme.pointsFor(2)).isEqualByComparingTo("172");
        assertThat(bareme.pointsFor(1)).isEqualByComparingTo(new BigDecimal("172").add(new BigDecimal("150.2")).add(new BigDecimal("675")));
        assertThat(bareme.pointsFor(3)).isEqualByComparingTo(bareme.pointsFor(1));
        double[] byRank = bareme.pointsByRank(3);
        assertThat(byRank[1]).isEqualTo(bareme.pointsFor(1).doubleValue());
        assertThat(byRank[2]).isEqualTo(172.0);
    }

    @Test
    void separationCapsAtFourYearsAndChildrenWithoutASpouseCountNothing() {
        Situation longApart = new Situation(Grade.CLASSE_NORMALE, 6, null, "93", 0, 9, false, 0, 0);
        assertThat(element(Bareme.compute(RULES, longApart, REFERENCE, wishes("93")), "SEPARATION").points()).isEqualByComparingTo("600");

        Situation alone = new Situation(Grade.CLASSE_NORMALE, 6, null, null, 2, 0, false, 0, 0);
        BaremeElement children = element(Bareme.compute(RULES, alone, REFERENCE, wishes("75")), "ENFANTS");
        assertThat(children.points()).isZero();
        assertThat(children.rule()).contains("rapprochement de conjoint");
    }

    @Test
    void educationPrioritaireNeedsFiveYearsReplusFirst() {
        assertThat(element(Bareme.compute(RULES, new Situation(Grade.CLASSE_NORMALE, 6, null, null, 0, 0, false, 5, 0), REFERENCE, List.of()),
                "EDUCATION_PRIORITAIRE").points()).isEqualByComparingTo("400");
        assertThat(element(Bareme.compute(RULES, new Situation(Grade.CLASSE_NORMALE, 6, null, null, 0, 0, false, 3, 2), REFERENCE, List.of()),
                "EDUCATION_PRIORITAIRE").points()).as("REP+ and REP together").isEqualByComparingTo("200");
        assertThat(element(Bareme.compute(RULES, new Situation(Grade.CLASSE_NORMALE, 6, null, null, 0, 0, false, 0, 4), REFERENCE, List.of()),
                "EDUCATION_PRIORITAIRE").points()).isZero();
        assertThat(Bareme.compute(RULES, situation(Grade.CLASSE_NORMALE, 6, null), REFERENCE, List.of()).elements())
                .extracting(BaremeElement::code).containsExactly("ECHELON", "ANCIENNETE_POSTE");
    }

    @Test
    void handicapGivesAHundredOnEveryWishOrAThousandOnTheWishesHrAccepted() {
        Situation handicap = new Situation(Grade.CLASSE_NORMALE, 6, null, null, 0, 0, true, 0, 0);
        List<WishPlace> places = List.of(new WishPlace(1, "75", true), new WishPlace(2, "75", false));

        Bareme bareme = Bareme.compute(RULES, handicap, REFERENCE, places);

        assertThat(bareme.pointsFor(1)).as("42 + 1000, not cumulated with 100").isEqualByComparingTo("1042");
        assertThat(bareme.pointsFor(2)).isEqualByComparingTo("142");
        assertThat(Bareme.compute(RULES, handicap, REFERENCE, wishes("75", "75")).pointsFor(2)).isEqualByComparingTo("142");
        Bareme allRetained = Bareme.compute(RULES, handicap, REFERENCE, List.of(new WishPlace(1, "75", true)));
        assertThat(allRetained.elements()).extracting(BaremeElement::code).as("no « 100 on no wish » line")
                .doesNotContain("HANDICAP").contains("HANDICAP_AVIS_MEDICAL");
    }

    @Test
    void anAcceptedContestationReplacesTheValueAndKeepsWhatTheRuleGave() {
        Bareme bareme = Bareme.compute(RULES, situation(Grade.CLASSE_NORMALE, 6, null), REFERENCE, wishes("75"))
                .corrected(Map.of("ANCIENNETE_POSTE", new BigDecimal("120")));

        BaremeElement corrected = element(bareme, "ANCIENNETE_POSTE");
        assertThat(corrected.corrected()).isTrue();
        assertThat(corrected.computed()).isZero();
        assertThat(bareme.pointsFor(1)).isEqualByComparingTo("162");
    }

    @Test
    void hrValuesAndDeclarationsAreCheckedInFrench() {
        BaremeRules negative = new BaremeRules(new BigDecimal("-7"), null, RULES.horsClasseBase(), RULES.exceptionnelleBase(),
                RULES.exceptionnelleCap(), RULES.seniorityPerYear(), RULES.seniorityPerFourYears(), RULES.spouse(), RULES.perChild(),
                RULES.separationOneYear(), RULES.separationTwoYears(), RULES.separationThreeYears(), RULES.separationFourYears(),
                RULES.repPlus(), RULES.rep(), 0, RULES.handicap(), RULES.handicapAccepted());
        assertThat(negative.problems()).containsOnlyKeys("pointsPerEchelon", "echelonMinimum", "educationPrioritaireYears");
        assertThat(RULES.problems()).isEmpty();

        Situation bad = new Situation(Grade.CLASSE_NORMALE, 6, null, "7500", -1, 2, false, 0, 50);
        assertThat(bad.declarationProblems()).containsOnlyKeys("spouseDepartement", "childrenUnder18", "yearsInRep");
        assertThat(new Situation(null, null, null, null, 0, 2, false, 0, 0).declarationProblems().get("separationYears"))
                .contains("indiquez le département de votre conjoint");
        assertThat(new Situation(null, null, null, "2A", 1, 1, false, 0, 0).declarationProblems()).isEmpty();
    }
}
