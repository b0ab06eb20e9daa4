package fr.academie.portail.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The DSI follows the HR imports: the demo import, its counts, its (absent) rejected lines. */
class ProvisioningRunsBrowserIT extends BrowserTest {


    @Test
    void theDsiSeesTheImportsAndTheirRejects() {
        Browser.signIn(browser, "slambert", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        assertThat(browser.findElement(By.id("menu:barre")).getText()).contains("Imports RH", "Mon dossier");
        Browser.screenshot(browser, "10-accueil-dsi");

        browser.findElement(By.linkText("Imports RH")).click();
        Browser.waitForUrl(browser, "/dsi/imports.xhtml");
        assertThat(browser.findElements(By.cssSelector("#bilan canvas"))).as("the chart of the latest imports").hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#bilan canvas")).getSize().getHeight()).isGreaterThan(100);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('bilan').scrollIntoView()");
        Browser.screenshot(browser, "12-imports-bilan");
        String table = browser.findElement(By.id("imports:executions")).getText();
        assertThat(table).contains("extrait-rh-demo.csv", "Terminé");

        browser.findElements(By.cssSelector("#imports\\:executions tbody tr")).stream()
                .filter(row -> row.getText().contains("extrait-rh-demo.csv"))
                .findFirst().orElseThrow()
                .findElement(By.tagName("button")).click();
        // the details of that run, under their own title (an apostrophe once swallowed its number)
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("imports:detail"), "Lignes rejetées de l'import n° "));
        assertThat(browser.findElement(By.cssSelector("[id='imports:detail'] h2")).getText()).matches("Lignes rejetées de l'import n° \\d+");
        assertThat(browser.findElement(By.id("imports:rejets")).getText()).contains("Aucune ligne rejetée.");
        // the run's details, as the DSI reads them after the click, not the table above them
        ((JavascriptExecutor) browser).executeScript("document.getElementById('imports:rejets').scrollIntoView({block: 'center'})");
        Browser.screenshot(browser, "11-imports-rh");
    }
}
