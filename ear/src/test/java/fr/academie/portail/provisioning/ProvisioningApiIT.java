package fr.academie.portail.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The provisioning API, as the DSI's scripts use it: HTTP Basic, CSV in, JSON and CSV out. */
class ProvisioningApiIT extends PortalClientTest {

    private static final String DSI = Portal.basic("slambert", Portal.DEMO_PASSWORD);
    private static final String AGENT = Portal.basic("fdurand", Portal.DEMO_PASSWORD);
    private static final String HELPDESK = Portal.basic("kbenali", Portal.DEMO_PASSWORD);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aScriptSendsAnExtractAndFollowsTheRun() throws Exception {
        String extract = "numen;nom;prenom;date_naissance;uai\n"
                + "01E2066666FFA;Scripte;Paul;01/01/1980;0750655E\n"
                + "01E2066666FFB;Scripte;Pauline;31/02/1980;0750655E\n";
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(
                        URI.create(Portal.url("api/v1/provisioning/runs?dryRun=true&full=false&name=essai.csv")))
                .header("Authorization", DSI).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(extract)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/portail/api/v1/provisioning/runs/\\d+");
        assertThat(started.body()).as("the answer is the run's report, readable at once at its address")
                .contains("\"file\":\"essai.csv\"", "\"mode\":\"DRY_RUN\"");

        String report = awaitEnd(location);
        assertThat(report).contains("\"status\":\"COMPLETED\"", "\"mode\":\"DRY_RUN\"", "\"file\":\"essai.csv\"",
                "\"read\":2", "\"created\":1", "\"rejected\":1", "\"progressPercent\":100");

        HttpResponse<String> rejects = get(location.substring(location.indexOf("api/")) + "/rejects", DSI);
        assertThat(rejects.statusCode()).isEqualTo(200);
        assertThat(rejects.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(rejects.body()).startsWith("\uFEFFligne;numen_masque;motif\r\n")
                .contains("3;**********FFB;Date invalide dans le champ date_naissance : « 31/02/1980 »")
                .doesNotContain("01E2066666FFB");
    }

    @Test
    void onlyTheDsiRunsImportsAndEveryErrorIsFrenchJson() throws Exception {
        HttpResponse<String> agent = http.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/provisioning/runs")))
                .header("Authorization", AGENT).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("numen;nom\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(agent.body()).contains("Accès refusé");
        assertThat(get("api/v1/provisioning/runs", AGENT).statusCode()).isEqualTo(403);
        assertThat(get("api/v1/provisioning/runs", null).statusCode()).isEqualTo(401);

        HttpResponse<String> unknown = get("api/v1/provisioning/runs/999999", DSI);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"message\":\"Import inconnu : 999999\"");
        assertThat(get("api/v1/provisioning/runs/pas-un-nombre", DSI).body()).contains("\"status\":404");
    }

    @Test
    void theHelpdeskLooksUpAnAccountWithoutSeeingSecrets() throws Exception {
        HttpResponse<String> account = get("api/v1/accounts/mpierrard", HELPDESK);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("\"login\":\"mpierrard\"", "\"status\":\"ACTIVE\"", "\"nom\":\"Pierrard\"",
                "\"uai\":\"0750693W\"").doesNotContainIgnoringCase("hash").doesNotContain("01E0412345MPI", "numen");
        assertThat(get("api/v1/accounts/mpierrard", DSI).statusCode()).isEqualTo(200);
        assertThat(get("api/v1/accounts/mpierrard", AGENT).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = get("api/v1/accounts/personne", HELPDESK);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Compte inconnu : personne");
    }

    private String awaitEnd(String location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        String path = location.substring(location.indexOf("api/"));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> report = get(path, DSI);
            assertThat(report.statusCode()).isEqualTo(200);
            if (report.body().contains("\"endedAt\":\"")) {
                return report.body();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Import non terminé : " + location);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
