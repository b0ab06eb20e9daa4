package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.academie.portail.accounts.control.NumenKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashKeysTest {

    private final NumenKey key = new NumenKey("une clé de test assez longue");

    @Test
    void numbersEachKeyOnceInTheOrderOfArrival() {
        HashKeys keys = new HashKeys();
        String first = key.hash("01E2044444DDA");
        String second = key.hash("01E2044444DDB");
        assertThat(keys.add(first)).isZero();
        assertThat(keys.add(second)).isEqualTo(1);
        assertThat(keys.add(first)).as("already there").isZero();
        assertThat(keys.indexOf(second)).isEqualTo(1);
        assertThat(keys.indexOf(key.hash("01E2044444DDC"))).isEqualTo(HashKeys.ABSENT);
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void keepsEveryKeyWhileGrowing() {
        HashKeys keys = new HashKeys();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            hashes.add(key.hash(String.format("01E%07dAAA", i)));
            keys.add(hashes.get(i));
        }
        assertThat(keys.size()).isEqualTo(100_000);
        for (int i = 0; i < hashes.size(); i += 997) {
            assertThat(keys.indexOf(hashes.get(i))).isEqualTo(i);
            assertThat(keys.high(i)).isEqualTo(HashKeys.high(hashes.get(i)));
            assertThat(keys.low(i)).isEqualTo(HashKeys.low(hashes.get(i)));
        }
    }

    @Test
    void aTableMadeForFewerKeysThanComeStillGrowsAndOneMadeForMoreHoldsThem() {
        for (int expected : new int[] {0, 1, 1_000, 1_025, 70_000}) {
            HashKeys keys = new HashKeys(expected);
            for (long i = 0; i < 50_000; i++) {
                assertThat(keys.add(i * 31, ~i)).isEqualTo((int) i);
            }
            assertThat(keys.size()).as("made for %d", expected).isEqualTo(50_000);
            assertThat(keys.indexOf(49_999L * 31, ~49_999L)).isEqualTo(49_999);
            assertThat(keys.indexOf(50_000L * 31, ~50_000L)).isEqualTo(HashKeys.ABSENT);
            assertThat(keys.low(123)).isEqualTo(~123L);
        }
    }

    @Test
    void keysSharingTheirFirstHalfStayApart() {
        HashKeys keys = new HashKeys();
        int a = keys.add(1L, 2L);
        int b = keys.add(1L, 3L);
        int c = keys.add(2L, 2L);
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        assertThat(keys.indexOf(1L, 3L)).isEqualTo(b);
    }

    @Test
    void aPreparedLineKeysItsNumenByTheHashItCarries() {
        String hash = key.hash("01E2044444DDA");
        PreparedLine line = new PreparedLine(null, hash, 1L, 7);
        assertThat(line.hashHigh()).isEqualTo(HashKeys.high(hash));
        assertThat(line.hashLow()).isEqualTo(HashKeys.low(hash));
        PreparedLine none = new PreparedLine(null, null, null, 0);
        assertThat(none.hashHigh()).isZero();
        assertThat(none.hashLow()).isZero();
    }

    @Test
    void aShortHashIsRefused() {
        assertThatThrownBy(() -> HashKeys.high("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashKeys.low(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
