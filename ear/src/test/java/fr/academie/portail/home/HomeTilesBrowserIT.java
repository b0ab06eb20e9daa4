package fr.academie.portail.home;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The home page's tiles follow the DSI's rules: role, function, discipline. */
class HomeTilesBrowserIT extends BrowserTest {

    @Test
    void eachAccountSeesTheTilesMeantForIt() {
        assertThat(tiles("fdurand")).as("a mathematics teacher")
                .contains("Mon dossier", "Annuaire", "Services collaboratifs", "Messagerie", "Agenda", "I-Prof",
                        "Espace des professeurs de mathématiques")
                .doesNotContain("Imports RH", "Portail ARENA", "Espace lettres", "I-Professionnel", "Demandes à traiter");
        assertThat(tiles("pgarnier")).as("a head of school")
                .contains("Portail ARENA", "I-Professionnel").doesNotContain("I-Prof", "Imports RH");
        assertThat(tiles("slambert")).as("the DSI")
                .contains("Imports RH", "Catalogue des services", "Tuiles de l'accueil", "Demandes à traiter", "Comptes");
        assertThat(tiles("kbenali")).as("the helpdesk").contains("Demandes à traiter", "Comptes").doesNotContain("Imports RH");
        assertThat(Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/home/tiles"))).build()).statusCode())
                .isEqualTo(401);

        Browser.signIn(browser, "fdurand", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        WebElement maths = browser.findElements(By.cssSelector("a.portail-tile")).stream()
                .filter(tile -> tile.getText().contains("Espace des professeurs de mathématiques")).findFirst().orElseThrow();
        assertThat(maths.getAttribute("href")).isEqualTo("https://maths.ac-paris.fr/espace-membres");
        assertThat(maths.getAttribute("target")).isEqualTo("_blank");
        Browser.screenshot(browser, "60-accueil-enseignant");
    }

    @Test
    void theDsiAddsATileForOneDiscipline() {
        String title = "Laboratoire de maths " + Portal.uniqueLetters();
        Browser.signIn(browser, "slambert", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='dsi/accueil']")).click();
        Browser.waitForUrl(browser, "/dsi/accueil.xhtml");
        Browser.screenshot(browser, "61-tuiles-dsi");

        browser.findElement(By.id("tuiles:ajouter")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire:enregistrer")));
        browser.findElement(By.id("formulaire:titre")).sendKeys(title);
        browser.findElement(By.id("formulaire:description")).sendKeys("Le laboratoire de mathématiques de l'académie.");
        WebElement target = browser.findElement(By.id("formulaire:destination"));
        target.clear();
        target.sendKeys("javascript:alert(1)");
        browser.findElement(By.id("formulaire:disciplines")).sendKeys("mathématiques");
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "La destination est une page du portail"));

        target = browser.findElement(By.id("formulaire:destination"));
        target.clear();
        target.sendKeys("https://labomaths.ac-paris.fr");
        Browser.screenshot(browser, "62-tuiles-dsi-nouvelle");
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tuiles:liste"), title));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Tuile « " + title + " » enregistrée.");

        assertThat(tiles("fdurand")).as("a mathematics teacher sees it").contains(title);
        assertThat(tiles("pgarnier")).as("a head without discipline does not").doesNotContain(title);

        browser.findElements(By.cssSelector("#tuiles\\:liste tbody tr")).stream()
                .filter(row -> row.getText().contains(title)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button[id$='supprimer']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "supprimée"));
        assertThat(tiles("fdurand")).doesNotContain(title);
    }

    /** The dialog fits the window and scrolls: its button is brought into view first, as a person scrolls to it. */
    private void save() {
        WebElement button = browser.findElement(By.id("formulaire:enregistrer"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static List<String> tiles(String login) {
        HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/home/tiles")))
                .header("Authorization", Portal.basic(login, Portal.DEMO_PASSWORD)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(JsonValue::asJsonObject)
                .map(tile -> tile.getString("title")).toList();
    }
}
