package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import org.junit.jupiter.api.Test;

/**
 * First sign-in over HTTP, as a browser does it: the NUMEN opens only the password change page;
 * the chosen password then opens the portal, and the NUMEN no longer works.
 */
class SignInIT extends PortalClientTest {

    /** A freshly provisioned demo agent: Florent Durand, the homonym of fdurand. */
    private static final String LOGIN = "fdurand1";
    private static final String NUMEN = "01G1523456FDR";
    private static final String NEW_PASSWORD = "Une phrase de passe solide";

    @Test
    void theNumenLeadsToTheForcedPasswordChangeThenTheChosenPasswordOpensThePortal() {
        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", LOGIN, "motDePasse", NUMEN.toLowerCase());
        assertThat(browser.location()).startsWith("/mot-de-passe.xhtml");
        assertThat(browser.page().text()).contains("Changer votre mot de passe", "première connexion");

        browser.open("accueil.xhtml");
        assertThat(browser.location()).as("nothing else opens before the change").startsWith("/mot-de-passe.xhtml");
        browser.open("dossier/mon-dossier.xhtml");
        assertThat(browser.location()).startsWith("/mot-de-passe.xhtml");

        browser.submit("motdepasse", "enregistrer", "actuel", NUMEN, "nouveau", "court", "confirmation", "autre");
        assertThat(browser.page().text())
                .contains("au moins 12 caractères", "La confirmation ne correspond pas");
        browser.submit("motdepasse", "enregistrer", "actuel", NUMEN, "nouveau", NUMEN, "confirmation", NUMEN);
        assertThat(browser.page().text()).contains("ne peut pas être votre NUMEN");
        browser.submit("motdepasse", "enregistrer", "actuel", "01G1523456XXX", "nouveau", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD);
        assertThat(browser.page().text()).contains("Le mot de passe actuel est incorrect");

        browser.submit("motdepasse", "enregistrer", "actuel", NUMEN, "nouveau", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
        assertThat(browser.location()).startsWith("/dossier/mon-dossier.xhtml");
        assertThat(browser.page().text()).contains("Votre mot de passe a été changé", "Durand", "Florent",
                "Professeur des écoles", "École élémentaire rue Saint-Maur (0751120R)");

        WebSession again = new WebSession();
        again.open("connexion.xhtml");
        again.submit("connexion", "seConnecter", "identifiant", LOGIN, "motDePasse", NUMEN);
        assertThat(again.location()).startsWith("/connexion.xhtml");
        assertThat(again.page().text()).contains("Identifiant ou mot de passe incorrect");

        again.submit("connexion", "seConnecter", "identifiant", "FDurand1 ", "motDePasse", NEW_PASSWORD);
        assertThat(again.location()).startsWith("/accueil.xhtml");
        assertThat(again.page().text()).contains("Bonjour fdurand1", "Mon dossier");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", "fdurand", "motDePasse", "pas le bon mot de passe");
        String wrongPassword = browser.page().select("#messages").text();
        browser.submit("connexion", "seConnecter", "identifiant", "personne", "motDePasse", "pas le bon mot de passe");
        assertThat(browser.page().select("#messages").text()).isEqualTo(wrongPassword)
                .contains("Identifiant ou mot de passe incorrect");
    }

    @Test
    void aSignInWithoutLoginOrPasswordIsRefusedWithAFrenchMessage() {
        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", "", "motDePasse", "");
        assertThat(browser.location()).startsWith("/connexion.xhtml");
        assertThat(browser.page().text()).contains("Identifiant académique : saisie obligatoire");
    }
}
