package fr.academie.portail.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.WebSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher fills in and validates their CV (markup shown as text), reads their dossier's path and
 * their career projection; an HR manager finds a colleague, corrects her dossier with a reason
 * and exports the list; a head sees their own staff only.
 */
class DossierBrowserIT extends BrowserTest {

    @Test
    void aTeacherCompletesTheirCvAndLooksAtTheirCareer() {
        Browser.signIn(browser, "fdurand", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='cv/mon-cv']")).click();
        Browser.waitForUrl(browser, "/cv/mon-cv.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.findElement(By.id("ajout:intitule")).sendKeys("<script>alert('cv')</script> Agrégation de mathématiques");
        browser.findElement(By.id("ajout:organisme")).sendKeys("Ministère de l'Éducation nationale");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('ajout:niveauDiplome').selectValue('7')");
        browser.findElement(By.id("ajout:annee_input")).sendKeys("2008");
        browser.findElement(By.id("ajout:ajouter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lignes-DIPLOME"), "Agrégation de mathématiques"));
        assertThat(browser.findElement(By.id("lignes-DIPLOME")).getText())
                .as("markup is shown as text, never run").contains("<script>alert('cv')</script>");

        browser.findElement(By.id("ajout:ajouter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cv:messages"), "Indiquez l'intitulé"));

        browser.findElement(By.id("presentation:texte")).sendKeys("Professeur agrégé de mathématiques, référent numérique.");
        browser.findElement(By.id("presentation:valider")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("presentation:retour"), "Votre CV est validé."));
        assertThat(browser.findElement(By.id("cv:statut")).getText()).startsWith("CV validé.");
        assertThat(browser.findElement(By.id("cv:statut")).getText()).contains("Dernière validation le");
        Browser.screenshot(browser, "60-cv-valide");

        browser.findElement(By.id("menu:barre")).findElement(By.linkText("Mon dossier")).click();
        Browser.waitForUrl(browser, "/dossier/mon-dossier.xhtml");
        assertThat(browser.findElement(By.id("parcours")).getText()).contains("Entrée dans l'académie", "Lycée Charlemagne",
                "Échelon 6");
        assertThat(browser.findElement(By.id("modifications")).getText()).contains("Création du dossier.");
        Browser.screenshot(browser, "61-dossier-parcours");

        browser.findElement(By.id("versCarriere")).click();
        Browser.waitForUrl(browser, "/carriere/perspectives.xhtml");
        assertThat(browser.findElement(By.id("situation")).getText())
                .isEqualTo("Professeur agrégé, Classe normale, 6e échelon depuis le 01/03/2024");
        assertThat(browser.findElement(By.cssSelector("#courbe canvas")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("resume")).getText()).contains("623", "835");
        assertThat(browser.findElements(By.cssSelector("#echelons tbody tr"))).hasSize(6);
        assertThat(browser.findElement(By.id("horsClasse")).getText()).contains("01/09/2036");
        Browser.screenshot(browser, "62-carriere-projection");
    }

    @Test
    void anHrManagerFindsCorrectsAndExports() {
        Browser.signIn(browser, "cmoreau", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='dossier/personnels']")).click();
        Browser.waitForUrl(browser, "/dossier/personnels.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.findElement(By.id("personnels:recherche")).sendKeys("elefevre");
        browser.findElement(By.id("personnels:filtrer")).click();
        // The filter keeps elefevre (and homonyms numbered after her, if a test made any): Pierrard goes.
        wait.until(ExpectedConditions.numberOfElementsToBeLessThan(By.cssSelector("#personnels\\:agents tbody tr"), 3));
        assertThat(browser.findElement(By.id("personnels:agents")).getText()).contains("Lefèvre", "Élise", "elefevre")
                .doesNotContain("Pierrard");
        Browser.screenshot(browser, "63-rh-personnels");

        browser.findElements(By.cssSelector("#personnels\\:agents tbody tr")).stream()
                .filter(row -> row.getText().contains("elefevre ")).findFirst().orElseThrow()
                .findElement(By.linkText("Lefèvre")).click();
        Browser.waitForUrl(browser, "/dossier/agent.xhtml");
        browser.findElement(By.id("corriger")).click();
        WebElement birthName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correctionForm:nomNaissance")));
        birthName.clear();
        birthName.sendKeys("Martin");
        browser.findElement(By.id("correctionForm:enregistrer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("correctionForm:erreurs"), "Indiquez le motif"));
        Browser.screenshot(browser, "64-rh-correction-sans-motif");
        browser.findElement(By.id("correctionForm:reason")).sendKeys("Acte de mariage transmis le 12 novembre");
        browser.findElement(By.id("correctionForm:enregistrer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Le dossier est corrigé"));
        assertThat(browser.findElement(By.id("modifications")).getText())
                .contains("cmoreau", "Acte de mariage transmis le 12 novembre", "Nom de naissance", "Martin");
        Browser.screenshot(browser, "65-rh-dossier-corrige");

        WebSession hr = new WebSession();
        hr.signIn("cmoreau", Portal.DEMO_PASSWORD);
        hr.open("dossier/personnels.xhtml");
        assertThat(hr.download("personnels", "exportCsv")).contains("Lefèvre", "Pierrard");
        assertThat(hr.download("personnels", "exportXlsx")).startsWith("PK");
        assertThat(hr.download("personnels", "exportPdf")).startsWith("%PDF");
    }

    @Test
    void aHeadSeesTheirStaffOnlyAndAnAgentNoList() {
        Browser.signIn(browser, "pgarnier", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "dossier/personnels.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Personnels de mon établissement");
        assertThat(browser.findElements(By.id("personnels:uai"))).as("no establishment filter for a head").isEmpty();
        assertThat(browser.findElement(By.id("personnels:agents")).getText()).contains("Lefèvre").doesNotContain("Pierrard");
        Browser.screenshot(browser, "66-chef-personnels");

        Browser.open(browser, "dossier/agent.xhtml?login=mpierrard");
        assertThat(browser.getPageSource()).doesNotContain("Pierrard");

        WebSession agent = new WebSession();
        agent.open("connexion.xhtml");
        agent.submit("connexion", "seConnecter", "identifiant", "fdurand", "motDePasse", Portal.DEMO_PASSWORD);
        agent.open("dossier/personnels.xhtml");
        assertThat(agent.page().text()).doesNotContain("Dossiers des personnels", "Pierrard");
    }
}
