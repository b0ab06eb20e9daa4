package fr.academie.portail.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesEasyToCopy() {
        List<String> codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
    }

    @Test
    void aCodeHashesAlikeHoweverItIsTyped() {
        assertThat(RecoveryCodes.hash("abcd-efgh")).isEqualTo(RecoveryCodes.hash("ABCDEFGH")).isEqualTo(RecoveryCodes.hash(" ABCD EFGH "))
                .hasSize(64).doesNotContain("ABCD");
        assertThat(RecoveryCodes.hash("ABCD-EFGJ")).isNotEqualTo(RecoveryCodes.hash("ABCD-EFGH"));
    }

    @Test
    void tellsARecoveryCodeFromASixDigitCode() {
        assertThat(RecoveryCodes.looksLikeOne("ABCD-EFGH")).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("12345678")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
    }
}
