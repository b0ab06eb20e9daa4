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
    void keysSharingTheirFirstHalfStayApart() {
        HashKeys keys = new HashKeys();
        int a = keys.add(1L, 2L);
        int b = keys.add(1L, 3L);
        int c = keys.add(2L, 2L);
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        assertThat(keys.indexOf(1L, 3L)).isEqualTo(b);
    }

    @Test
    void aShortHashIsRefused() {
        assertThatThrownBy(() -> HashKeys.high("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashKeys.low(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
