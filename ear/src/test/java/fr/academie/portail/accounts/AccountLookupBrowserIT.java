package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The helpdesk finds a locked account, reads its log and unlocks it. */
class AccountLookupBrowserIT extends BrowserTest {

    @Test
    void theHelpdeskUnlocksAnAccountAfterReadingItsLog() throws Exception {
        String name = "Bloque" + Portal.uniqueLetters();
        String numen = "01E24" + String.format("%05d", new Random().nextInt(100_000)) + "BLQ";
        Portal.provision(numen + ";Mme;" + name + ";;Bérénice;09/09/1989;;;;;;0750655E;;;;");
        String login = "b" + name.toLowerCase();
        for (int i = 0; i < 5; i++) {
            assertThat(api(login, "pas le bon " + i)).isEqualTo(401);
        }
        assertThat(api(login, numen)).as("locked").isEqualTo(401);

        Browser.signIn(browser, "kbenali", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.linkText("Comptes")).click();
        Browser.waitForUrl(browser, "/assistance/comptes.xhtml");
        browser.findElement(By.id("comptes:identifiant")).sendKeys(login);
        browser.findElement(By.id("comptes:rechercher")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verrou"), "Verrouillé"));
        assertThat(browser.findElement(By.id("etat")).getText()).isEqualTo("Actif");
        assertThat(browser.findElement(By.id("comptes:journal")).getText())
                .contains("Compte verrouillé", "Connexion refusée", "Connexion tentée pendant le verrouillage",
                        "Compte créé par l'import RH");
        Browser.screenshot(browser, "20-assistance-compte-verrouille");

        browser.findElement(By.id("comptes:deverrouiller")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verrou"), "Non verrouillé"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Compte " + login + " déverrouillé");
        assertThat(browser.findElement(By.id("comptes:journal")).getText()).contains("Compte déverrouillé", "kbenali");
        Browser.screenshot(browser, "21-assistance-compte-deverrouille");

        assertThat(api(login, numen)).as("open again: the NUMEN leads to the password change").isEqualTo(403);
    }

    @Test
    void anUnknownLoginIsSaidSo() {
        Browser.signIn(browser, "kbenali", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "assistance/comptes.xhtml");
        browser.findElement(By.id("comptes:identifiant")).sendKeys("personne");
        browser.findElement(By.id("comptes:rechercher")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Aucun compte « personne »"));
    }

    private static int api(String login, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Authorization", Portal.basic(login, password)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
