package fr.academie.portail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRuleTest {

    @Test
    void aScriptSendsNeitherOriginNorFetchSiteAndPasses() {
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr", null, null)).isFalse();
    }

    @Test
    void readingIsNeverRefused() {
        assertThat(CrossSiteRule.refuses("GET", "portail.ac-paris.fr", "https://evil.example", "cross-site")).isFalse();
        assertThat(CrossSiteRule.refuses("HEAD", "portail.ac-paris.fr", "https://evil.example", "cross-site")).isFalse();
    }

    @Test
    void aForeignPageIsRefused() {
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr", "https://evil.example", null)).isTrue();
        assertThat(CrossSiteRule.refuses("PUT", "127.0.0.1:8180", "http://127.0.0.1:9999", null)).isTrue();
        assertThat(CrossSiteRule.refuses("DELETE", "portail.ac-paris.fr", null, "cross-site")).isTrue();
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr", null, "same-site")).isTrue();
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr", "null", null)).as("a sandboxed or file page").isTrue();
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr", "not a url at all", null)).isTrue();
    }

    @Test
    void thePortalsOwnPagesPass() {
        assertThat(CrossSiteRule.refuses("POST", "127.0.0.1:8180", "http://127.0.0.1:8180", "same-origin")).isFalse();
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr", "https://portail.ac-paris.fr", null)).isFalse();
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr:443", "https://portail.ac-paris.fr", null)).isFalse();
        assertThat(CrossSiteRule.refuses("POST", "portail.ac-paris.fr", null, "none")).as("typed by the person").isFalse();
    }
}
