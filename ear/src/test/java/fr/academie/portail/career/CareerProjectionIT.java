package fr.academie.portail.career;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The career projection through the API, from the grids of the migration: the agent's own or, for HR, anyone's. */
class CareerProjectionIT extends PortalClientTest {

    @Test
    void anAgrégéSeesEveryNextEchelonWithItsIndexAndPayAndTheHorsClasseDate() {
        HttpResponse<String> response = get("fdurand", "fdurand");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject outlook = json(response.body());
        // Florent Durand, agrégé, 6th échelon since 1 March 2024: 36 months in the 6th (24 accelerated), 36 in the 7th, 42 in the 8th.
        List<String> normal = outlook.getJsonArray("normal").stream().map(JsonValue::asJsonObject)
                .map(s -> s.getInt("echelon") + "@" + s.getString("from") + "=" + s.getInt("indiceMajore")).toList();
        assertThat(normal).containsExactly("6@2024-03-01=623", "7@2027-03-01=664", "8@2030-03-01=715",
                "9@2033-09-01=762", "10@2037-09-01=805", "11@2041-09-01=835");
        assertThat(outlook.getJsonArray("accelerated").getJsonObject(1).getString("from")).isEqualTo("2026-03-01");
        assertThat(outlook.getJsonArray("normal").getJsonObject(0).getJsonNumber("grossMonthly").bigDecimalValue())
                .isEqualByComparingTo("3066.89"); // 623 × 4,92278
        JsonObject horsClasse = outlook.getJsonObject("horsClasse");
        assertThat(horsClasse.getString("status")).isEqualTo("A_VENIR");
        assertThat(horsClasse.getString("from")).isEqualTo("2035-09-01");
        assertThat(horsClasse.getString("firstTable")).isEqualTo("2036-09-01");
        assertThat(outlook.getJsonArray("afterHorsClassePromotion").getJsonObject(0).getString("grade")).isEqualTo("HORS_CLASSE");
        assertThat(outlook.getString("gridSource")).contains("72-580");
    }

    @Test
    void hrProjectsAnyoneAndNobodyElseDoes() {
        assertThat(get("fdurand", "cmoreau").statusCode()).isEqualTo(200);
        assertThat(get("fdurand", "kbenali").statusCode()).isEqualTo(403);
        assertThat(get("fdurand", "pgarnier").statusCode()).as("a head reads dossiers, not careers").isEqualTo(403);
        HttpResponse<String> anonymous = Portal.send(HttpRequest.newBuilder(
                URI.create(Portal.url("api/v1/agents/fdurand/career-projection"))).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aCorpsWithoutGridGetsAFrenchExplanation() {
        HttpResponse<String> response = get("cmoreau", "cmoreau");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject outlook = json(response.body());
        assertThat(outlook.getString("problem")).startsWith("Aucune grille de référence pour le corps « Attaché d'administration de l'État »");
        assertThat(outlook.getJsonArray("normal")).isEmpty();
    }

    private static HttpResponse<String> get(String login, String caller) {
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/agents/" + login + "/career-projection")))
                .header("Authorization", Portal.basic(caller, Portal.DEMO_PASSWORD)).build());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
