package fr.academie.portail.accounts.control;

import static fr.academie.portail.accounts.control.PasswordPolicy.Violation.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordConfirmedTwice() {
        assertThat(PasswordPolicy.check("Trois petits chats!", "Trois petits chats!", "mpierrard", false)).isEmpty();
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(PasswordPolicy.check("court", "autre", "mpierrard", false))
                .containsExactly(TOO_SHORT, CONFIRMATION_DIFFERS);
        assertThat(PasswordPolicy.check("01E9501234ABC", "01E9501234ABC", "mpierrard", true))
                .containsExactly(IS_NUMEN);
        assertThat(PasswordPolicy.check("xxMPierrard2026", "xxMPierrard2026", "mpierrard", false))
                .containsExactly(CONTAINS_LOGIN);
        assertThat(PasswordPolicy.check(null, null, "mpierrard", false)).contains(TOO_SHORT);
    }
}
