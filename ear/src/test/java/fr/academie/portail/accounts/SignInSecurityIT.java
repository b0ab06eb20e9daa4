package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Guessing is slow, and a lost password comes back with the NUMEN and the date of birth. */
class SignInSecurityIT extends PortalClientTest {

    @Test
    void fiveFailuresLockTheAccountUntilAPasswordReset() throws Exception {
        String name = "Verrou" + Portal.uniqueLetters();
        String numen = numen("VRA");
        Portal.provision(numen + ";Mme;" + name + ";;Véra;14/07/1981;;;;;;0750655E;;;;");
        String login = "v" + name.toLowerCase();

        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        for (int i = 0; i < 5; i++) {
            browser.submit("connexion", "seConnecter", "identifiant", login, "motDePasse", "essai " + i);
            assertThat(browser.page().text()).contains("Identifiant ou mot de passe incorrect");
        }
        browser.submit("connexion", "seConnecter", "identifiant", login, "motDePasse", numen);
        assertThat(browser.location()).as("locked: even the right NUMEN is refused").startsWith("/connexion.xhtml");
        assertThat(browser.page().text()).contains("le compte est bloqué 15 minutes");
        assertThat(apiStatus(login, numen)).isEqualTo(401);

        String chosen = "Retrouvé grâce au NUMEN";
        reset(login, numen, "14/07/1981", chosen);
        WebSession again = new WebSession();
        again.open("connexion.xhtml");
        again.submit("connexion", "seConnecter", "identifiant", login, "motDePasse", chosen);
        assertThat(again.location()).as("the reset opened the account again").startsWith("/accueil.xhtml");
    }

    @Test
    void aResetAnswersTheSameWhetherOrNotTheProofMatched() throws Exception {
        String name = "Perdu" + Portal.uniqueLetters();
        String numen = numen("PRD");
        Portal.provision(numen + ";M.;" + name + ";;Pierre;02/03/1977;;;;;;0750655E;;;;");
        String login = "p" + name.toLowerCase();

        String wrongBirth = reset(login, numen, "03/03/1977", "Un nouveau mot de passe");
        String unknown = reset("personne" + Portal.uniqueLetters(), numen, "02/03/1977", "Un nouveau mot de passe");
        String right = reset(login, numen, "02/03/1977", "Le bon nouveau mot de passe");
        assertThat(wrongBirth).isEqualTo(unknown).isEqualTo(right)
                .contains("Si les informations saisies sont exactes, votre mot de passe a été remplacé");

        assertThat(apiStatus(login, "Un nouveau mot de passe")).as("the wrong proof changed nothing").isEqualTo(401);
        assertThat(apiStatus(login, numen)).as("the NUMEN no longer opens the account").isEqualTo(401);
        assertThat(apiStatus(login, "Le bon nouveau mot de passe")).isEqualTo(200);
    }

    @Test
    void aResetRefusesAWeakPasswordAndTooManyAttempts() {
        String login = "tentatives" + Portal.uniqueLetters();
        assertThat(reset(login, "01E0000000AAA", "01/01/1980", "court")).contains("au moins 12 caractères");
        assertThat(reset(login, "01E0000000AAA", "01/01/1980", "01E0000000AAA")).contains("ne peut pas être votre NUMEN");
        assertThat(reset(login, "01E0000000AAA", "1980-01-01", "Un mot de passe assez long"))
                .contains("Date de naissance : saisir JJ/MM/AAAA");
        for (int i = 0; i < 5; i++) {
            assertThat(reset(login, "01E0000000AAA", "01/01/1980", "Un mot de passe assez long")).contains("Si les informations");
        }
        assertThat(reset(login, "01E0000000AAA", "01/01/1980", "Un mot de passe assez long")).contains("Trop de tentatives");
    }

    private static String reset(String login, String numen, String birthDate, String password) {
        WebSession browser = new WebSession();
        browser.open("mot-de-passe-perdu.xhtml");
        browser.submit("reinitialisation", "valider", "identifiant", login, "numen", numen, "naissance", birthDate,
                "nouveau", password, "confirmation", password);
        return browser.page().select("#messages").text();
    }

    private static int apiStatus(String login, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Authorization", Portal.basic(login, password)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String numen(String letters) {
        return "01E21" + String.format("%05d", new Random().nextInt(100_000)) + letters;
    }
}
