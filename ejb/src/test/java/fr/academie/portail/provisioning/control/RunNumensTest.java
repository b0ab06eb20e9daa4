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
}
