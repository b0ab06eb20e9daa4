package fr.academie.portail.promotions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.academie.portail.career.control.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's size and carried fraction, both rankings and their ties, the quotas and the balance of women and men. */
class PromotionTableTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 8, 31);
    private static final LocalDate CORPS = LocalDate.of(2005, 9, 1);

    private static Promouvable agent(long id, Sex sex, int echelon, LocalDate echelonSince) {
        return new Promouvable(id, "Agent " + id, sex, LocalDate.of(1975, 1, 1), CORPS, CORPS, Grade.CLASSE_NORMALE, echelon, echelonSince);
    }

    private static PromotionTable.Entry hc(Promouvable p, Appreciation appreciation) {
        return new PromotionTable.Entry(p, appreciation, null, null);
    }

    private static PromotionTable.Entry ce(Promouvable p, Avis head, Avis inspector) {
        return new PromotionTable.Entry(p, null, head, inspector);
    }

    @Test
    void theSizeIsTheWholePartAndTheFractionIsCarriedOverToNextYear() {
        assertThat(PromotionTable.size(new BigDecimal("0.23"), 100, BigDecimal.ZERO)).isEqualTo(new PromotionTable.Size(23, BigDecimal.ZERO));
        PromotionTable.Size first = PromotionTable.size(new BigDecimal("0.23"), 47, BigDecimal.ZERO);
        assertThat(first.promotions()).isEqualTo(10);
        assertThat(first.carriedOver()).isEqualByComparingTo("0.81");
        PromotionTable.Size next = PromotionTable.size(new BigDecimal("0.23"), 47, first.carriedOver());
        assertThat(next.promotions()).isEqualTo(11);
        assertThat(next.carriedOver()).isEqualByComparingTo("0.62");
        assertThat(PromotionTable.size(new BigDecimal("0.095"), 3, BigDecimal.ZERO).promotions()).as("below one: nobody this year").isZero();
        assertThat(PromotionTable.size(BigDecimal.ONE, 3, new BigDecimal("0.9")).promotions()).as("never more than the promouvables").isEqualTo(3);
        assertThatThrownBy(() -> PromotionTable.size(new BigDecimal("1.5"), 3, BigDecimal.ZERO))
                .hasMessage("Le taux de promotion doit être compris entre 0 et 100 %.");
    }

    @Test
    void theHorsClasseRanksByBaremeThenCorpsGradeEchelonAndAge() {
        LocalDate since = LocalDate.of(2023, 8, 31); // 3 full years at the reference date
        Promouvable best = agent(1, Sex.FEMME, 11, since);
        Promouvable olderCorps = new Promouvable(2, "B", Sex.HOMME, LocalDate.of(1980, 1, 1), LocalDate.of(2001, 9, 1), CORPS,
                Grade.CLASSE_NORMALE, 10, since);
        Promouvable younger = new Promouvable(3, "C", Sex.FEMME, LocalDate.of(1985, 1, 1), CORPS, CORPS, Grade.CLASSE_NORMALE, 10, since);
        Promouvable elder = new Promouvable(4, "D", Sex.HOMME, LocalDate.of(1970, 1, 1), CORPS, CORPS, Grade.CLASSE_NORMALE, 10, since);

        PromotionTable table = PromotionTable.build(PromotionType.HORS_CLASSE, REFERENCE, new BigDecimal("0.5"), BigDecimal.ZERO,
                BigDecimal.TEN, List.of(hc(younger, Appreciation.SATISFAISANT), hc(elder, Appreciation.SATISFAISANT),
                        hc(olderCorps, Appreciation.SATISFAISANT), hc(best, Appreciation.SATISFAISANT)));

        assertThat(table.lines()).extracting(l -> l.entry().promouvable().agentId()).containsExactly(1L, 2L, 4L, 3L);
        assertThat(table.lines()).extracting(PromotionTable.Line::points).containsExactly(205, 155, 155, 155);
        assertThat(table.lines()).extracting(PromotionTable.Line::promoted).containsExactly(true, true, false, false);
        assertThat(table.barre()).isEqualTo(155);
        assertThat(table.lines()).extracting(PromotionTable.Line::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void theClasseExceptionnelleRanksTwoVeryFavourableFirstThenOneThenFavourable() {
        Promouvable a = agent(1, Sex.FEMME, 5, LocalDate.of(2022, 9, 1));
        Promouvable b = agent(2, Sex.FEMME, 5, LocalDate.of(2022, 9, 1));
        Promouvable c = agent(3, Sex.HOMME, 5, LocalDate.of(2022, 9, 1));
        Promouvable d = agent(4, Sex.HOMME, 6, LocalDate.of(2022, 9, 1));
        Promouvable e = agent(5, Sex.FEMME, 5, LocalDate.of(2020, 9, 1));
        Promouvable f = agent(6, Sex.HOMME, 5, LocalDate.of(2022, 9, 1));

        PromotionTable table = PromotionTable.build(PromotionType.CLASSE_EXCEPTIONNELLE, REFERENCE, new BigDecimal("0.095"),
                BigDecimal.ZERO, BigDecimal.TEN, List.of(ce(a, Avis.FAVORABLE, Avis.FAVORABLE), ce(b, Avis.TRES_FAVORABLE, Avis.DEFAVORABLE),
                        ce(c, Avis.TRES_FAVORABLE, Avis.TRES_FAVORABLE), ce(d, Avis.FAVORABLE, Avis.FAVORABLE),
                        ce(e, Avis.FAVORABLE, Avis.FAVORABLE), ce(f, Avis.DEFAVORABLE, Avis.DEFAVORABLE)));

        assertThat(table.lines()).extracting(l -> l.entry().promouvable().agentId())
                .as("two TF; one TF; then F+F by échelon, then by time in échelon; then D+D").containsExactly(3L, 2L, 4L, 5L, 1L, 6L);
        assertThat(table.size().promotions()).as("9.5 % of 6 = 0.57").isZero();
        assertThat(table.barre()).isNull();
        assertThat(table.problems()).isEmpty();
    }

    @Test
    void missingAppreciationsAndQuotasBlockTheHorsClasseTableMissingOpinionsAreOnlyTold() {
        List<PromotionTable.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Appreciation given = i < 3 ? Appreciation.EXCELLENT : i < 13 ? Appreciation.TRES_SATISFAISANT : i < 19 ? Appreciation.SATISFAISANT : null;
            entries.add(hc(agent(i, Sex.FEMME, 10, LocalDate.of(2024, 9, 1)), given));
        }
        PromotionTable table = PromotionTable.build(PromotionType.HORS_CLASSE, REFERENCE, new BigDecimal("0.23"), BigDecimal.ZERO,
                BigDecimal.TEN, entries);

        assertThat(table.problems()).containsExactly(
                "1 promouvable(s) sans appréciation du recteur.",
                "Appréciation « Excellent » : 3 données pour 20 promouvables, au plus 2 (10 %).",
                "Appréciation « Très satisfaisant » : 10 données pour 20 promouvables, au plus 9 (45 %).");

        List<PromotionTable.Entry> ce = List.of(ce(agent(1, Sex.FEMME, 5, null), null, Avis.FAVORABLE));
        PromotionTable withoutOpinion = PromotionTable.build(PromotionType.CLASSE_EXCEPTIONNELLE, REFERENCE, BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.TEN, ce);
        assertThat(withoutOpinion.problems()).as("a missing opinion does not block").isEmpty();
        assertThat(withoutOpinion.warnings())
                .containsExactly("1 promouvable(s) sans l'avis du chef d'établissement (classés comme sans avis favorable).");
    }

    @Test
    void theShareOfWomenAmongThePromotedIsComparedWithTheirShareAmongThePromouvables() {
        List<PromotionTable.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // the four best are three men and one woman; six women among ten
            Sex sex = i < 4 ? (i == 0 ? Sex.FEMME : Sex.HOMME) : (i < 9 ? Sex.FEMME : Sex.HOMME);
            entries.add(hc(agent(i, sex, 11, LocalDate.of(2026 - (10 - i), 9, 1)), Appreciation.SATISFAISANT));
        }
        PromotionTable table = PromotionTable.build(PromotionType.HORS_CLASSE, REFERENCE, new BigDecimal("0.4"), BigDecimal.ZERO,
                new BigDecimal("10"), entries);

        PromotionTable.Balance balance = table.balance();
        assertThat(balance.promouvableShare()).isEqualByComparingTo("60.0");
        assertThat(balance.promotedShare()).isEqualByComparingTo("25.0");
        assertThat(balance.withinTolerance()).isFalse();
        assertThat(PromotionTable.build(PromotionType.HORS_CLASSE, REFERENCE, new BigDecimal("0.4"), BigDecimal.ZERO, new BigDecimal("40"),
                entries).balance().withinTolerance()).isTrue();
    }
}
