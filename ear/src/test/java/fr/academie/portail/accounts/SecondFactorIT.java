package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.control.Totp;
import fr.academie.portail.testsupport.DemoSecondFactor;
import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** HR, the helpdesk and the DSI sign in with a code of their authenticator application after their password. */
class SecondFactorIT extends PortalClientTest {

    private static final String HELPDESK = "kbenali";

    @Test
    void thePasswordAloneOpensOnlyTheSecondFactorsPage() {
        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", HELPDESK, "motDePasse", Portal.DEMO_PASSWORD);
        assertThat(browser.location()).startsWith("/deuxieme-facteur.xhtml");
        assertThat(browser.page().text()).contains("code à 6 chiffres");
        browser.open("assistance/comptes.xhtml");
        assertThat(browser.location()).as("nothing else opens yet").startsWith("/deuxieme-facteur.xhtml");
        browser.open("mot-de-passe.xhtml");
        assertThat(browser.location()).as("not even the password change").startsWith("/deuxieme-facteur.xhtml");

        browser.submit("facteur", "valider", "code", "000000");
        assertThat(browser.page().select("#messages").text()).contains("Code incorrect ou déjà utilisé");
        String code = DemoSecondFactor.nextCode(HELPDESK);
        browser.submit("facteur", "valider", "code", code);
        assertThat(browser.location()).startsWith("/accueil.xhtml");
        browser.open("assistance/comptes.xhtml");
        assertThat(browser.location()).startsWith("/assistance/comptes.xhtml");

        WebSession replay = new WebSession();
        replay.open("connexion.xhtml");
        replay.submit("connexion", "seConnecter", "identifiant", HELPDESK, "motDePasse", Portal.DEMO_PASSWORD);
        replay.submit("facteur", "valider", "code", code);
        assertThat(replay.location()).as("a code is accepted once").startsWith("/deuxieme-facteur.xhtml");
    }

    @Test
    void aLostFactorIsRemovedByTheDsiThenEnrolledAgainWithRecoveryCodes() {
        WebSession self = new WebSession();
        self.signIn(HELPDESK, Portal.DEMO_PASSWORD);
        self.open("assistance/comptes.xhtml");
        self.submit("comptes", "rechercher", "identifiant", HELPDESK);
        self.submit("comptes", "retirerFacteur");
        assertThat(self.page().select("#messages").text()).as("nobody removes their own").contains("Retrait refusé");

        WebSession dsi = new WebSession();
        dsi.signIn("slambert", Portal.DEMO_PASSWORD);
        dsi.open("assistance/comptes.xhtml");
        dsi.submit("comptes", "rechercher", "identifiant", HELPDESK);
        assertThat(dsi.page().getElementById("facteur").text()).isEqualTo("activé");
        dsi.submit("comptes", "retirerFacteur");
        assertThat(dsi.page().select("#messages").text()).contains("Second facteur de " + HELPDESK + " retiré");

        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", HELPDESK, "motDePasse", Portal.DEMO_PASSWORD);
        assertThat(browser.location()).startsWith("/deuxieme-facteur.xhtml");
        assertThat(browser.page().getElementById("facteur:qr").attr("src")).startsWith("data:image/png;base64,");
        String secret = browser.page().getElementById("cle").text();
        assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");
        assertThat(Totp.fromBase32(secret)).hasSize(20);
        DemoSecondFactor.reenrolled(HELPDESK, secret);
        browser.submit("facteur", "valider", "code", DemoSecondFactor.nextCode(HELPDESK));
        assertThat(browser.page().select("#messages").text()).contains("Second facteur activé");
        List<String> recovery = browser.page().select("#codesDeSecours code").stream().map(Element::text).toList();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"));
        browser.open("assistance/comptes.xhtml");
        assertThat(browser.location()).startsWith("/assistance/comptes.xhtml");

        WebSession phoneLost = new WebSession();
        phoneLost.open("connexion.xhtml");
        phoneLost.submit("connexion", "seConnecter", "identifiant", HELPDESK, "motDePasse", Portal.DEMO_PASSWORD);
        phoneLost.submit("facteur", "valider", "code", recovery.get(3).toLowerCase());
        assertThat(phoneLost.location()).as("a recovery code opens the account").startsWith("/accueil.xhtml");

        WebSession again = new WebSession();
        again.open("connexion.xhtml");
        again.submit("connexion", "seConnecter", "identifiant", HELPDESK, "motDePasse", Portal.DEMO_PASSWORD);
        again.submit("facteur", "valider", "code", recovery.get(3));
        assertThat(again.location()).as("each recovery code works once").startsWith("/deuxieme-facteur.xhtml");

        dsi.open("assistance/comptes.xhtml");
        dsi.submit("comptes", "rechercher", "identifiant", HELPDESK);
        assertThat(dsi.page().text()).contains("Second facteur retiré par l'assistance", "Second facteur enregistré",
                "Code de secours utilisé", "Second facteur refusé");
    }
}
