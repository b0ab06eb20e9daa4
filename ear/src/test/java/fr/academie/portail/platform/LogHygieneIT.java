package fr.academie.portail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No NUMEN, password or password hash ever reaches the server log. */
class LogHygieneIT extends PortalClientTest {

    @Test
    void theServerLogHoldsNoSecretAfterImportsAndSignIns() throws Exception {
        String numen = "01E23" + String.format("%05d", new Random().nextInt(100_000)) + "LOG";
        String name = "Journal" + Portal.uniqueLetters();
        Portal.provision(numen + ";M.;" + name + ";;Léon;01/01/1970;;;;;;0750655E;;;;",
                numen + ";M.;" + name + ";;Léon;01/01/1970;;;;;;0750655E;;;;",
                "01E2399999LOX;M.;" + name + ";;Luc;31/02/1970;;;;;;0750655E;;;;");
        String wrongPassword = "Mot-de-passe-temoin-" + Portal.uniqueLetters();
        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", "l" + name.toLowerCase(), "motDePasse", wrongPassword);
        browser.submit("connexion", "seConnecter", "identifiant", "l" + name.toLowerCase(), "motDePasse", numen);
        assertThat(browser.location()).startsWith("/mot-de-passe.xhtml");
        browser.submit("motdepasse", "enregistrer", "actuel", numen, "nouveau", wrongPassword + "-nouveau",
                "confirmation", wrongPassword + "-nouveau");

        String log = Files.readString(Path.of(System.getProperty("portail.test.server-log")), StandardCharsets.UTF_8);
        assertThat(log).as("the server log").contains("Mot de passe changé pour le compte l" + name.toLowerCase())
                .doesNotContain(numen, "01E2399999LOX", wrongPassword, "PBKDF2WithHmacSHA512", Portal.DEMO_PASSWORD);
        for (String demoNumen : demoNumens()) {
            assertThat(log).doesNotContain(demoNumen);
        }
    }

    @Test
    void aRefusalIsAnAuditLineNotAStackTrace() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String other : List.of("cmoreau", "mpierrard")) {
            var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("api/v1/dossiers/" + other)))
                    .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(403);
        }
        var notHr = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("api/v1/agents?q=lef")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(notHr.statusCode()).isEqualTo(403);

        String log = Files.readString(Path.of(System.getProperty("portail.test.server-log")), StandardCharsets.UTF_8);
        assertThat(log).as("refusals in the server log")
                .doesNotContain("WFLYEJB0034", "EJBAccessException", "AccessRefusedException");
        WebSession helpdesk = new WebSession();
        helpdesk.signIn("kbenali", Portal.DEMO_PASSWORD);
        helpdesk.open("assistance/comptes.xhtml");
        helpdesk.submit("comptes", "rechercher", "identifiant", "fdurand");
        assertThat(helpdesk.page().text()).as("the refusals, audited").contains("Accès refusé", "/api/v1/dossiers/cmoreau");
    }

    private static List<String> demoNumens() throws Exception {
        try (InputStream in = LogHygieneIT.class.getClassLoader().getResourceAsStream("demo/extrait-rh-demo.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(';'))).toList();
        }
    }
}
