package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Who may not see what: anonymous visitors, another agent's dossier, another role's pages. */
class AuthorizationIT extends PortalClientTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageOrChallenged() throws Exception {
        HttpResponse<String> page = get("dossier/mon-dossier.xhtml", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portail/connexion.xhtml"));

        HttpResponse<String> api = get("api/v1/dossiers/moi", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));

        assertThat(get("api/v1/dossiers/moi", Portal.basic("fdurand", "mauvais mot de passe")).statusCode()).isEqualTo(401);
    }

    @Test
    void anAgentReadsTheirOwnDossierAndNoOneElses() throws Exception {
        HttpResponse<String> own = get("api/v1/dossiers/moi", Portal.basic("fdurand", Portal.DEMO_PASSWORD));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"login\":\"fdurand\"", "\"nom\":\"Durand\"", "\"numenMasque\":\"**********FDU\"")
                .doesNotContain("01E0812345FDU").doesNotContainIgnoringCase("hash");
        assertThat(get("api/v1/dossiers/fdurand", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).statusCode()).isEqualTo(200);

        for (String other : new String[] {"cmoreau", "mpierrard", "nobody"}) {
            HttpResponse<String> refused = get("api/v1/dossiers/" + other, Portal.basic("fdurand", Portal.DEMO_PASSWORD));
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.body()).contains("Accès refusé");
        }
    }

    @Test
    void aSessionOpenedWithTheNumenOpensNothingButThePasswordChange() throws Exception {
        // Élise Lefèvre is provisioned by the demo import and has never signed in.
        HttpResponse<String> api = get("api/v1/dossiers/moi", Portal.basic("elefevre", "01E1134567ELF"));
        assertThat(api.statusCode()).isEqualTo(403);
    }

    @Test
    void thePagesOfARoleAreClosedToTheOthers() throws Exception {
        HttpResponse<String> agent = get("dsi/imports.xhtml", Portal.basic("fdurand", Portal.DEMO_PASSWORD));
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(agent.body()).contains("Accès refusé", "Cette page ne vous est pas ouverte");

        HttpResponse<String> dsi = get("dsi/imports.xhtml", Portal.basic("slambert", Portal.DEMO_PASSWORD));
        assertThat(dsi.statusCode()).isEqualTo(200);
        assertThat(dsi.body()).contains("Imports RH", "extrait-rh-demo.csv");

        assertThat(get("assistance/comptes.xhtml", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).statusCode())
                .as("the helpdesk's page").isEqualTo(403);
        assertThat(get("assistance/comptes.xhtml", Portal.basic("kbenali", Portal.DEMO_PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(get("assistance/comptes.xhtml", Portal.basic("slambert", Portal.DEMO_PASSWORD)).statusCode()).isEqualTo(200);

        HttpResponse<String> home = get("accueil.xhtml", Portal.basic("fdurand", Portal.DEMO_PASSWORD));
        assertThat(home.body()).contains("Mon dossier").doesNotContain("Imports RH");
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
