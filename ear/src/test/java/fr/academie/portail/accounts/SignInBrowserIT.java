package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.DemoSecondFactor;
import fr.academie.portail.testsupport.Portal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Signing in and out as a person does, in Chromium: what the screens show, and what the Back button brings back. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void afterSigningOutTheBackButtonShowsNoTypedPassword() {
        Browser.open(browser, "connexion.xhtml");
        browser.findElement(By.id("connexion:identifiant")).sendKeys("fdurand");
        browser.findElement(By.id("connexion:motDePasse")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("connexion:seConnecter")).click();
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "deconnecte=true");
        browser.navigate().back();
        browser.navigate().back();
        if (browser.getCurrentUrl().contains("connexion.xhtml")) {
            assertThat(browser.findElement(By.id("connexion:motDePasse")).getAttribute("value"))
                    .as("the previous person's password").isEmpty();
        } else {
            assertThat(browser.getCurrentUrl()).as("nothing of the previous person").doesNotContain("accueil.xhtml");
        }
        Browser.screenshot(browser, "01-connexion-apres-retour");
    }

    @Test
    void aPrivilegedSignInAsksForTheCodeOfAnApplication() {
        for (Dimension size : new Dimension[] {new Dimension(1366, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            Browser.open(browser, "connexion.xhtml");
            browser.findElement(By.id("connexion:identifiant")).sendKeys("cmoreau");
            browser.findElement(By.id("connexion:motDePasse")).sendKeys(Portal.DEMO_PASSWORD);
            browser.findElement(By.id("connexion:seConnecter")).click();
            Browser.waitForUrl(browser, "/deuxieme-facteur.xhtml");
            assertThat(browser.findElement(By.id("contenu")).getText()).contains("Second facteur d'authentification",
                    "code à 6 chiffres");
            Browser.screenshot(browser, "02-deuxieme-facteur-" + size.getWidth());
            browser.findElement(By.id("facteur:code")).sendKeys(DemoSecondFactor.nextCode("cmoreau"));
            browser.findElement(By.id("facteur:valider")).click();
            Browser.waitForUrl(browser, "/accueil.xhtml");
            browser.findElement(By.id("menu:deconnexion")).click();
            Browser.waitForUrl(browser, "deconnecte=true");
        }
    }

    @Test
    void aLostPasswordTakesTheProofThenTheMailedCode() {
        Browser.open(browser, "mot-de-passe-perdu.xhtml");
        Browser.screenshot(browser, "03-mot-de-passe-perdu");
        browser.findElement(By.id("demande:identifiant")).sendKeys("personne");
        browser.findElement(By.id("demande:numen")).sendKeys("01E0000000AAA");
        browser.findElement(By.id("demande:naissance")).sendKeys("01/01/1980");
        browser.findElement(By.id("demande:envoyerCode")).click();
        assertThat(browser.findElement(By.id("reinitialisation:code")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("messages")).getText()).contains("un code valable 15 minutes");
        Browser.screenshot(browser, "04-mot-de-passe-perdu-code");
    }
}
