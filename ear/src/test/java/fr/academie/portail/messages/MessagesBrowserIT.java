package fr.academie.portail.messages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** HR writes to the staff of Lycée Charlemagne; a teacher there sees it unread, reads it, archives it. */
class MessagesBrowserIT extends BrowserTest {

    /** The count the header shows (« 3 messages non lus »), 0 when it shows none. */
    private int unread() {
        String header = browser.findElement(By.id("nonLus")).getText().strip();
        return header.isEmpty() ? 0 : Integer.parseInt(header.replaceAll("\\D+", ""));
    }

    @Test
    void hrWritesToAnEstablishmentAndATeacherReadsIt() {
        String subject = "Conseil d'administration " + Portal.uniqueLetters();
        Browser.signIn(browser, "cmoreau", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='messages/ecrire']")).click();
        Browser.waitForUrl(browser, "/messages/ecrire.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // as a click on the item does: choose it, then tell the page it changed (selectValue alone is silent)
        ((JavascriptExecutor) browser).executeScript("var menu = PrimeFaces.getWidgetById('ecrire:valeurEtablissement');"
                + " menu.selectValue('0750655E'); menu.input.trigger('change');");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ecrire:portee"), "Ce message atteindra"));
        browser.findElement(By.id("ecrire:objet")).sendKeys(subject);
        browser.findElement(By.id("ecrire:texte")).sendKeys("Le conseil se réunira jeudi à 17 h 30 en salle 104.");
        Browser.screenshot(browser, "70-messages-ecrire");
        browser.findElement(By.id("ecrire:envoyer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Message envoyé à"));
        assertThat(browser.findElement(By.id("envoyes")).getText()).contains(subject);
        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "/connexion.xhtml");

        Browser.signIn(browser, "fdurand", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        assertThat(browser.findElement(By.id("nonLus")).getText()).containsPattern("\\d+ messages? non lus?");
        assertThat(browser.findElement(By.id("aLire")).getText()).startsWith("Vous avez");
        Browser.screenshot(browser, "71-accueil-messages-non-lus");
        int unreadBefore = unread();
        browser.findElement(By.cssSelector("#nonLus a")).click();
        Browser.waitForUrl(browser, "/messages/boite.xhtml");
        WebElement line = browser.findElements(By.cssSelector("#liste li")).stream()
                .filter(item -> item.getText().contains(subject)).findFirst().orElseThrow();
        assertThat(line.getAttribute("class")).contains("portail-unread");
        line.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sujet"), subject));
        assertThat(browser.findElement(By.id("texte")).getText()).contains("salle 104");
        assertThat(browser.findElements(By.cssSelector("#liste li")).stream().filter(item -> item.getText().contains(subject))
                .findFirst().orElseThrow().getAttribute("class")).contains("portail-read");
        assertThat(unread()).as("the header's count follows the reading").isEqualTo(unreadBefore - 1);
        Browser.screenshot(browser, "72-messages-lecture");
        browser.findElement(By.id("boite:archiver")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Message archivé."));
        assertThat(browser.findElement(By.id("liste")).getText()).doesNotContain(subject);
    }
}
