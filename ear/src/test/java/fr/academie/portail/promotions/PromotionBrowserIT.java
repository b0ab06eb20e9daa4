package fr.academie.portail.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The promotion screens in Chromium: the head of school and the inspector give their opinion on a
 * classe exceptionnelle promouvable, HR validates and publishes the table, the teacher reads that
 * she is promoted; HR gives a hors classe appreciation on the table's line.
 */
class PromotionBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";

    @Test
    void opinionsThenPublicationThenTheTeacherReadsHerPromotion() {
        String teacher = Portal.agentWithPassword("0752536Z", "Inès", PASSWORD, "Mme", "Professeur certifié;Hors classe;6;01/09/2019;Technologie");
        long id = campaign("CLASSE_EXCEPTIONNELLE", "Classe exceptionnelle navigateur");
        hr("POST", id + "/phase/OPINIONS");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        giveOpinion("pgarnier", id, "Référente numérique du collège, tutrice de deux stagiaires.");
        Browser.screenshot(browser, "80-promotion-avis-chef");
        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "/connexion.xhtml");
        giveOpinion("ofabre", id, "Séquences exemplaires, formatrice académique.");
        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "/connexion.xhtml");

        Browser.signIn(browser, "cmoreau", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "promotions/campagne.xhtml?id=" + id);
        assertThat(browser.findElement(By.cssSelector("#tableau\\:lignes tbody tr:first-child")).getText())
                .as("two « très favorable » rank first").contains("Inès", "Très favorable", "Promu(e)");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graphique canvas")));
        assertThat(browser.findElement(By.id("equilibre")).getText()).startsWith("Femmes :");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('titreEquilibre').scrollIntoView()");
        Browser.screenshot(browser, "81-promotion-tableau-rh");
        browser.findElement(By.id("etape:valider")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("etape:phase"), "Tableau validé"));
        browser.findElement(By.id("etape:publier")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("etape:phase"), "Publié"));
        Browser.screenshot(browser, "82-promotion-publiee");
        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "/connexion.xhtml");

        Browser.signIn(browser, teacher, PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "promotions/mes-promotions.xhtml");
        assertThat(browser.findElement(By.xpath("//section[.//h2[contains(., 'Classe exceptionnelle navigateur')]]")).getText())
                .contains("Vous êtes promu(e) au grade « Classe exceptionnelle »", "Très favorable");
        Browser.screenshot(browser, "83-promotion-resultat-agent");
        Browser.open(browser, "dossier/mon-dossier.xhtml");
        assertThat(browser.getPageSource()).contains("Classe exceptionnelle");
    }

    @Test
    void hrGivesAHorsClasseAppreciationOnTheTable() {
        long id = campaign("HORS_CLASSE", "Hors classe navigateur");
        Browser.signIn(browser, "cmoreau", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "promotions/campagne.xhtml?id=" + id);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        assertThat(browser.findElement(By.id("problemes")).getText()).contains("sans appréciation du recteur");
        WebElement first = browser.findElement(By.cssSelector("#tableau\\:lignes tbody tr:first-child div.ui-selectonemenu"));
        ((JavascriptExecutor) browser).executeScript("var w = PrimeFaces.getWidgetById('" + first.getAttribute("id")
                + "'); w.selectValue('EXCELLENT'); w.input.trigger('change');");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Appréciation enregistrée"));
        assertThat(browser.findElement(By.cssSelector("#tableau\\:lignes tbody tr:first-child")).getText()).as("145 points and more")
                .containsPattern("\\b(1[4-9][0-9]|2[0-9][0-9])\\b");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('titreTableau').scrollIntoView()");
        Browser.screenshot(browser, "84-promotion-hors-classe-appreciations");
        Browser.open(browser, "promotions/campagnes.xhtml");
        assertThat(browser.findElement(By.id("campagnes")).getText()).contains("Hors classe navigateur");
    }

    private void giveOpinion(String login, long id, String reason) {
        Browser.signIn(browser, login, Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "promotions/avis.xhtml?campagne=" + id);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("avis:lignes"), "Inès"));
        WebElement row = browser.findElement(By.xpath("//tbody[@id='avis:lignes_data']/tr[contains(., 'Inès')]"));
        String select = row.findElement(By.cssSelector("div.ui-selectonemenu")).getAttribute("id");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('" + select + "').selectValue('TRES_FAVORABLE');");
        row.findElement(By.tagName("textarea")).sendKeys(reason);
        row.findElement(By.cssSelector("button[id$='enregistrer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Avis enregistré"));
        WebElement saved = browser.findElement(By.xpath("//tbody[@id='avis:lignes_data']/tr[contains(., 'Inès')]"));
        assertThat(saved.findElement(By.cssSelector(".ui-selectonemenu-label")).getText()).isEqualTo("Très favorable");
    }

    /** A campaign of the professeurs certifiés, conditions observed today, opinions open for a day. */
    private static long campaign(String type, String name) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Instant now = Instant.now();
        String body = "{\"name\":\"" + name + " " + Portal.uniqueLetters() + "\",\"corps\":\"Professeur certifié\",\"type\":\"" + type
                + "\",\"year\":" + (2600 + new Random().nextInt(400)) + ",\"referenceDate\":\"" + today + "\",\"effectDate\":\"" + today
                + "\",\"opinionsFrom\":\"" + now.minus(1, ChronoUnit.HOURS) + "\",\"opinionsTo\":\"" + now.plus(1, ChronoUnit.DAYS)
                + "\",\"ratio\":0.2}";
        return json(hr("POST", "", body)).getJsonNumber("id").longValue();
    }

    private static String hr(String method, String path) {
        return hr(method, path, null);
    }

    private static String hr(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/promotion-campaigns" + (path.isEmpty() ? "" : "/" + path))))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = Portal.send(request.build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
