package fr.academie.portail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void onlyHttpAddressesWithAHost() {
        assertThat(WebAddress.isHttp("https://webmail.ac-paris.fr")).isTrue();
        assertThat(WebAddress.isHttp(" http://intranet.ac-paris.fr/page?x=1 ")).isTrue();
        assertThat(WebAddress.isHttp("javascript:alert(1)")).isFalse();
        assertThat(WebAddress.isHttp("https://")).isFalse();
        assertThat(WebAddress.isHttp("/annuaire/recherche")).isFalse();
        assertThat(WebAddress.isHttp("ftp://fichiers.ac-paris.fr")).isFalse();
        assertThat(WebAddress.isHttp("https://exa mple.fr")).isFalse();
        assertThat(WebAddress.isHttp(null)).isFalse();
    }
}
