package fr.academie.portail.messages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages on the real server: HR and the DSI write to a target, each recipient reads, archives. */
class MessagesIT extends PortalClientTest {

    @Test
    void aMessageToADisciplineReachesItsTeachersOnly() {
        String subject = "Olympiades de mathématiques " + Portal.uniqueLetters();
        HttpResponse<String> sent = post("slambert", "api/v1/messages", """
                {"subject":"%s","body":"Inscriptions jusqu'au 15 décembre.","target":"discipline","value":"Mathématiques"}"""
                .formatted(subject));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(json(sent.body()).getInt("recipients")).isGreaterThan(0);

        long before = unread("fdurand");
        JsonObject line = inbox("fdurand", false).stream().filter(m -> m.getString("subject").equals(subject))
                .findFirst().orElseThrow();
        assertThat(line.getBoolean("read")).isFalse();
        assertThat(line.getString("sender")).isEqualTo("Rectorat — Direction des systèmes d'information");
        assertThat(subjects(inbox("pgarnier", false))).as("no discipline").doesNotContain(subject);
        TestMailServer.await(mail -> mail.subject().equals("[Portail académique] " + subject)
                && mail.body().contains("Inscriptions jusqu'au 15 décembre."), "la copie par courriel");

        long id = line.getJsonNumber("id").longValue();
        HttpResponse<String> read = post("fdurand", "api/v1/messages/" + id + "/read", "");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read.body()).getBoolean("read")).isTrue();
        assertThat(unread("fdurand")).isEqualTo(before - 1);
        assertThat(post("pgarnier", "api/v1/messages/" + id + "/read", "").statusCode()).as("someone else's").isEqualTo(404);

        assertThat(post("fdurand", "api/v1/messages/" + id + "/archive", "").statusCode()).isEqualTo(204);
        assertThat(subjects(inbox("fdurand", false))).doesNotContain(subject);
        assertThat(subjects(inbox("fdurand", true))).contains(subject);
    }

    @Test
    void onlyHrAndTheDsiWriteAndBadMessagesAreRefused() {
        String good = "{\"subject\":\"Test\",\"body\":\"Texte\",\"target\":\"TOUS\"}";
        assertThat(post("fdurand", "api/v1/messages", good).statusCode()).isEqualTo(403);
        assertThat(post("kbenali", "api/v1/messages", good).statusCode()).isEqualTo(403);
        assertRefused(post("cmoreau", "api/v1/messages", "{\"subject\":\"\",\"body\":\"\",\"target\":\"TOUS\"}"),
                "L'objet du message est obligatoire.");
        assertRefused(post("cmoreau", "api/v1/messages", "{\"subject\":\"Objet\",\"body\":\"Texte\",\"target\":\"PLANETE\"}"),
                "Destinataires inconnus");
        assertRefused(post("cmoreau", "api/v1/messages",
                "{\"subject\":\"Objet\",\"body\":\"Texte\",\"target\":\"ETABLISSEMENT\",\"value\":\"12\"}"), "n'est pas un UAI");
        assertRefused(post("cmoreau", "api/v1/messages",
                "{\"subject\":\"Objet\",\"body\":\"Texte\",\"target\":\"IDENTIFIANTS\",\"value\":\"fdurand, personne-x\"}"),
                "Aucun compte actif pour : personne-x.");
        assertRefused(post("cmoreau", "api/v1/messages",
                "{\"subject\":\"Objet\",\"body\":\"Texte\",\"target\":\"CORPS\",\"value\":\"Corps imaginaire\"}"),
                "Aucun personnel en poste");
        assertThat(post("fdurand", "api/v1/messages/999999999/read", "").statusCode()).isEqualTo(404);
        assertThat(Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/messages"))).build()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aServiceRequestsNewsLandsInTheRequestersInbox() {
        JsonObject request = json(post("pgarnier", "api/v1/service-requests", "{\"subject\":\"Une idée " + Portal.uniqueLetters() + "\"}")
                .body());
        String reference = request.getString("reference");
        post("kbenali", "api/v1/service-requests/" + request.getJsonNumber("id") + "/transitions", "{\"transition\":\"PRENDRE_EN_CHARGE\"}");
        assertThat(subjects(inbox("pgarnier", false))).contains("Votre demande " + reference + " : Prise en charge");
    }

    private void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response.body()).getString("message")).contains(message);
    }

    private long unread(String login) {
        return json(get(login, "api/v1/messages/unread-count").body()).getJsonNumber("unread").longValue();
    }

    private List<JsonObject> inbox(String login, boolean archived) {
        HttpResponse<String> response = get(login, "api/v1/messages?archived=" + archived);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray lines = Json.createReader(new StringReader(response.body())).readArray();
        return lines.stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> subjects(List<JsonObject> lines) {
        return lines.stream().map(line -> line.getString("subject")).toList();
    }

    private static HttpResponse<String> get(String login, String path) {
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", Portal.basic(login, Portal.DEMO_PASSWORD)).build());
    }

    private static HttpResponse<String> post(String login, String path, String json) {
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", Portal.basic(login, Portal.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
