package fr.academie.portail.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    @Test
    void theFifthFailureInARowLocksForAQuarterOfAnHour() {
        assertThat(LockoutPolicy.locks(4)).isFalse();
        assertThat(LockoutPolicy.locks(5)).isTrue();
        assertThat(LockoutPolicy.LOCK).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void resetsAreLimitedPerAccountMoreThanPerAddress() {
        assertThat(LockoutPolicy.allowsResetForAccount(5)).isTrue();
        assertThat(LockoutPolicy.allowsResetForAccount(6)).isFalse();
        assertThat(LockoutPolicy.allowsResetFromAddress(50)).isTrue();
        assertThat(LockoutPolicy.allowsResetFromAddress(51)).isFalse();
    }
}
