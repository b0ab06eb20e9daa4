package fr.academie.portail.concours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The concours screens in Chromium: a teacher registers for a language with its option; HR finds the registration. */
class ConcoursBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";

    @Test
    void aTeacherRegistersAndHrSeesTheRegistration() {
        String name = "CAPES interne navigateur " + Portal.uniqueLetters();
        Instant now = Instant.now();
        HttpResponse<String> created = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/concours-sessions")))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"year\":2027,\"registrationFrom\":\""
                        + now.minus(1, ChronoUnit.HOURS) + "\",\"registrationTo\":\"" + now.plus(30, ChronoUnit.DAYS) + "\",\"minYears\":3,"
                        + "\"sections\":[{\"code\":\"DOC\",\"label\":\"Documentation\"},"
                        + "{\"code\":\"LVE\",\"label\":\"Langues vivantes étrangères\",\"options\":[\"Anglais\",\"Italien\"]}]}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String teacher = Portal.agentWithPassword("0750680G", "Octave", PASSWORD);

        Browser.signIn(browser, teacher, PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "concours/mes-concours.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement card = session(name);
        String section = card.findElement(By.cssSelector("div.ui-selectonemenu[id$=':section']")).getAttribute("id");
        ((JavascriptExecutor) browser).executeScript("var w = PrimeFaces.getWidgetById('" + section + "'); w.selectValue(w.input.find('option')"
                + ".filter(function() { return this.text.indexOf('LVE') === 0; }).val()); w.input.trigger('change');");
        wait.until(d -> !session(name).findElements(By.cssSelector("div.ui-selectonemenu[id$=':option']")).isEmpty());
        String option = session(name).findElement(By.cssSelector("div.ui-selectonemenu[id$=':option']")).getAttribute("id");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('" + option + "').selectValue('Italien');");
        session(name).findElement(By.cssSelector("button[id$=':inscrire']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Inscription enregistrée"));
        assertThat(session(name).getText()).contains("Vous êtes inscrit(e) : LVE — Langues vivantes étrangères, option Italien");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", session(name));
        Browser.screenshot(browser, "90-concours-inscription");
        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "/connexion.xhtml");

        Browser.signIn(browser, "cmoreau", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "concours/sessions.xhtml");
        // The page may already show this session (the newest): wait for the form the click re-renders, not just for the text.
        WebElement before = browser.findElement(By.id("sessions:inscriptions"));
        browser.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions:inscriptions"), teacher));
        assertThat(browser.findElement(By.id("sessions:inscriptions")).getText()).contains("Italien", "Inscrit(e)");
        Browser.screenshot(browser, "91-concours-inscriptions-rh");
    }

    private WebElement session(String name) {
        return browser.findElement(By.xpath("//section[contains(@class, 'session')][.//h2[contains(., '" + name + "')]]"));
    }
}
