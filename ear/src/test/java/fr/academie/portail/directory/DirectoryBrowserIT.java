package fr.academie.portail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A teacher looks for a colleague in the annuaire, narrows with a facet, and completes their own entry. */
class DirectoryBrowserIT extends BrowserTest {

    @Test
    void aSearchWithFacetsThenMyEntry() {
        Browser.signIn(browser, "fdurand", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='annuaire/recherche']")).click();
        Browser.waitForUrl(browser, "/annuaire/recherche.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Annuaire académique");

        browser.findElement(By.id("annuaire:mots")).sendKeys("lefevre");
        browser.findElement(By.id("annuaire:rechercher")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultats"), "Élise Lefèvre"));
        String before = browser.findElement(By.id("total")).getText();
        assertThat(before).contains("personnes trouvées");
        Browser.screenshot(browser, "50-annuaire-recherche");

        WebElement history = browser.findElements(By.cssSelector(".portail-facet a")).stream()
                .filter(link -> link.getText().startsWith("Histoire-géographie")).findFirst().orElseThrow();
        history.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), before)));
        assertThat(browser.findElement(By.id("resultats")).getText()).contains("Élise Lefèvre", "elise.lefevre@ac-paris.fr",
                "Collège Paul Valéry").doesNotContain("NUMEN", "1988");
        assertThat(browser.findElements(By.cssSelector("#resultats li"))).allSatisfy(person ->
                assertThat(person.getText()).contains("Histoire-géographie"));
        assertThat(browser.findElement(By.cssSelector(".portail-facet-chosen")).getText()).startsWith("Histoire-géographie");
        Browser.screenshot(browser, "51-annuaire-facette");

        browser.findElement(By.id("annuaire:maFiche")).click();
        Browser.waitForUrl(browser, "/annuaire/ma-fiche.xhtml");
        assertThat(browser.findElement(By.id("courriel")).getText()).isEqualTo("florent.durand@ac-paris.fr");
        WebElement office = browser.findElement(By.id("fiche:bureau"));
        office.clear();
        office.sendKeys("Bureau des CPE, 2e étage");
        browser.findElement(By.id("fiche:enregistrer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Fiche enregistrée."));
        Browser.screenshot(browser, "52-annuaire-ma-fiche");
    }
}
