package fr.academie.portail.cv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The CV through the API: lines added and refused in French, text kept as typed, validated, read by HR only. */
class CvIT extends PortalClientTest {

    @Test
    void anAgentFillsInTheirCvThenValidatesItAndHrReadsIt() {
        String login = Portal.agentWithPassword("0750655E", "Camille", "Un-Mot-De-Passe-2026");
        HttpResponse<String> empty = send(login, "POST", "validation", null, null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty.body()).getJsonObject("fields").getString("cv")).startsWith("Votre CV est vide");

        HttpResponse<String> added = send(login, "POST", "lignes", "application/json",
                "{\"section\":\"DIPLOME\",\"title\":\"<script>alert('cv')</script> Master MEEF\",\"organisation\":\"Sorbonne Université\","
                        + "\"level\":\"7\",\"year\":2009}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonObject cv = json(added.body());
        assertThat(cv.getString("status")).isEqualTo("BROUILLON");
        assertThat(cv.getJsonArray("lines").getJsonObject(0).getJsonObject("entry").getString("title"))
                .as("kept as typed; pages escape it").isEqualTo("<script>alert('cv')</script> Master MEEF");

        HttpResponse<String> bad = send(login, "POST", "lignes", "application/json",
                "{\"section\":\"LANGUE\",\"title\":\"Anglais\",\"level\":\"C3\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).getJsonObject("fields").getString("level")).isEqualTo("Choisissez le niveau du cadre européen (A1 à C2).");
        HttpResponse<String> noSection = send(login, "POST", "lignes", "application/json", "{\"title\":\"Anglais\"}");
        assertThat(noSection.statusCode()).isEqualTo(400);

        assertThat(send(login, "PUT", "presentation", "text/plain", "Professeure de mathématiques, référente numérique.").statusCode())
                .isEqualTo(200);
        HttpResponse<String> validated = send(login, "POST", "validation", null, null);
        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
        assertThat(json(validated.body()).getString("status")).isEqualTo("VALIDE");
        assertThat(json(validated.body()).getString("validatedAt")).isNotBlank();

        HttpResponse<String> byHr = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/agents/" + login + "/cv")))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD)).build());
        assertThat(byHr.statusCode()).isEqualTo(200);
        assertThat(json(byHr.body()).getString("presentation")).startsWith("Professeure de mathématiques");
        HttpResponse<String> byColleague = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/agents/" + login + "/cv")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).build());
        assertThat(byColleague.statusCode()).isEqualTo(403);

        long lineId = json(validated.body()).getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> removed = send(login, "DELETE", "lignes/" + lineId, null, null);
        assertThat(json(removed.body()).getString("status")).as("a change makes it a draft again").isEqualTo("BROUILLON");
        assertThat(json(removed.body()).getString("validatedAt")).as("the last validation stays known").isNotBlank();
        assertThat(send(login, "DELETE", "lignes/" + lineId, null, null).statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> send(String login, String method, String path, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/cv/moi/" + path)))
                .header("Authorization", Portal.basic(login, "Un-Mot-De-Passe-2026"));
        if (type != null) {
            request.header("Content-Type", type + "; charset=UTF-8");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Portal.send(request.build());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
