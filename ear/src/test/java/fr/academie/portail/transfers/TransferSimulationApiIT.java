package fr.academie.portail.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/transfer-simulations}: both modes on a hand-made market, the refusals in French, who may call it. */
class TransferSimulationApiIT extends PortalClientTest {

    /** Anne and Bruno would swap, but Chloé has more points on Bruno's post; David follows a vacancy chain. */
    private static final String MARKET = """
            {"mode":"%s","posts":[{"id":"X","vacancies":0},{"id":"Y","vacancies":0},{"id":"Z","vacancies":1},{"id":"W","vacancies":0}],
             "participants":[
              {"id":"anne","currentPost":"X","tiebreak":1,"wishes":[{"post":"Y","points":10}]},
              {"id":"bruno","currentPost":"Y","tiebreak":2,"wishes":[{"post":"X","points":10}]},
              {"id":"chloe","currentPost":null,"tiebreak":3,"wishes":[{"post":"Y","points":50}]},
              {"id":"david","currentPost":"W","tiebreak":4,"wishes":[{"post":"Z","points":120.5}]},
              {"id":"emma","currentPost":null,"tiebreak":5,"wishes":[{"post":"W","points":30}]}]}""";

    @Test
    void theStableRunAndTheImprovedRunAnswerWithOutcomesBarresAndCounts() {
        HttpResponse<String> stable = post("cmoreau", MARKET.formatted("stable"));
        assertThat(stable.statusCode()).as(stable.body()).isEqualTo(200);
        JsonObject s = json(stable.body());
        assertThat(outcome(s, "anne")).isEqualTo("STAYED");
        assertThat(outcome(s, "chloe")).isEqualTo("UNASSIGNED");
        assertThat(outcome(s, "david")).isEqualTo("MOVED");
        assertThat(assignment(s, "emma").getString("post")).as("the seat David freed").isEqualTo("W");
        assertThat(assignment(s, "emma").getInt("wishRank")).isEqualTo(1);
        assertThat(assignment(s, "chloe").isNull("post")).as("null is written, not left out").isTrue();
        assertThat(assignment(s, "anne").isNull("wishRank")).isTrue();
        assertThat(threshold(s, "Z").getJsonNumber("lowestAdmittedPoints").doubleValue()).isEqualTo(120.5);
        assertThat(threshold(s, "X").isNull("lowestAdmittedPoints")).isTrue();
        assertThat(s.getJsonObject("stats").getInt("participants")).isEqualTo(5);
        assertThat(s.getJsonObject("stats").getInt("moved")).isEqualTo(2);
        assertThat(s.getJsonObject("stats").getInt("firstWish")).isEqualTo(2);
        assertThat(s.getJsonObject("stats").getInt("unassigned")).isEqualTo(1);

        JsonObject improved = json(post("cmoreau", MARKET.formatted("improved")).body());
        assertThat(assignment(improved, "anne").getString("post")).isEqualTo("Y");
        assertThat(assignment(improved, "bruno").getString("post")).isEqualTo("X");
        assertThat(improved.getJsonObject("stats").getInt("moved")).as("two more than stable").isEqualTo(4);
    }

    @Test
    void nonsenseIsRefusedWithAFrenchMessageNamingTheParticipant() {
        assertRefused("""
                {"mode":"stable","posts":[{"id":"X","vacancies":1}],
                 "participants":[{"id":"P-12","currentPost":null,"tiebreak":1,"wishes":[{"post":"Q","points":1}]}]}""",
                "Participant « P-12 » : le vœu n° 1 porte sur le poste « Q », qui n'est pas offert.");
        assertRefused("""
                {"mode":"stable","posts":[{"id":"X","vacancies":1}],
                 "participants":[{"id":"P-12","tiebreak":1,"wishes":[{"post":"X","points":1},{"post":"X","points":2}]}]}""",
                "Participant « P-12 » : le poste « X » figure deux fois dans ses vœux (vœux n° 1 et 2).");
        assertRefused("""
                {"mode":"stable","posts":[{"id":"X","vacancies":1}],
                 "participants":[{"id":"P-12","currentPost":"X","tiebreak":1,"wishes":[{"post":"X","points":1}]}]}""",
                "Participant « P-12 » : le vœu n° 1 porte sur son poste actuel « X » ; il le garde sans le demander.");
        assertRefused("""
                {"mode":"stable","posts":[{"id":"X","vacancies":-2}],"participants":[]}""",
                "Poste « X » : le nombre de postes vacants ne peut pas être négatif (-2).");
        assertRefused("""
                {"mode":"optimal","posts":[],"participants":[]}""",
                "Mode inconnu « optimal » : choisissez « stable » ou « improved ».");
        assertRefused("""
                {"mode":"stable","posts":[{"id":"X","vacancies":1}],"participants":[{"id":"P-7","wishes":[]}]}""",
                "Participant « P-7 » : indiquez son rang de départage (tiebreak).");
        HttpResponse<String> unreadable = post("cmoreau", "{\"mode\":");
        assertThat(unreadable.statusCode()).isEqualTo(400);
    }

    @Test
    void onlyHrManagersMayRunIt() {
        assertThat(post("fdurand", MARKET.formatted("stable")).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-simulations")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(MARKET.formatted("stable"))).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static void assertRefused(String body, String message) {
        HttpResponse<String> response = post("cmoreau", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response.body()).getString("message")).isEqualTo(message);
    }

    static HttpResponse<String> post(String login, String body) {
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-simulations")))
                .header("Authorization", Portal.basic(login, Portal.DEMO_PASSWORD))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String outcome(JsonObject result, String participant) {
        return assignment(result, participant).getString("outcome");
    }

    private static JsonObject assignment(JsonObject result, String participant) {
        JsonArray assignments = result.getJsonArray("assignments");
        return assignments.getValuesAs(JsonObject.class).stream().filter(a -> a.getString("participant").equals(participant))
                .findFirst().orElseThrow();
    }

    private static JsonObject threshold(JsonObject result, String post) {
        return result.getJsonArray("thresholds").getValuesAs(JsonObject.class).stream().filter(t -> t.getString("post").equals(post))
                .findFirst().orElseThrow();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
