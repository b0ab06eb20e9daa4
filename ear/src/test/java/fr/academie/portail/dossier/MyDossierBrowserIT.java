package fr.academie.portail.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Martine Pierrard's first visit in a real Chromium: NUMEN, new password, « Mon dossier ». */
class MyDossierBrowserIT extends BrowserTest {

    private static final String NUMEN = "01E0412345MPI";
    private static final String PASSWORD = "Mon mot de passe à moi";


    @Test
    void firstSignInWithTheNumenThenMyDossier() {
        Browser.open(browser, "accueil.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/connexion.xhtml");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        Browser.screenshot(browser, "01-connexion");
        Browser.signIn(browser, "mpierrard", NUMEN);

        waitForUrl("/mot-de-passe.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Changer votre mot de passe");
        assertThat(browser.findElements(By.id("menu:barre"))).as("the menu").singleElement()
                .satisfies(menu -> assertThat(menu.getText()).doesNotContain("Mon dossier", "Accueil"));
        browser.findElement(By.id("motdepasse:actuel")).sendKeys(NUMEN);
        browser.findElement(By.id("motdepasse:nouveau")).sendKeys("trop court");
        browser.findElement(By.id("motdepasse:confirmation")).sendKeys("trop court");
        browser.findElement(By.id("motdepasse:enregistrer")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "au moins 12 caractères"));
        Browser.screenshot(browser, "02-mot-de-passe-refuse");

        browser.findElement(By.id("motdepasse:actuel")).sendKeys(NUMEN);
        browser.findElement(By.id("motdepasse:nouveau")).sendKeys(PASSWORD);
        browser.findElement(By.id("motdepasse:confirmation")).sendKeys(PASSWORD);
        Browser.screenshot(browser, "03-nouveau-mot-de-passe");
        browser.findElement(By.id("motdepasse:enregistrer")).click();

        waitForUrl("/dossier/mon-dossier.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mon dossier");
        assertThat(text("nom")).isEqualTo("Pierrard");
        assertThat(text("prenom")).isEqualTo("Martine");
        assertThat(text("numen")).isEqualTo("**********MPI");
        assertThat(text("corps")).isEqualTo("Professeur certifié");
        assertThat(text("grade")).isEqualTo("Classe normale");
        assertThat(text("echelon")).isEqualTo("8 depuis le 01/09/2023");
        assertThat(text("discipline")).isEqualTo("Lettres modernes");
        assertThat(text("etablissement")).isEqualTo("Lycée Voltaire (0750693W), Paris 11e");
        String menu = browser.findElement(By.id("menu:barre")).getText();
        assertThat(menu).contains("Accueil", "Mon dossier").doesNotContain("Imports RH");
        Browser.screenshot(browser, "04-mon-dossier");

        browser.findElement(By.id("menu:deconnexion")).click();
        waitForUrl("/connexion.xhtml");
        assertThat(browser.getPageSource()).contains("Vous êtes déconnecté(e).");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private void waitForUrl(String path) {
        Browser.waitForUrl(browser, path);
    }
}
