package fr.academie.portail.concours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Internal concours through the API: HR opens a session; an agent is told which condition they miss
 * (the diploma, until their CV shows it), registers, changes the option, withdraws and registers
 * again; after the closing date nothing changes; HR lists the registrations. And who may do what.
 */
class ConcoursIT extends PortalClientTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";
    private static final String HR = "cmoreau";

    @Test
    void anAgentRegistersChangesWithdrawsAndHrListsTheRegistrations() throws Exception {
        String agent = Portal.agentWithPassword("0750655E", "Agathe", PASSWORD);   // professeur certifié since 2010
        Instant now = Instant.now();
        JsonObject session = call(HR, Portal.DEMO_PASSWORD, "POST", "", session("Agrégation interne de test", now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.DAYS)), 200);
        long id = session.getJsonNumber("id").longValue();
        List<JsonObject> sections = session.getJsonArray("sections").getValuesAs(JsonObject.class);
        long math = sections.stream().filter(s -> s.getString("code").equals("MATH")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long lve = sections.stream().filter(s -> s.getString("code").equals("LVE")).findFirst().orElseThrow().getJsonNumber("id").longValue();

        JsonObject mine = call(agent, PASSWORD, "GET", id + "/my-registration", null, 200);
        assertThat(mine.getJsonArray("refusals").getString(0)).isEqualTo(
                "Un diplôme de niveau 7 (master) est demandé ; votre CV n'indique aucun diplôme : complétez-le.");
        assertThat(call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + math + "}", 400)
                .getJsonObject("fields").getString("conditions")).contains("niveau 7 (master)");

        HttpResponse<String> diploma = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/cv/moi/lignes")))
                .header("Authorization", Portal.basic(agent, PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"section\":\"DIPLOME\",\"title\":\"Master MEEF\",\"organisation\":\"Sorbonne Université\","
                        + "\"level\":\"7\",\"year\":2009}")).build());
        assertThat(diploma.statusCode()).as(diploma.body()).isEqualTo(200);
        assertThat(call(agent, PASSWORD, "GET", id + "/my-registration", null, 200).getJsonArray("refusals")).isEmpty();

        // an option is asked for the languages, and must be one of theirs
        assertThat(call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + lve + "}", 400)
                .getJsonObject("fields").getString("option")).isEqualTo("Choisissez une option de la section « Langues vivantes étrangères » : "
                        + "Anglais, Espagnol.");
        assertThat(call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + lve + ",\"option\":\"Latin\"}", 400)
                .getJsonObject("fields").containsKey("option")).isTrue();
        assertThat(call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":999999}", 400).getJsonObject("fields")
                .getString("section")).isEqualTo("Choisissez une des sections de la session.");

        JsonObject registered = call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + lve + ",\"option\":\"Espagnol\"}", 200)
                .getJsonObject("mine");
        assertThat(registered.getString("status")).isEqualTo("INSCRIT");
        assertThat(registered.getString("option")).isEqualTo("Espagnol");
        long seen = registered.getJsonNumber("version").longValue();
        JsonObject changed = call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + math + ",\"version\":" + seen + "}", 200)
                .getJsonObject("mine");
        assertThat(call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + lve + ",\"option\":\"Anglais\",\"version\":"
                + seen + "}", 400).getString("message")).as("a page of before the change").endsWith("rechargez la page.");
        assertThat(call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + lve + ",\"option\":\"Anglais\",\"version\":-1}",
                400).getString("message")).as("a page that showed no registration").endsWith("rechargez la page.");
        assertThat(changed.getString("section")).isEqualTo("MATH — Mathématiques");
        assertThat(changed.containsKey("option")).as("no option for mathematics").isFalse();
        assertThat(call(agent, PASSWORD, "DELETE", id + "/my-registration", null, 200).getJsonObject("mine").getString("status"))
                .isEqualTo("RETIRE");
        assertThat(call(agent, PASSWORD, "DELETE", id + "/my-registration", null, 400).getString("message"))
                .isEqualTo("Vous n'êtes pas inscrit(e) à cette session.");
        call(agent, PASSWORD, "PUT", id + "/my-registration", "{\"sectionId\":" + math + "}", 200);

        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Portal.url(
                "api/v1/concours-sessions/" + id + "/my-registration/confirmation"))).header("Authorization", Portal.basic(agent, PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        JsonArray lines = array(HR, Portal.DEMO_PASSWORD, id + "/registrations");
        assertThat(lines).hasSize(1);
        assertThat(lines.getJsonObject(0).getString("login")).isEqualTo(agent);
        assertThat(lines.getJsonObject(0).getString("status")).isEqualTo("Inscrit(e)");
        assertThat(lines.getJsonObject(0).toString()).doesNotContain("numen", "NUMEN");

        // who may do what
        assertThat(send(agent, PASSWORD, "GET", id + "/registrations", null).statusCode()).isEqualTo(403);
        assertThat(send(agent, PASSWORD, "GET", "", null).statusCode()).isEqualTo(403);
        assertThat(send(agent, PASSWORD, "POST", "", session("Par un agent", now, now.plus(1, ChronoUnit.DAYS))).statusCode()).isEqualTo(403);
        assertThat(Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/concours-sessions/mine"))).build()).statusCode())
                .isEqualTo(401);
        assertThat(send("cmoreau", Portal.DEMO_PASSWORD, "GET", "", null).statusCode()).isEqualTo(200);
        WebSession browser = new WebSession();
        browser.signIn(agent, PASSWORD);
        HttpResponse<String> page = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("concours/sessions.xhtml")))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build());
        assertThat(page.statusCode()).as("HR's page").isEqualTo(403);
    }

    @Test
    void nothingChangesOutsideTheWindowAndBadSessionsAreRefused() {
        String agent = Portal.agentWithPassword("0750655E", "Basile", PASSWORD);
        Instant now = Instant.now();
        long closed = call(HR, Portal.DEMO_PASSWORD, "POST", "", session("Session close de test", now.minus(2, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS)), 200).getJsonNumber("id").longValue();
        JsonObject view = call(agent, PASSWORD, "GET", closed + "/my-registration", null, 200);
        assertThat(view.getBoolean("open")).isFalse();
        long math = view.getJsonArray("sections").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(call(agent, PASSWORD, "PUT", closed + "/my-registration", "{\"sectionId\":" + math + "}", 400).getString("message"))
                .contains("elles ne se font ni ne se modifient en dehors de cette période");

        JsonObject bad = call(HR, Portal.DEMO_PASSWORD, "POST", "", "{\"name\":\"\",\"year\":1,\"registrationFrom\":\"" + now
                + "\",\"registrationTo\":\"" + now.minus(1, ChronoUnit.DAYS) + "\",\"minDiplomaLevel\":9,"
                + "\"sections\":[{\"code\":\"A\",\"label\":\"Un\"},{\"code\":\"a\",\"label\":\"Deux\"},{\"code\":\"\",\"label\":\"\"}]}", 400);
        assertThat(bad.getJsonObject("fields").keySet()).containsExactlyInAnyOrder("name", "year", "registrationTo", "minDiplomaLevel",
                "section2", "section3");
        assertThat(bad.getJsonObject("fields").getString("section2")).isEqualTo("Section n° 2 : le code « a » est déjà pris.");
        assertThat(call(HR, Portal.DEMO_PASSWORD, "POST", "", "{\"name\":\"Sans section\",\"year\":2027,\"registrationFrom\":\"" + now
                + "\",\"registrationTo\":\"" + now.plus(1, ChronoUnit.DAYS) + "\"}", 400).getJsonObject("fields").getString("sections"))
                .isEqualTo("Une session compte au moins une section.");
        assertThat(call(agent, PASSWORD, "GET", "999999/my-registration", null, 400).getString("message"))
                .isEqualTo("Aucune session de concours n° 999999.");
    }

    private static String session(String name, Instant from, Instant to) {
        return "{\"name\":\"" + name + "\",\"year\":2027,\"registrationFrom\":\"" + from + "\",\"registrationTo\":\"" + to + "\","
                + "\"corps\":[\"Professeur certifié\"],\"minYears\":5,\"minDiplomaLevel\":7,"
                + "\"sections\":[{\"code\":\"MATH\",\"label\":\"Mathématiques\"},"
                + "{\"code\":\"LVE\",\"label\":\"Langues vivantes étrangères\",\"options\":[\"Anglais\",\"Espagnol\"]}]}";
    }

    private static JsonArray array(String login, String password, String path) {
        HttpResponse<String> response = send(login, password, "GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject call(String login, String password, String method, String path, String body, int expected) {
        HttpResponse<String> response = send(login, password, method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isEqualTo(expected);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> send(String login, String password, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/concours-sessions" + (path.isEmpty() ? "" : "/" + path))))
                .header("Authorization", Portal.basic(login, password));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Portal.send(request.build());
    }
}
