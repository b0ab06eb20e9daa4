package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
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
        String agent = signedIn("fdurand");
        HttpResponse<String> refused = page("dsi/imports.xhtml", agent);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé", "Cette page ne vous est pas ouverte");

        HttpResponse<String> bookmark = page("dsi/imports.xhtml", signedIn("slambert"));
        assertThat(bookmark.statusCode()).as("a protected page, reached by its address").isEqualTo(302);
        assertThat(bookmark.headers().firstValue("Location").orElseThrow()).contains("/erreur/page-protegee.xhtml");
        WebSession dsi = new WebSession();
        dsi.signIn("slambert", Portal.DEMO_PASSWORD);
        assertThat(dsi.open("dsi/imports.xhtml").text()).as("through the portal's link").contains("Imports RH", "extrait-rh-demo.csv");
        assertThat(dsi.location()).startsWith("/dsi/imports.xhtml?jakarta.faces.Token=");

        assertThat(page("assistance/comptes.xhtml", agent).statusCode()).as("the helpdesk's page").isEqualTo(403);
        for (String helpdesk : new String[] {"kbenali", "slambert"}) {
            WebSession browser = new WebSession();
            browser.signIn(helpdesk, Portal.DEMO_PASSWORD);
            assertThat(browser.open("assistance/comptes.xhtml").getElementById("comptes")).as(helpdesk).isNotNull();
        }

        HttpResponse<String> home = page("accueil.xhtml", agent);
        assertThat(home.body()).contains("Mon dossier").doesNotContain("Imports RH");
    }

    @Test
    void pagesAreForTheSignedInBrowserNotForBasic() throws Exception {
        HttpResponse<String> basic = get("dsi/imports.xhtml", Portal.basic("slambert", Portal.DEMO_PASSWORD));
        assertThat(basic.statusCode()).as("a page signs in only through the login page").isEqualTo(302);
        assertThat(basic.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portail/connexion.xhtml"));
    }

    /** The session cookie of {@code login}, signed in through the login page. */
    static String signedIn(String login) {
        WebSession browser = new WebSession();
        browser.signIn(login, Portal.DEMO_PASSWORD);
        assertThat(browser.location()).as(login + " signed in").startsWith("/accueil.xhtml");
        return "JSESSIONID=" + browser.cookie("JSESSIONID");
    }

    private HttpResponse<String> page(String path, String cookie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Portal.url(path))).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
