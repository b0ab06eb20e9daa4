package fr.academie.portail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private static BodyLimits.Caller anonymous() {
        return caller(false, Set.of());
    }

    private static BodyLimits.Caller caller(boolean signedIn, Set<String> roles) {
        return new BodyLimits.Caller() {
            @Override
            public boolean isSignedIn() {
                return signedIn;
            }

            @Override
            public boolean hasRole(String role) {
                return roles.contains(role);
            }
        };
    }

    @Test
    void anAnonymousVisitorSendsAFewKilobytesWhereverItSends() {
        assertThat(BodyLimits.limit("/connexion.xhtml", anonymous())).isEqualTo(16 * 1024);
        assertThat(BodyLimits.limit("/dsi/imports.xhtml", anonymous())).isEqualTo(BodyLimits.ANONYMOUS);
        assertThat(BodyLimits.limit("/api/v1/provisioning/runs", anonymous())).isEqualTo(BodyLimits.ANONYMOUS);
    }

    @Test
    void onlyTheDsiSendsAnHrExtractAndOnlyWhereItIsUploaded() {
        BodyLimits.Caller dsi = caller(true, Set.of("AGENT", "DSI"));
        assertThat(BodyLimits.limit("/dsi/imports.xhtml", dsi)).isEqualTo(BodyLimits.HR_EXTRACT);
        assertThat(BodyLimits.limit("/api/v1/provisioning/runs", dsi)).isEqualTo(BodyLimits.HR_EXTRACT);
        assertThat(BodyLimits.limit("/api/v1/provisioning/runs/3/restart", dsi)).isEqualTo(BodyLimits.SIGNED_IN);
        assertThat(BodyLimits.limit("/accueil.xhtml", dsi)).isEqualTo(BodyLimits.SIGNED_IN);

        BodyLimits.Caller agent = caller(true, Set.of("AGENT"));
        assertThat(BodyLimits.limit("/dsi/imports.xhtml", agent)).isEqualTo(BodyLimits.SIGNED_IN);
        assertThat(BodyLimits.limit("/api/v1/provisioning/runs", agent)).isEqualTo(BodyLimits.SIGNED_IN);
    }

    @Test
    void attachmentsGoWhereAttachmentsAreSent() {
        BodyLimits.Caller agent = caller(true, Set.of("AGENT"));
        assertThat(BodyLimits.limit("/services/suivi.xhtml", agent)).isEqualTo(BodyLimits.ATTACHMENT);
        assertThat(BodyLimits.limit("/api/v1/service-requests/12/attachments", agent)).isEqualTo(BodyLimits.ATTACHMENT);
        assertThat(BodyLimits.limit("/api/v1/service-requests/12/comments", agent)).isEqualTo(BodyLimits.SIGNED_IN);
        assertThat(BodyLimits.limit("/cv/mon-cv.xhtml", agent)).isEqualTo(BodyLimits.SIGNED_IN);
    }

    @Test
    void hrFilesAreForHr() {
        BodyLimits.Caller hr = caller(true, Set.of("AGENT", "GESTIONNAIRE_RH"));
        assertThat(BodyLimits.limit("/mutations/campagne.xhtml", hr)).isEqualTo(BodyLimits.HR_FILE);
        assertThat(BodyLimits.limit("/api/v1/transfer-campaigns/4/posts/import", hr)).isEqualTo(BodyLimits.HR_FILE);
        assertThat(BodyLimits.limit("/api/v1/transfer-simulations", hr)).isEqualTo(BodyLimits.HR_FILE);
        assertThat(BodyLimits.limit("/api/v1/transfer-simulations", caller(true, Set.of("AGENT")))).isEqualTo(BodyLimits.SIGNED_IN);
    }

    @Test
    void limitsReadInFrench() {
        assertThat(BodyLimits.readable(BodyLimits.ANONYMOUS)).isEqualTo("16 Ko");
        assertThat(BodyLimits.readable(BodyLimits.ATTACHMENT)).isEqualTo("11 Mo");
    }
}
