package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.control.NumenKey;
import org.junit.jupiter.api.Test;

class RunNumensTest {

    private final NumenKey key = new NumenKey("une clé de test assez longue");

    @Test
    void aRepeatGetsTheLineOfTheFirstAppearanceWhateverTheDistance() {
        RunNumens met = new RunNumens();
        String anne = key.hash("01E2044444DDA");
        assertThat(met.firstLine(anne, 2)).isEqualTo(RunNumens.NEW);
        for (int line = 3; line < 50_000; line++) {
            assertThat(met.firstLine(key.hash(String.format("01E%07dAAA", line)), line)).isEqualTo(RunNumens.NEW);
        }
        assertThat(met.firstLine(anne, 50_000)).isEqualTo(2);
        assertThat(met.firstLine(anne, 50_001)).as("still the first one").isEqualTo(2);
        assertThat(met.contains(HashKeys.high(anne), HashKeys.low(anne))).isTrue();
        String never = key.hash("01E2044444DDB");
        assertThat(met.contains(HashKeys.high(never), HashKeys.low(never))).isFalse();
        assertThat(met.size()).isEqualTo(49_998);
    }

    @Test
    void aMemoryMadeForSomeLinesHoldsMoreOrFewerAlike() {
        for (int expected : new int[] {-5, 0, 1, 1_500, 3_000}) {
            RunNumens met = new RunNumens(expected);
            for (long line = 2; line < 4_002; line++) {
                assertThat(met.firstLine(line, ~line, line)).isEqualTo(RunNumens.NEW);
            }
            assertThat(met.firstLine(3_000L, ~3_000L, 9_999)).as("made for %d", expected).isEqualTo(3_000);
            assertThat(met.firstLine(key.hash("01E2044444DDA"), 5_000)).isEqualTo(RunNumens.NEW);
            assertThat(met.size()).isEqualTo(4_001);
        }
    }
}
