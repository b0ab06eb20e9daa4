package fr.academie.portail.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumenTest {

    @Test
    void recognisesTheShapeOfANumen() {
        assertThat(Numen.isWellFormed("01E9501234ABC")).isTrue();
        assertThat(Numen.isWellFormed(" 01e9501234abc ")).isTrue();
        assertThat(Numen.isWellFormed("01E950123ABC")).isFalse();
        assertThat(Numen.isWellFormed("0AE9501234ABC")).isFalse();
        assertThat(Numen.isWellFormed("01E9501234AB1")).isFalse();
        assertThat(Numen.isWellFormed("")).isFalse();
        assertThat(Numen.isWellFormed(null)).isFalse();
    }

    @Test
    void masksAllButTheLastThreeCharacters() {
        assertThat(Numen.masked("01E9501234ABC")).isEqualTo("**********ABC");
        assertThat(Numen.masked("AB")).isEqualTo("**");
        assertThat(Numen.masked("X".repeat(200) + "YZW")).isEqualTo("**********YZW");
    }

    @Test
    void keyedHashIsStableAndDependsOnTheKey() {
        NumenKey key = new NumenKey("a-secret-of-the-server");
        String hash = key.hash("01E9501234ABC");
        assertThat(hash).hasSize(64).doesNotContain("01E9501234ABC");
        assertThat(key.hash(" 01e9501234abc")).isEqualTo(hash);
        assertThat(new NumenKey("another-secret-of-the-server").hash("01E9501234ABC")).isNotEqualTo(hash);
        assertThat(key.matches("01e9501234abc", hash)).isTrue();
        assertThat(key.matches("01E9501234ABD", hash)).isFalse();
        assertThat(key.matches(null, hash)).isFalse();
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new NumenKey("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
