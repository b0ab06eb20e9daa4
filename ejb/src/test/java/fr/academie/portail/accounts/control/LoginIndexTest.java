package fr.academie.portail.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginIndexTest {

    @Test
    void givesWhatTheLoginRuleGivesAndRemembersIt() {
        Set<String> given = new HashSet<>(Set.of("fdurand", "fdurand1", "mpierrard"));
        LoginIndex index = new LoginIndex(given);
        assertThat(index.give("fdurand")).isEqualTo("fdurand2");
        assertThat(index.give("fdurand")).isEqualTo("fdurand3");
        assertThat(index.give("elefevre")).isEqualTo("elefevre");
        assertThat(index.give("elefevre")).isEqualTo("elefevre1");
        assertThat(given).contains("fdurand2", "fdurand3", "elefevre", "elefevre1");
        assertThat(index.size()).isEqualTo(7);
    }

    @Test
    void agreesWithTheRuleOnAThousandRandomHomonyms() {
        Random random = new Random(42);
        Set<String> byRule = new HashSet<>();
        LoginIndex index = new LoginIndex(new HashSet<>());
        for (int i = 0; i < 1000; i++) {
            String base = "b" + (char) ('a' + random.nextInt(5));
            String expected = LoginRule.firstFree(base, byRule);
            byRule.add(expected);
            assertThat(index.give(base)).isEqualTo(expected);
        }
    }

    @Test
    void loadedOnFirstUseReadsTheLoginsOnlyWhenAFirstOneIsGiven() {
        AtomicInteger loads = new AtomicInteger();
        LoginIndex index = LoginIndex.loadedOnFirstUse(() -> {
            loads.incrementAndGet();
            return new HashSet<>(Set.of("fdurand"));
        });
        assertThat(loads).as("a night without newcomers reads nothing").hasValue(0);
        assertThat(index.give("fdurand")).isEqualTo("fdurand1");
        assertThat(index.give("fdurand")).isEqualTo("fdurand2");
        assertThat(loads).hasValue(1);
    }
}
