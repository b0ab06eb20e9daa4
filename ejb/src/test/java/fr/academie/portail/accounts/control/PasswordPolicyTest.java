package fr.academie.portail.accounts.control;

import static fr.academie.portail.accounts.control.PasswordPolicy.Violation.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordConfirmedTwice() {
        assertThat(PasswordPolicy.check("Trois petits chats!", "Trois petits chats!", "mpierrard", false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chevaux bleus du lundi 42", "Retrouvé grâce au NUMEN", "Le bon nouveau mot de passe",
            "Un mot de passe assez long", "tq8#Lw2!vB0z"})
    void acceptsPhrasesAndRandomPasswords(String password) {
        assertThat(PasswordPolicy.check(password, password, "mpierrard", false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "aaaaaaaaaaaa", "123456789012", "azertyuiop123", "qwertyuiop12",
            "abcdefghijkl", "motdepasse123", "Password1234", "soleil2026!!", "portail-academie"})
    void refusesWhatIsGuessedAtOnce(String password) {
        assertThat(PasswordPolicy.check(password, password, "mpierrard", false)).containsExactly(TOO_GUESSABLE);
    }

    @Test
    void theNamesOfThePersonAreNoSecret() {
        assertThat(PasswordPolicy.check("MariePierrard1985", "MariePierrard1985", "mpierrard", false,
                List.of("Marie", "Pierrard"))).contains(TOO_GUESSABLE);
        assertThat(PasswordPolicy.check("MariePierrard1985", "MariePierrard1985", "jdupont", false))
                .as("the same from someone else").isEmpty();
    }

    @Test
    void refusesAnEndlessPassword() {
        String endless = "Chevaux bleus ".repeat(10_000);
        assertThat(PasswordPolicy.check(endless, endless, "mpierrard", false)).containsExactly(TOO_LONG);
        assertThat(PasswordPolicy.withinMaxLength("x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
                .as("a longer password chosen before the maximum still signs in").isTrue();
        assertThat(PasswordPolicy.withinMaxLength("x".repeat(PasswordPolicy.MAX_VERIFIED_LENGTH + 1))).isFalse();
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(PasswordPolicy.check("court", "autre", "mpierrard", false))
                .containsExactly(TOO_SHORT, CONFIRMATION_DIFFERS);
        assertThat(PasswordPolicy.check("01E9501234ABC", "01E9501234ABC", "mpierrard", true))
                .contains(IS_NUMEN);
        assertThat(PasswordPolicy.check("xxMPierrard2026", "xxMPierrard2026", "mpierrard", false))
                .contains(CONTAINS_LOGIN);
        assertThat(PasswordPolicy.check(null, null, "mpierrard", false)).contains(TOO_SHORT);
    }
}
