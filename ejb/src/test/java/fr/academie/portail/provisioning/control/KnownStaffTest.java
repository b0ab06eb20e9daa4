package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.control.NumenKey;
import org.junit.jupiter.api.Test;

class KnownStaffTest {

    private final NumenKey key = new NumenKey("une clé de test assez longue");

    @Test
    void findsEachPersonWithTheirAgentAccountAndFingerprint() {
        KnownStaff known = new KnownStaff();
        known.add(key.hash("01E2044444DDA"), 10, 123L, 110, true);
        known.add(key.hash("01E2044444DDB"), 11, null, 111, false);

        int anne = known.find(key.hash("01E2044444DDA"));
        int alain = known.find(key.hash("01E2044444DDB"));
        assertThat(known.agentId(anne)).isEqualTo(10);
        assertThat(known.accountId(alain)).isEqualTo(111);
        assertThat(known.active(anne)).isTrue();
        assertThat(known.active(alain)).isFalse();
        assertThat(known.hasFingerprint(anne, 123L)).isTrue();
        assertThat(known.hasFingerprint(anne, 124L)).isFalse();
        assertThat(known.hasFingerprint(alain, 0L)).as("none stored: never vouches").isFalse();
        assertThat(known.find(key.hash("01E2044444DDC"))).isEqualTo(HashKeys.ABSENT);
    }

    @Test
    void theAbsentAreTheActiveAccountsTheRunNeverMet() {
        KnownStaff known = new KnownStaff();
        RunNumens met = new RunNumens();
        for (int i = 0; i < 3000; i++) {
            String hash = key.hash(String.format("01E%07dAAA", i));
            known.add(hash, i, (long) i, 10_000 + i, i % 3 != 0);
            if (i % 2 == 0) {
                met.firstLine(hash, i + 2);
            }
        }
        int[] absent = known.activeAbsentFrom(met);
        // odd numbers not divisible by 3: active and never met
        assertThat(absent).hasSize(1000);
        for (int index : absent) {
            assertThat(known.agentId(index) % 2).isEqualTo(1);
            assertThat(known.agentId(index) % 3).isNotZero();
        }
    }
}
