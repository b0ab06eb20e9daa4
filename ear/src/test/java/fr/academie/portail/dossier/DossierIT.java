package fr.academie.portail.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dossiers through the API on the real server: who reads whose (agent, head, HR, another agent),
 * reads logged, HR corrections with a reason kept by Envers, bad corrections refused in French.
 */
class DossierIT extends PortalClientTest {

    private static final String SURNAME = "Dossiertest" + Portal.uniqueLetters();
    private static final String LOGIN = ("a" + SURNAME).toLowerCase();

    @BeforeAll
    static void anAgentOfTheTest() {
        Portal.provision("01E5" + String.format("%06d", new Random().nextInt(1_000_000)) + "DOS;Mme;" + SURNAME
                + ";;Anne;02/02/1985;Professeur certifié;Classe normale;5;01/09/2024;Mathématiques;0752536Z;"
                + "Enseignant;01/09/2010;;");
    }

    @Test
    void anAgentReadsTheirOwnDossierAndNoOneElses() {
        HttpResponse<String> own = get("api/v1/agents/fdurand/dossier", "fdurand");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonObject dossier = json(own.body());
        assertThat(dossier.getString("numenMasque")).isEqualTo("**********FDU");
        assertThat(dossier.getString("corps")).isEqualTo("Professeur agrégé");
        assertThat(own.body()).doesNotContain("numenHash", "01E0812345FDU");

        assertThat(get("api/v1/agents/elefevre/dossier", "fdurand").statusCode()).isEqualTo(403);
        assertThat(get("api/v1/agents/personne-inconnue/dossier", "fdurand").statusCode())
                .as("an unknown login is refused the same way").isEqualTo(403);
        assertThat(get("api/v1/agents/elefevre/dossier/history", "fdurand").statusCode()).isEqualTo(403);
    }

    @Test
    void aHeadReadsTheirEstablishmentsStaffOnlyAndEachReadIsLogged() {
        HttpResponse<String> staff = get("api/v1/agents/" + LOGIN + "/dossier", "pgarnier");
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
        assertThat(get("api/v1/agents/fdurand/dossier", "pgarnier").statusCode()).as("not of their establishment").isEqualTo(403);
        HttpResponse<String> correction = put(LOGIN, "pgarnier", correction("Mme", 6, "0752536Z", "Promotion d'échelon"));
        assertThat(correction.statusCode()).as("a head reads, never corrects").isEqualTo(403);

        JsonObject list = json(get("api/v1/agents?size=500", "pgarnier").body());
        assertThat(list.getJsonArray("results").stream().map(JsonValue::asJsonObject).map(a -> a.getString("uai")).distinct().toList())
                .as("a head's list holds their establishment only").containsExactly("0752536Z");
        assertThat(get("api/v1/agents", "fdurand").statusCode()).as("an agent has no staff list").isEqualTo(403);

        WebSession helpdesk = new WebSession();
        helpdesk.signIn("kbenali", Portal.DEMO_PASSWORD);
        helpdesk.open("assistance/comptes.xhtml");
        String journal = helpdesk.submit("comptes", "rechercher", "identifiant", LOGIN).select("#comptes\\:journal").text();
        assertThat(journal).contains("Dossier consulté", "pgarnier", "dossier (chef d'établissement)");
    }

    @Test
    void hrCorrectsADossierWithAReasonAndTheHistorySaysWhoWhatWhenWhy() {
        HttpResponse<String> saved = put(LOGIN, "cmoreau", correction("Mme", 6, "0752536Z", "Arrêté d'avancement au 6e échelon"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved.body()).getInt("echelon")).isEqualTo(6);

        HttpResponse<String> history = get("api/v1/agents/" + LOGIN + "/dossier/history", "cmoreau");
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        JsonObject latest = json(history.body()).getJsonArray("changes").getJsonObject(0);
        assertThat(latest.getString("author")).isEqualTo("cmoreau");
        assertThat(latest.getString("reason")).isEqualTo("Arrêté d'avancement au 6e échelon");
        assertThat(latest.getJsonArray("fields").stream().map(JsonValue::asJsonObject).map(f -> f.getString("field")).toList())
                .contains("echelon", "dateEchelon");
        List<String> path = json(history.body()).getJsonArray("path").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("milestone") + " " + e.getString("what")).toList();
        assertThat(path).contains("ECHELON 6", "ECHELON 5").anyMatch(e -> e.startsWith("ENTREE Collège"));

        JsonObject annuaire = json(get("api/v1/directory?q=" + SURNAME, "fdurand").body());
        assertThat(annuaire.getInt("total")).as("the annuaire follows").isEqualTo(1);
    }

    @Test
    void badCorrectionsAreRefusedInFrenchFieldByField() {
        HttpResponse<String> noReason = put(LOGIN, "cmoreau", correction("Mme", 7, "0752536Z", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason.body()).getJsonObject("fields").getString("reason")).startsWith("Indiquez le motif");

        HttpResponse<String> badUai = put(LOGIN, "cmoreau", correction("Madame", 7, "9999999Z", "Changement d'affectation"));
        assertThat(badUai.statusCode()).isEqualTo(400);
        JsonObject fields = json(badUai.body()).getJsonObject("fields");
        assertThat(fields.getString("uai")).isEqualTo("Aucun établissement ne porte l'UAI 9999999Z.");
        assertThat(fields.getString("civilite")).isEqualTo("La civilité est « M. » ou « Mme ».");

        HttpResponse<String> garbage = send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/agents/" + LOGIN + "/dossier")))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"echelon\": \"beaucoup\"")).build());
        assertThat(garbage.statusCode()).isEqualTo(400);

        assertThat(put(LOGIN, "fdurand", correction("Mme", 7, "0752536Z", "Je me promeus moi-même")).statusCode())
                .as("an agent does not correct dossiers").isEqualTo(403);
    }

    private static String correction(String civilite, int echelon, String uai, String reason) {
        return Json.createObjectBuilder().add("civilite", civilite).add("nom", SURNAME).add("prenom", "Anne")
                .add("dateNaissance", "1985-02-02").add("corps", "Professeur certifié").add("grade", "Classe normale")
                .add("echelon", echelon).add("dateEchelon", "2026-09-01").add("discipline", "Mathématiques")
                .add("fonction", "Enseignant").add("uai", uai).add("dateEntree", "2010-09-01").add("reason", reason)
                .build().toString();
    }

    private static HttpResponse<String> get(String path, String login) {
        return send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", Portal.basic(login, Portal.DEMO_PASSWORD)).build());
    }

    private static HttpResponse<String> put(String login, String caller, String json) {
        return send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/agents/" + login + "/dossier")))
                .header("Authorization", Portal.basic(caller, Portal.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return Portal.send(request);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
