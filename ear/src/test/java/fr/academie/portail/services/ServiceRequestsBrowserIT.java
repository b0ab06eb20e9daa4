package fr.academie.portail.services;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Browser;
import fr.academie.portail.testsupport.BrowserTest;
import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.TestMailServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real Chromium: the head of Collège Paul Valéry asks for a Cybercarnet, the assistance takes
 * it and forwards it, the DSI installs it with its address, and the head sees it installed.
 */
class ServiceRequestsBrowserIT extends BrowserTest {

    @Test
    void aCybercarnetFromTheHeadToTheDsiAndBack() throws Exception {
        String subject = "Blog de la 5e A " + Portal.uniqueLetters();
        Browser.signIn(browser, "pgarnier", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='services/catalogue']")).click();
        Browser.waitForUrl(browser, "/services/catalogue.xhtml");
        assertThat(browser.findElements(By.cssSelector(".portail-service-card"))).hasSize(11);
        assertThat(browser.findElement(By.id("service-SYNBOX")).getText()).as("a collège may not ask for Synbox")
                .contains("Non proposé à votre établissement").doesNotContain("Faire une demande");
        Browser.screenshot(browser, "30-services-catalogue");

        browser.findElement(By.cssSelector("#service-CYBERCARNET a")).click();
        Browser.waitForUrl(browser, "/services/demande.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Faire une demande");
        browser.findElement(By.id("demande:objet")).sendKeys(subject);
        browser.findElement(By.id("demande:envoyer")).click();
        waitForText(By.id("messages"), "Le champ « Année scolaire » est obligatoire.");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Le champ « Classes concernées » est obligatoire.");
        assertThat(browser.findElement(By.id("demande:champ_classes")).getAttribute("class")).as("the field at fault")
                .contains("ui-state-error");
        assertThat(browser.findElement(By.id("demande:champ_classes")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("demande:objet")).getAttribute("class")).doesNotContain("ui-state-error");
        Browser.screenshot(browser, "31-services-demande-incomplete");

        chooseInMenu("demande:champ_annee_scolaire", "2026-2027");
        browser.findElement(By.cssSelector("label[for='demande:champ_acces:1']")).click();
        browser.findElement(By.id("demande:champ_classes")).sendKeys("5e A");
        browser.findElement(By.id("demande:champ_enseignant")).sendKeys("pgarnier");
        browser.findElement(By.id("demande:precisions")).sendKeys("Un blog réservé aux familles de la classe.");
        Browser.screenshot(browser, "32-services-demande");
        browser.findElement(By.id("demande:envoyer")).click();
        Browser.waitForUrl(browser, "/services/suivi.xhtml");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("envoyée à la plateforme d'assistance");
        assertThat(browser.findElement(By.id("etat")).getText()).isEqualTo("Soumise");
        String reference = browser.findElement(By.id("reference")).getText();
        String requestUrl = browser.getCurrentUrl();
        Browser.screenshot(browser, "33-services-suivi-soumise");
        signOut();

        Browser.signIn(browser, "kbenali", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='assistance/demandes']")).click();
        Browser.waitForUrl(browser, "/assistance/demandes.xhtml");
        assertThat(browser.findElements(By.cssSelector("#charge canvas"))).as("the chart of open requests").hasSize(1);
        Browser.screenshot(browser, "34-services-file-graphique");
        assertThat(browser.findElements(By.cssSelector("#file\\:demandes tr.portail-row-overdue")))
                .as("the demo's late requests, highlighted").isNotEmpty();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('file').scrollIntoView()");
        Browser.screenshot(browser, "34-services-file-assistance");
        browser.findElement(By.id("file:recherche")).sendKeys(reference.toLowerCase());
        browser.findElement(By.id("file:filtrer")).click();
        // the request was already on the unfiltered page: wait for the filtered table itself
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#file\\:demandes tbody tr"), 1));
        assertThat(browser.findElement(By.id("file:demandes")).getText()).contains(reference, subject, "Soumise",
                "Collège Paul Valéry");
        browser.findElement(By.linkText(reference)).click();
        Browser.waitForUrl(browser, "/services/suivi.xhtml");
        act("PRENDRE_EN_CHARGE", null);
        waitForText(By.id("etat"), "Prise en charge");
        act("TRANSMETTRE_DSI", "Blog réservé, 28 élèves : rien à ajouter.");
        waitForText(By.id("etat"), "Transmise à la DSI");
        signOut();

        Browser.signIn(browser, "slambert", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.get(requestUrl);
        act("COMMENCER_INSTALLATION", null);
        waitForText(By.id("etat"), "En cours d'installation");
        openAction("DECLARER_INSTALLEE");
        browser.findElement(By.id("confirmation:adresse")).sendKeys("https://cybercarnet.ac-paris.fr/paul-valery-5a");
        browser.findElement(By.id("confirmation:acces")).sendKeys("Compte administrateur : pgarnier");
        Browser.screenshot(browser, "35-services-dsi-installation");
        browser.findElement(By.id("confirmation:confirmer")).click();
        waitForText(By.id("etat"), "Installée");
        signOut();

        TestMailServer.await(mail -> mail.subject().contains(reference + " : Installée")
                && mail.body().contains("https://cybercarnet.ac-paris.fr/paul-valery-5a"), "le chef averti de l'installation");

        Browser.signIn(browser, "pgarnier", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "services/mes-demandes.xhtml");
        String mine = browser.findElement(By.id("demandes")).getText();
        assertThat(mine).contains(reference, "Installée", "https://cybercarnet.ac-paris.fr/paul-valery-5a");
        Browser.screenshot(browser, "36-services-mes-demandes");
        browser.findElement(By.linkText(reference)).click();
        Browser.waitForUrl(browser, "/services/suivi.xhtml");
        assertThat(browser.findElement(By.id("adresseInstance")).getText()).isEqualTo("https://cybercarnet.ac-paris.fr/paul-valery-5a");
        assertThat(browser.findElement(By.id("historique")).getText()).contains("Prendre en charge", "Transmettre à la DSI",
                "Déclarer installée", "Blog réservé, 28 élèves");
        assertThat(browser.findElement(By.id("champ-acces")).getText()).isEqualTo("Réservé (protégé par un compte)");
        Browser.screenshot(browser, "37-services-suivi-installee");

        java.nio.file.Path plan = java.nio.file.Files.createTempFile("plan-du-blog", ".pdf");
        java.nio.file.Files.writeString(plan, fr.academie.portail.testsupport.Documents.PDF, java.nio.charset.StandardCharsets.ISO_8859_1);
        browser.findElement(By.id("pieces:ajout_input")).sendKeys(plan.toString());
        waitForText(By.id("pieces:liste"), plan.getFileName().toString());
        assertThat(browser.findElement(By.id("messages")).getText()).contains("joint à la demande");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('historique').scrollIntoView()");
        Browser.screenshot(browser, "38-services-suivi-historique");
    }

    @Test
    void staffOfAnotherSchoolSeeNeitherTheQueueNorTheRequest() throws Exception {
        HttpResponse<String> created = submitAsTheHead("{\"subject\":\"Une idée du collège\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        Browser.signIn(browser, "fdurand", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        assertThat(browser.findElement(By.id("menu:barre")).getText()).doesNotContain("Demandes à traiter", "Catalogue des services");
        Browser.open(browser, "assistance/demandes.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        Browser.open(browser, "dsi/services.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        Browser.open(browser, "services/suivi.xhtml?id=" + id);
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Demande introuvable.");
        assertThat(browser.findElements(By.id("reference"))).isEmpty();
    }

    @Test
    void theDsiSuspendsAServiceAndSetsTheTargets() throws Exception {
        Browser.signIn(browser, "slambert", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        browser.findElement(By.cssSelector("a.portail-tile[href*='dsi/services']")).click();
        Browser.waitForUrl(browser, "/dsi/services.xhtml");
        Browser.screenshot(browser, "40-services-catalogue-dsi");

        WebElement row = browser.findElements(By.cssSelector("#services\\:liste tbody tr")).stream()
                .filter(r -> r.getText().contains("Écrire simultanément")).findFirst().orElseThrow();
        row.findElement(By.tagName("button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire:enregistrer")));
        assertThat(browser.findElement(By.id("formulaire:nom")).getAttribute("value")).isEqualTo("Écrire simultanément");
        chooseInMenu("formulaire:offre", "SUSPENDED", "Suspendues");
        browser.findElement(By.id("formulaire:enregistrer")).click();
        waitForText(By.id("messages"), "Service « Écrire simultanément » enregistré.");
        waitForText(By.id("services:liste"), "Suspendues");

        HttpResponse<String> refused = submitAsTheHead("{\"service\":\"ECRITURE_SIMULTANEE\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ne prend pas de demande en ce moment");
        Browser.open(browser, "services/catalogue.xhtml");
        assertThat(browser.findElement(By.id("service-ECRITURE_SIMULTANEE")).getText()).contains("Demandes suspendues")
                .doesNotContain("Faire une demande");

        Browser.open(browser, "dsi/services.xhtml");
        browser.findElements(By.cssSelector("#services\\:liste tbody tr")).stream()
                .filter(r -> r.getText().contains("Écrire simultanément")).findFirst().orElseThrow()
                .findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formulaire:enregistrer")));
        chooseInMenu("formulaire:offre", "OFFERED", "Ouvertes");
        browser.findElement(By.id("formulaire:enregistrer")).click();
        // every other service reads « Ouvertes » already: wait for this row, then for the dialog to close
        waitForText(By.xpath("//tbody[@id='services:liste_data']/tr[contains(., 'Écrire simultanément')]"), "Ouvertes");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("formulaire:enregistrer")));

        browser.findElement(By.id("delais:enregistrer")).click();
        waitForText(By.id("messages"), "Délais cibles enregistrés.");
    }

    @Test
    void aQrCodeInOneClick() {
        Browser.signIn(browser, "fdurand", Portal.DEMO_PASSWORD);
        Browser.waitForUrl(browser, "/accueil.xhtml");
        Browser.open(browser, "services/qr-code.xhtml");
        browser.findElement(By.id("qr:generer")).click();
        waitForText(By.id("messages"), "Saisissez le texte");
        browser.findElement(By.id("qr:texte")).sendKeys("https://www.ac-paris.fr/portail");
        browser.findElement(By.id("qr:generer")).click();
        WebElement image = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("image")));
        assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(image.getAttribute("alt")).isEqualTo("QR code du texte saisi");
        assertThat(browser.findElements(By.id("qr:png"))).hasSize(1);
        assertThat(browser.findElements(By.id("qr:svg"))).hasSize(1);
        Browser.screenshot(browser, "39-services-qr-code");
    }

    /** A request of the head of Collège Paul Valéry, sent through the API. */
    private static HttpResponse<String> submitAsTheHead(String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/service-requests")))
                .header("Authorization", Portal.basic("pgarnier", Portal.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void act(String transition, String comment) {
        openAction(transition);
        if (comment != null) {
            browser.findElement(By.id("confirmation:commentaire")).sendKeys(comment);
        }
        browser.findElement(By.id("confirmation:confirmer")).click();
    }

    private void openAction(String transition) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.action-" + transition))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation:confirmer")));
    }

    /** Chooses in a PrimeFaces drop-down through its widget, as a person's click on the item does. */
    private void chooseInMenu(String id, String value) {
        chooseInMenu(id, value, value);
    }

    private void chooseInMenu(String id, String value, String label) {
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", id, value);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }

    private void waitForText(By where, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    private void signOut() {
        browser.findElement(By.id("menu:deconnexion")).click();
        Browser.waitForUrl(browser, "/connexion.xhtml");
    }
}
