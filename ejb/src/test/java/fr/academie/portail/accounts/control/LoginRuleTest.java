package fr.academie.portail.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginRuleTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Martine|Pierrard|mpierrard",
            "Florent|Durand|fdurand",
            "Élise|Lefèvre|elefevre",
            "Jean-Pierre|Le Goff|jlegoff",
            "Charles|d'Artagnan|cdartagnan",
            "Anne|D’Arc|adarc",
            "Loïc|Nguyễn|lnguyen",
            "Ñuria|Muñoz-García|nmunoz-garcia",
            "Œdipe|Cœur|ocoeur",
            "Ægir|Straße|astrasse",
            "Søren|Łukasz|slukasz",
            "Đorđe|Þórsson|dthorsson",
            "Marie|St. Clair|mstclair",
            "Paul|Martin--Durand|pmartin-durand",
            "Paul|-Martin-|pmartin",
            "  Zoé |  Dupont  |zdupont",
    })
    void buildsTheBaseFromTheFirstLetterOfTheFirstNameAndTheName(String firstName, String name, String expected) {
        assertThat(LoginRule.base(firstName, name)).contains(expected);
    }

    @Test
    void cutsTheBaseToTwentyCharactersWithoutATrailingHyphen() {
        assertThat(LoginRule.base("Marie", "Abcdefghijklmnopqrstuvwxyz")).contains("mabcdefghijklmnopqrs");
        assertThat(LoginRule.base("Marie", "Abcdefghijklmnopqr-Stuv")).contains("mabcdefghijklmnopqr");
    }

    @Test
    void refusesNamesWithoutAnyLetter() {
        assertThat(LoginRule.base("Jean", "''")).isEmpty();
        assertThat(LoginRule.base("123", "Dupont")).isEmpty();
        assertThat(LoginRule.base(null, "Dupont")).isEmpty();
        assertThat(LoginRule.base("Jean", "---")).isEmpty();
    }

    @Test
    void tellsWhetherNamesGiveABaseAsTheRuleItselfDoes() {
        String[] names = {"Jean", "''", "123", null, "---", "Élise", "Ægir", "Ωμέγα", "ŁŁ", "d'Artagnan", " ", "Œ", "ß", "-A-", "日本"};
        for (String first : names) {
            for (String name : names) {
                assertThat(LoginRule.givesBase(first, name)).as(first + " / " + name).isEqualTo(LoginRule.base(first, name).isPresent());
            }
        }
    }

    @Test
    void numbersHomonymsFromOne() {
        assertThat(LoginRule.firstFree("fdurand", Set.of())).isEqualTo("fdurand");
        assertThat(LoginRule.firstFree("fdurand", Set.of("fdurand"))).isEqualTo("fdurand1");
        assertThat(LoginRule.firstFree("fdurand", Set.of("fdurand", "fdurand1"))).isEqualTo("fdurand2");
    }

    @Test
    void takesTheFirstSuffixNeverGivenBefore() {
        // "taken" holds every login ever given, disabled accounts included: fdurand1 was never given
        assertThat(LoginRule.firstFree("fdurand", Set.of("fdurand", "fdurand2"))).isEqualTo("fdurand1");
    }
}
