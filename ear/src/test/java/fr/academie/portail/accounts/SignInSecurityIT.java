package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.TestMailServer;
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
    void fiveFailuresLockTheAccountUntilAPasswordResetProvenByTheMailedCode() throws Exception {
        String name = "Verrou" + Portal.uniqueLetters();
        String numen = numen("VRA");
        String personal = "vera." + name.toLowerCase() + "@exemple.fr";
        Portal.provision(numen + ";Mme;" + name + ";;Véra;14/07/1981;;;;;;0750655E;;;;" + personal);
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
        assertThat(reset(login, numen, "14/07/1981", "000000", chosen)).contains("Si les informations");
        assertThat(apiStatus(login, chosen)).as("a wrong code changes nothing").isEqualTo(401);
        int before = codeMails(personal).size();
        WebSession proven = askCode(login, numen, "14/07/1981");
        proven.submit("reinitialisation", "valider", "code", newCode(personal, before), "nouveau", chosen, "confirmation", chosen);
        WebSession again = new WebSession();
        again.open("connexion.xhtml");
        again.submit("connexion", "seConnecter", "identifiant", login, "motDePasse", chosen);
        assertThat(again.location()).as("the reset opened the account again").startsWith("/accueil.xhtml");
        TestMailServer.await(mail -> mail.to().contains(personal) && mail.subject().contains("réinitialisé"),
                "the owner is told of the reset");
        again.open("messages/boite.xhtml");
        assertThat(again.page().text()).contains("Votre mot de passe a été réinitialisé");
    }

    @Test
    void aCodeServesOnceAndOnlyForItsAccount() throws Exception {
        String name = "Code" + Portal.uniqueLetters();
        String numen = numen("COD");
        String personal = "c." + name.toLowerCase() + "@exemple.fr";
        Portal.provision(numen + ";M.;" + name + ";;Côme;05/05/1975;;;;;;0750655E;;;;" + personal);
        String login = "c" + name.toLowerCase();
        WebSession browser = askCode(login, numen, "05/05/1975");
        String code = newCode(personal, 0);
        assertThat(codeMails(personal).get(0).body()).as("the code mail").contains(login, "15 minutes").doesNotContain(numen);
        String first = "Premier choix grâce au code";
        browser.submit("reinitialisation", "valider", "code", code, "nouveau", first, "confirmation", first);
        assertThat(apiStatus(login, first)).isEqualTo(200);
        String second = "Second choix avec le même code";
        reset(login, numen, "05/05/1975", code, second);
        assertThat(apiStatus(login, second)).as("a used code opens nothing").isEqualTo(401);
    }

    @Test
    void aResetAnswersTheSameWhetherOrNotTheProofMatched() throws Exception {
        String name = "Perdu" + Portal.uniqueLetters();
        String numen = numen("PRD");
        String personal = "p." + name.toLowerCase() + "@exemple.fr";
        Portal.provision(numen + ";M.;" + name + ";;Pierre;02/03/1977;;;;;;0750655E;;;;" + personal);
        String login = "p" + name.toLowerCase();

        String wrongBirth = reset(login, numen, "03/03/1977", "123456", "Un nouveau mot de passe");
        String unknown = reset("personne" + Portal.uniqueLetters(), numen, "02/03/1977", "123456", "Un nouveau mot de passe");
        assertThat(codeMails(personal)).as("no code for a wrong proof").isEmpty();
        WebSession proven = askCode(login, numen, "02/03/1977");
        proven.submit("reinitialisation", "valider", "code", newCode(personal, 0), "nouveau", "Le bon nouveau mot de passe",
                "confirmation", "Le bon nouveau mot de passe");
        String right = proven.page().select("#messages").text();
        assertThat(wrongBirth).isEqualTo(unknown).isEqualTo(right)
                .contains("Si les informations saisies sont exactes, votre mot de passe a été remplacé");

        assertThat(apiStatus(login, "Un nouveau mot de passe")).as("the wrong proof changed nothing").isEqualTo(401);
        assertThat(apiStatus(login, numen)).as("the NUMEN no longer opens the account").isEqualTo(401);
        assertThat(apiStatus(login, "Le bon nouveau mot de passe")).isEqualTo(200);
    }

    @Test
    void theNumenAndTheDateOfBirthAloneResetNothing() throws Exception {
        // HR and heads of school can read both: without a personal address to send a code to, the helpdesk resets
        String name = "Sansmel" + Portal.uniqueLetters();
        String numen = numen("SML");
        Portal.provision(numen + ";Mme;" + name + ";;Sarah;06/06/1986;;;;;;0750655E;;;;");
        String login = "s" + name.toLowerCase();
        assertThat(reset(login, numen, "06/06/1986", "000000", "Une phrase bien choisie ici")).contains("Si les informations");
        assertThat(apiStatus(login, "Une phrase bien choisie ici")).isEqualTo(401);
    }

    @Test
    void aResetRefusesAWeakPasswordAndTooManyAttempts() {
        String login = "tentatives" + Portal.uniqueLetters();
        assertThat(reset(login, "01E0000000AAA", "01/01/1980", "000000", "court")).contains("au moins 12 caractères");
        assertThat(reset(login, "01E0000000AAA", "01/01/1980", "000000", "01E0000000AAA")).contains("ne peut pas être votre NUMEN");
        assertThat(reset(login, "01E0000000AAA", "01/01/1980", "000000", "azertyuiop123")).contains("se devine trop facilement");
        WebSession badDate = new WebSession();
        badDate.open("mot-de-passe-perdu.xhtml");
        badDate.submit("demande", "envoyerCode", "identifiant", login, "numen", "01E0000000AAA", "naissance", "1980-01-01");
        assertThat(badDate.page().select("#messages").text()).contains("Date de naissance : saisir JJ/MM/AAAA");
        // each reset() is two attempts (the code asked, then the password): the sixth is refused
        for (int i = 0; i < 1; i++) {
            assertThat(reset(login, "01E0000000AAA", "01/01/1980", "000000", "Un mot de passe assez long")).contains("Si les informations");
        }
        assertThat(reset(login, "01E0000000AAA", "01/01/1980", "000000", "Un mot de passe assez long")).contains("Trop de tentatives");
    }

    /** Both steps of « Mot de passe perdu »: the proof (which asks for a code), then the code and the password. */
    private static String reset(String login, String numen, String birthDate, String code, String password) {
        WebSession browser = askCode(login, numen, birthDate);
        if (browser.page().getElementById("reinitialisation") == null) {
            return browser.page().select("#messages").text();
        }
        browser.submit("reinitialisation", "valider", "code", code, "nouveau", password, "confirmation", password);
        return browser.page().select("#messages").text();
    }

    private static WebSession askCode(String login, String numen, String birthDate) {
        WebSession browser = new WebSession();
        browser.open("mot-de-passe-perdu.xhtml");
        browser.submit("demande", "envoyerCode", "identifiant", login, "numen", numen, "naissance", birthDate);
        return browser;
    }

    private static java.util.List<TestMailServer.Mail> codeMails(String address) {
        return TestMailServer.received().stream().filter(m -> m.to().contains(address) && m.subject().contains("code")).toList();
    }

    /** The six digits of the code mailed to {@code address} after the {@code before} ones it had already. */
    private static String newCode(String address, int before) {
        TestMailServer.await(m -> codeMails(address).size() > before, "a new reset code for " + address);
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\b(\\d{6})\\b")
                .matcher(codeMails(address).get(before).body());
        return digits.find() ? digits.group(1) : null;
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
