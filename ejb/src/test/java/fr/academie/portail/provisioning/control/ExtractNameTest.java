package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractNameTest {

    @Test
    void keepsAnOrdinaryName() {
        assertThat(ExtractName.safe("extrait-rh_2026.csv")).isEqualTo("extrait-rh_2026.csv");
    }

    @Test
    void keepsOnlyTheLastPartOfAPath() {
        assertThat(ExtractName.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ExtractName.safe("C:\\Users\\rh\\extrait.csv")).isEqualTo("extrait.csv");
    }

    @Test
    void givesAFallbackWhenNothingIsLeft() {
        assertThat(ExtractName.safe("/")).isEqualTo(ExtractName.FALLBACK);
        assertThat(ExtractName.safe("")).isEqualTo(ExtractName.FALLBACK);
        assertThat(ExtractName.safe(null)).isEqualTo(ExtractName.FALLBACK);
        assertThat(ExtractName.safe("..")).isEqualTo(ExtractName.FALLBACK);
        assertThat(ExtractName.safe(".cache")).isEqualTo(ExtractName.FALLBACK);
        assertThat(ExtractName.safe("«»")).isEqualTo(ExtractName.FALLBACK);
    }

    @Test
    void replacesWhatAFileSystemCouldRefuse() {
        assertThat(ExtractName.safe("a\u0000b")).isEqualTo("a_b");
        assertThat(ExtractName.safe("extrait rh é.csv")).isEqualTo("extrait_rh__.csv");
    }

    @Test
    void cutsALongName() {
        assertThat(ExtractName.safe("a".repeat(300))).hasSize(ExtractName.MAX_LENGTH);
    }
}
