package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.control.LoginIndex;
import fr.academie.portail.accounts.control.NumenKey;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineDecisionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Map<String, Long> ESTABLISHMENTS = Map.of("0750655E", 7L, "0750656F", 8L);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NumenKey key = new NumenKey("une clé de test assez longue");
    private final LinePreparation preparation = new LinePreparation(key, ESTABLISHMENTS, TODAY);

    @Test
    void newcomersGetTheirLoginsInTheOrderOfTheLines() {
        LineDecisions decisions = decisions(new KnownStaff(), Set.of("jmartin"));
        assertThat(login(decide(decisions, line(2, "01E2044444DDA", "Jean", "Martin", null)))).isEqualTo("jmartin1");
        assertThat(login(decide(decisions, line(3, "01E2044444DDB", "Julie", "Martin", null)))).isEqualTo("jmartin2");
        assertThat(login(decide(decisions, line(4, "01E2044444DDC", "Élise", "Le Goff", null)))).isEqualTo("elegoff");
    }

    @Test
    void aRepeatedNumenIsRefusedWithItsFirstLineEvenWhenTheFirstWasRefused() {
        LineDecisions decisions = decisions(new KnownStaff(), Set.of());
        ExtractRow badDate = line(2, "01E2044444DDA", "Jean", "Martin", null);
        badDate.values().put(HrExtractFormat.DATE_NAISSANCE, "31/02/1980");
        assertThat(decide(decisions, badDate)).isInstanceOfSatisfying(LineDecision.Refused.class,
                r -> assertThat(r.rejection().reason()).contains("date_naissance"));

        LineDecision repeat = decide(decisions, line(9, "01E2044444DDA", "Jean", "Martin", null));
        assertThat(repeat).isInstanceOfSatisfying(LineDecision.Refused.class, r -> {
            assertThat(r.rejection().lineNumber()).isEqualTo(9);
            assertThat(r.rejection().maskedNumen()).isEqualTo("**********DDA");
            assertThat(r.rejection().reason()).contains("(ligne 2)");
        });
    }

    @Test
    void anUnknownEstablishmentIsRefusedButItsNumenCountsAsMet() {
        RunNumens met = new RunNumens();
        LineDecisions decisions = new LineDecisions(new KnownStaff(), met, new LoginIndex(new HashSet<>()), TODAY);
        ExtractRow elsewhere = line(2, "01E2044444DDA", "Jean", "Martin", null);
        elsewhere.values().put(HrExtractFormat.UAI, "0999999Z");
        assertThat(decide(decisions, elsewhere)).isInstanceOfSatisfying(LineDecision.Refused.class,
                r -> assertThat(r.rejection().reason()).contains("0999999Z"));
        assertThat(met.size()).isEqualTo(1);
    }

    @Test
    void aKnownPersonIsUnchangedWhenTheFingerprintSaysSoAndComparedOtherwise() {
        KnownStaff known = new KnownStaff();
        LineDecisions decisions = decisions(known, Set.of());
        ExtractRow jean = line(2, "01E2044444DDA", "Jean", "Martin", null);
        known.add(key.hash("01E2044444DDA"), 10, preparation.prepare(jean).fingerprint(), 110, true);
        known.add(key.hash("01E2044444DDB"), 11, null, 111, true);

        assertThat(decide(decisions, jean)).isInstanceOfSatisfying(LineDecision.Known.class, k -> {
            assertThat(k.unchanged()).isTrue();
            assertThat(k.departs()).isFalse();
        });
        assertThat(decide(decisions, line(3, "01E2044444DDB", "Jean", "Martin", null)))
                .as("no fingerprint stored").isInstanceOfSatisfying(LineDecision.Known.class, k -> assertThat(k.unchanged()).isFalse());
    }

    @Test
    void theFingerprintFollowsTheDataAndTheEstablishment() {
        LineDecisions decisions = decisions(new KnownStaff(), Set.of());
        ExtractRow jean = line(2, "01E2044444DDA", "Jean", "Martin", null);
        ExtractRow moved = line(2, "01E2044444DDA", "Jean", "Martin", null);
        moved.values().put(HrExtractFormat.UAI, "0750656F");
        ExtractRow promoted = line(2, "01E2044444DDA", "Jean", "Martin", null);
        promoted.values().put(HrExtractFormat.ECHELON, "8");
        assertThat(List.of(preparation.prepare(jean).fingerprint(), preparation.prepare(moved).fingerprint(),
                preparation.prepare(promoted).fingerprint())).doesNotHaveDuplicates();
        assertThat(preparation.prepare(jean).fingerprint()).isEqualTo(preparation.prepare(line(5, "01E2044444DDA", "Jean", "Martin", null)).fingerprint());
    }

    @Test
    void aPastExitDateDisablesAnActiveAccountOrCreatesADisabledOne() {
        KnownStaff known = new KnownStaff();
        known.add(key.hash("01E2044444DDA"), 10, null, 110, true);
        known.add(key.hash("01E2044444DDB"), 11, null, 111, false);
        LineDecisions decisions = decisions(known, Set.of());
        LocalDate yesterday = TODAY.minusDays(1);

        assertThat(decide(decisions, line(2, "01E2044444DDA", "Jean", "Martin", yesterday)))
                .isInstanceOfSatisfying(LineDecision.Known.class, k -> assertThat(k.departs()).isTrue());
        assertThat(decide(decisions, line(3, "01E2044444DDB", "Jean", "Martin", yesterday)))
                .as("already disabled").isInstanceOfSatisfying(LineDecision.Known.class, k -> assertThat(k.departs()).isFalse());
        assertThat(decide(decisions, line(4, "01E2044444DDC", "Jean", "Martin", yesterday)))
                .isInstanceOfSatisfying(LineDecision.Created.class, c -> assertThat(c.departed()).isTrue());
        assertThat(decide(decisions, line(5, "01E2044444DDD", "Jean", "Martin", TODAY)))
                .as("leaves today: not yet").isInstanceOfSatisfying(LineDecision.Created.class, c -> assertThat(c.departed()).isFalse());
    }

    @Test
    void decidingTheSameLinesAgainFromTheSameStartGivesTheSameDecisions() {
        List<ExtractRow> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(line(i + 2, String.format("01E%07dAAA", i % 250), i % 2 == 0 ? "Jean" : "Julie", "Martin", null));
        }
        LineDecisions once = decisions(new KnownStaff(), Set.of("jmartin"));
        List<LineDecision> first = lines.stream().map(line -> decide(once, line)).toList();
        // a restart: fresh memory, the same lines in the same order, prepared on several threads
        LineDecisions again = decisions(new KnownStaff(), Set.of("jmartin"));
        List<LineDecision> second = lines.parallelStream().map(preparation::prepare).toList().stream().map(again::decide).toList();

        assertThat(second).isEqualTo(first);
        assertThat(first.stream().filter(LineDecision.Refused.class::isInstance)).hasSize(50);
    }

    private LineDecisions decisions(KnownStaff known, Set<String> givenLogins) {
        return new LineDecisions(known, new RunNumens(), new LoginIndex(new HashSet<>(givenLogins)), TODAY);
    }

    private LineDecision decide(LineDecisions decisions, ExtractRow line) {
        return decisions.decide(preparation.prepare(line));
    }

    private static String login(LineDecision decision) {
        assertThat(decision).isInstanceOf(LineDecision.Created.class);
        return ((LineDecision.Created) decision).login();
    }

    private static ExtractRow line(long number, String numen, String firstName, String name, LocalDate exit) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : HrExtractFormat.COLUMNS) {
            values.put(column, "");
        }
        values.put(HrExtractFormat.NUMEN, numen);
        values.put(HrExtractFormat.CIVILITE, "M.");
        values.put(HrExtractFormat.NOM, name);
        values.put(HrExtractFormat.PRENOM, firstName);
        values.put(HrExtractFormat.DATE_NAISSANCE, "01/02/1980");
        values.put(HrExtractFormat.ECHELON, "7");
        values.put(HrExtractFormat.UAI, "0750655E");
        values.put(HrExtractFormat.DATE_SORTIE, exit == null ? "" : exit.format(FRENCH));
        return new ExtractRow(number, values, null);
    }
}
