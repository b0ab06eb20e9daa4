package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeenNumensTest {

    private static final String HASH = "f3a9c1d2e4b5a6978877665544332211ffeeddccbbaa99887766554433221100";

    @Test
    void aHashNeverAddedIsSurelyNew() {
        SeenNumens seen = new SeenNumens();
        assertThat(seen.maybeSeen(HASH)).isFalse();
        seen.add(HASH);
        assertThat(seen.maybeSeen(HASH)).isTrue();
        assertThat(seen.size()).isOne();
    }

    @Test
    void hashesSharingTheirFirst64BitsAreBothMaybeSeen() {
        SeenNumens seen = new SeenNumens();
        seen.add(HASH);
        String samePrefix = HASH.substring(0, 16) + "0".repeat(48);
        assertThat(seen.maybeSeen(samePrefix)).isTrue();
        assertThat(seen.maybeSeen("0" + HASH.substring(1))).isFalse();
    }

    @Test
    void theWholeUnsignedRangeIsAccepted() {
        SeenNumens seen = new SeenNumens();
        seen.add("ffffffffffffffff" + "0".repeat(48));
        assertThat(seen.maybeSeen("ffffffffffffffff" + "1".repeat(48))).isTrue();
        assertThat(seen.maybeSeen("7fffffffffffffff" + "1".repeat(48))).isFalse();
    }

    @Test
    void aTruncatedHashIsRefused() {
        assertThatThrownBy(() -> new SeenNumens().add("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
