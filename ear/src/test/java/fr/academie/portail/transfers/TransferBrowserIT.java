package fr.academie.portail.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mutation screens in Chromium: a teacher enters, reorders and confirms wishes and downloads
 * the confirmation; HR opens and closes a campaign, runs and compares two simulations and
 * publishes one; the teacher reads their result and the barres.
 */
class TransferBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";

    @Test
    void aTeacherEntersReordersAndConfirmsWishesThenDownloadsTheConfirmation() {
        long id = openCampaign("Mouvement navigateur " + Portal.uniqueLetters(), Instant.now().plus(1, ChronoUnit.HOURS));
        String login = Portal.agentWithPassword("0750655E", "Emma", PASSWORD);
        Browser.signIn(browser, login, PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "mutations/mes-voeux.xhtml?campagne=" + id);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        select("voeux:etab", "0750680G");
        browser.findElement(By.id("voeux:ajouter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("voeux:liste"), "Lycée Victor Hugo"));
        select("voeux:type", "GEO");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voeux:zone")));
        select("voeux:zone", "Paris Est");
        browser.findElement(By.id("voeux:ajouter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("voeux:liste"), "Groupement : Paris Est"));

        select("voeux:type", "ETAB");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voeux:etab")));
        select("voeux:etab", "0750655E");
        browser.findElement(By.id("voeux:ajouter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "c'est votre établissement actuel"));

        browser.findElement(By.cssSelector("button[title='Monter : Groupement : Paris Est']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Ordre des vœux enregistré"));
        assertThat(browser.findElement(By.cssSelector("#voeux\\:liste tbody tr:first-child")).getText()).contains("Groupement : Paris Est");

        browser.findElement(By.id("voeux:conjoint")).sendKeys("75");
        browser.findElement(By.id("voeux:enregistrerSituation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Votre situation est enregistrée"));
        assertThat(browser.findElement(By.id("voeux:bareme")).getText()).contains("Rapprochement de conjoint", "150,2");

        browser.findElement(By.id("voeux:confirmer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("voeux:etat"), "Vos vœux sont confirmés depuis le"));
        Browser.screenshot(browser, "70-mutation-voeux-confirmes");

        closeNow(id);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("voeux:etat"), "La saisie des vœux est fermée"));
        assertThat(browser.findElements(By.id("voeux:ajouter"))).as("no more changes").isEmpty();
        Browser.screenshot(browser, "71-mutation-saisie-close");

        WebSession agent = new WebSession();
        agent.open("connexion.xhtml");
        agent.submit("connexion", "seConnecter", "identifiant", login, "motDePasse", PASSWORD);
        agent.open("mutations/mes-voeux.xhtml?campagne=" + id);
        assertThat(agent.download("voeux", "pdf")).startsWith("%PDF");
    }

    @Test
    void hrRunsComparesAndPublishesThenTheTeacherReadsTheResultAndTheBarres() {
        String first = Portal.agentWithPassword("0750655E", "Lina", PASSWORD);
        String second = Portal.agentWithPassword("0750693W", "Marc", PASSWORD);
        Instant now = Instant.now();
        long id = TransferCampaignApi.create("Mouvement publié " + Portal.uniqueLetters(), now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS));
        TransferCampaignApi.hr("POST", id + "/posts", "{\"uai\":\"0750680G\",\"discipline\":\"Mathématiques\",\"vacancies\":1}");

        Browser.signIn(browser, "cmoreau", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "mutations/campagnes.xhtml");
        browser.findElement(By.linkText(TransferCampaignApi.name(id))).click();
        Browser.waitForUrl(browser, "/mutations/campagne.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.findElement(By.id("etape:suivante")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("etape:phase"), "Saisie des vœux"));
        assertThat(browser.findElement(By.id("pourquoi")).getText()).startsWith("La saisie des vœux est ouverte jusqu'au");

        TransferCampaignApi.wishAndConfirm(first, PASSWORD, id, "0750680G");
        TransferCampaignApi.wishAndConfirm(second, PASSWORD, id, "0750680G");
        TransferCampaignApi.closeWindowNow(id);
        browser.navigate().refresh();
        browser.findElement(By.id("etape:suivante")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("etape:phase"), "Saisie close"));
        browser.findElement(By.id("etape:suivante")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("etape:phase"), "Affichage du barème"));
        TransferCampaignApi.endBaremeDisplay(id);
        browser.navigate().refresh();
        browser.findElement(By.id("etape:suivante")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("etape:phase"), "Barème définitif"));

        browser.findElement(By.id("simulations:stable")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#simulations\\:liste tbody tr[data-ri]"), 1));
        browser.findElement(By.id("simulations:amelioree")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#simulations\\:liste tbody tr[data-ri]"), 2));
        // the two latest runs are compared at once
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#simulations\\:comparaison canvas")));
        assertThat(browser.findElement(By.id("differences")).getText()).contains("n'ont pas le même résultat");
        assertThat(browser.findElement(By.id("resultats:table")).getText()).contains("Lina", "Marc", "Muté");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('simulations:comparaison').scrollIntoView()");
        Browser.screenshot(browser, "72-mutation-rh-simulations-comparees");

        browser.findElements(By.cssSelector("#simulations\\:liste button[title^='Publier']")).get(0).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("etape:phase"), "Résultats publiés"));
        Browser.screenshot(browser, "73-mutation-rh-publiee");

        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "/connexion.xhtml");
        Browser.signIn(browser, second, PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "mutations/mes-voeux.xhtml?campagne=" + id);
        String summary = browser.findElement(By.id("voeux:resume")).getText();
        assertThat(summary).startsWith("Vous");
        if (!summary.startsWith("Vous obtenez")) {
            assertThat(browser.findElement(By.id("voeux:raisons")).getText()).contains("Lycée Victor Hugo", "Le dernier entrant avait");
        }
        Browser.screenshot(browser, "74-mutation-resultat-agent");
    }

    /** Chooses in a PrimeFaces menu as a person does: the value, then the change event its ajax listens to. */
    private void select(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("var w = PrimeFaces.getWidgetById('" + id + "'); w.selectValue('" + value
                + "'); w.input.trigger('change');");
    }

    private static long openCampaign(String name, Instant close) {
        Instant now = Instant.now();
        long id = TransferCampaignApi.create(name, now.minus(1, ChronoUnit.MINUTES), close, close, close.plus(1, ChronoUnit.HOURS));
        TransferCampaignApi.hr("POST", id + "/posts", "{\"uai\":\"0750680G\",\"discipline\":\"Mathématiques\",\"vacancies\":1}");
        TransferCampaignApi.hr("POST", id + "/posts", "{\"uai\":\"0750700D\",\"discipline\":\"Mathématiques\",\"vacancies\":1}");
        TransferCampaignApi.hr("POST", id + "/phase/OPEN", null);
        return id;
    }

    /** Moves the campaign's wish window to end now (as HR may, to shorten a test's wait), then closes it. */
    private static void closeNow(long id) {
        TransferCampaignApi.closeWindowNow(id);
        if (TransferCampaignApi.details(id).getJsonObject("campaign").getString("phase").equals("OPEN")) {
            TransferCampaignApi.hr("POST", id + "/phase/CLOSED", null);
        }
    }

    /** The campaign API as the tests drive it, signed in as HR (cmoreau). */
    static final class TransferCampaignApi {

        static long create(String name, Instant open, Instant close, Instant baremeFrom, Instant baremeTo) {
            return json(hr("POST", "", body(name, open, close, baremeFrom, baremeTo))).getJsonNumber("id").longValue();
        }

        static JsonObject details(long id) {
            return json(hr("GET", String.valueOf(id), null));
        }

        static String name(long id) {
            return details(id).getJsonObject("campaign").getString("name");
        }

        static void closeWindowNow(long id) {
            JsonObject campaign = details(id).getJsonObject("campaign");
            Instant now = Instant.now();
            hr("PUT", id + "?version=" + campaign.getJsonNumber("version").longValue(), body(campaign.getString("name"),
                    now.minus(5, ChronoUnit.MINUTES), now, now, now.plus(1, ChronoUnit.HOURS)));
        }

        static void endBaremeDisplay(long id) {
            JsonObject campaign = details(id).getJsonObject("campaign");
            hr("PUT", id + "?version=" + campaign.getJsonNumber("version").longValue(), body(campaign.getString("name"),
                    Instant.parse(campaign.getString("wishesOpenAt")), Instant.parse(campaign.getString("wishesCloseAt")),
                    Instant.parse(campaign.getString("baremeFrom")), Instant.now()));
        }

        static void wishAndConfirm(String login, String password, long id, String uai) {
            JsonObject saved = json(send(login, password, "PUT", id + "/my-candidature/wishes",
                    "{\"version\":0,\"wishes\":[{\"type\":\"ETAB\",\"code\":\"" + uai + "\"}]}", 200));
            send(login, password, "POST", id + "/my-candidature/confirmation?version=" + saved.getJsonNumber("version").longValue(), null, 200);
        }

        private static String body(String name, Instant open, Instant close, Instant baremeFrom, Instant baremeTo) {
            return "{\"name\":\"" + name + "\",\"maxWishes\":10,\"wishTypes\":[\"ETAB\",\"COM\",\"GEO\",\"DPT\",\"ACA\"],"
                    + "\"wishesOpenAt\":\"" + open + "\",\"wishesCloseAt\":\"" + close + "\",\"baremeFrom\":\"" + baremeFrom
                    + "\",\"baremeTo\":\"" + baremeTo + "\",\"referenceDate\":\"2027-08-31\"}";
        }

        static String hr(String method, String path, String body) {
            return send("cmoreau", Portal.DEMO_PASSWORD, method, path, body, 200);
        }

        private static String send(String login, String password, String method, String path, String body, int expected) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-campaigns"
                    + (path.isEmpty() ? "" : "/" + path)))).header("Authorization", Portal.basic(login, password));
            if (body != null) {
                request.header("Content-Type", "application/json; charset=UTF-8");
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = Portal.send(request.build());
            assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isEqualTo(expected);
            return response.body();
        }

        private static JsonObject json(String body) {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }
}
