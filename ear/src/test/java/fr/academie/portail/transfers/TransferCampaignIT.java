package fr.academie.portail.transfers;

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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A mutation campaign through the API, as HR and three agents live it: posts uploaded (bad lines
 * reported), wishes saved and refused in French, a stale save refused, the server's clock
 * enforced, a contestation accepted, two simulations, the publication, and each agent's result
 * with its reasons. And who may do what.
 */
class TransferCampaignIT extends PortalClientTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";
    private static final String HR = "cmoreau";

    @Test
    void aCampaignRunsFromPreparationToPublishedResultsWithTheirReasons() {
        String anne = Portal.agentWithPassword("0750655E", "Anne", PASSWORD);   // Charlemagne, wants Victor Hugo
        String bruno = Portal.agentWithPassword("0750680G", "Bruno", PASSWORD); // Victor Hugo, wants Charlemagne
        String chloe = Portal.agentWithPassword("0750693W", "Chloé", PASSWORD); // Voltaire, wants Victor Hugo

        Instant now = Instant.now();
        long id = hr("POST", "", campaign("Mouvement de test " + Portal.uniqueLetters(), now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS), now.plus(3, ChronoUnit.HOURS)), 200)
                .getJsonNumber("id").longValue();
        assertThat(hrRaw("POST", id + "/phase/OPEN", null).body()).as("no post yet").contains("Ajoutez les postes offerts");

        HttpResponse<String> upload = uploadPosts(id, "uai;discipline;postes\n0750680G;Mathématiques;0\n0759999X;Mathématiques;1\n"
                + "0750693W;Mathématiques;deux\n0750655E;Mathématiques\n0750700D;Mathématiques;0\n");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        JsonObject report = json(upload.body());
        assertThat(report.getInt("accepted")).isEqualTo(2);
        assertThat(report.getJsonArray("rejected").getValuesAs(JsonObject.class)).extracting(r -> r.getString("reason"))
                .containsExactly("UAI inconnu : « 0759999X ».", "Nombre de postes invalide : « deux » (un entier de 0 à 500).",
                        "La ligne doit compter 3 champs séparés par « ; ».");
        assertThat(hr("POST", id + "/phase/OPEN", null, 200).getString("phase")).isEqualTo("OPEN");

        // wishes: refused in French, saved, a stale page refused, then confirmed
        JsonObject a = agent(anne, "GET", id + "/my-candidature", null, 200);
        assertThat(a.getBoolean("saved")).isFalse();
        JsonObject ownPost = agent(anne, "PUT", id + "/my-candidature/wishes", wishes(0, "ETAB", "0750655E"), 400);
        assertThat(ownPost.getJsonObject("fields").getString("voeu1")).contains("votre établissement actuel");
        JsonObject twice = agent(anne, "PUT", id + "/my-candidature/wishes", wishes(0, "ETAB", "0750680G", "ETAB", "0750680G"), 400);
        assertThat(twice.getJsonObject("fields").getString("voeu2")).isEqualTo("Le vœu n° 2 répète le vœu n° 1.");
        JsonObject badDeclaration = agent(anne, "PUT", id + "/my-candidature/declaration",
                "{\"version\":0,\"declaration\":{\"spouseDepartement\":\"750\",\"childrenUnder18\":-1}}", 400);
        assertThat(badDeclaration.getJsonObject("fields")).containsKeys("spouseDepartement", "childrenUnder18");

        a = agent(anne, "PUT", id + "/my-candidature/wishes", wishes(0, "ETAB", "0750680G", "GEO", "Paris Est"), 200);
        long version = a.getJsonNumber("version").longValue();
        assertThat(a.getJsonArray("wishes").getJsonObject(1).getString("label")).isEqualTo("Groupement : Paris Est");
        a = agent(anne, "PUT", id + "/my-candidature/declaration", "{\"version\":" + version
                + ",\"declaration\":{\"spouseDepartement\":\"75\",\"childrenUnder18\":2,\"separationYears\":0}}", 200);
        assertThat(element(a, "RAPPROCHEMENT_CONJOINT").getString("appliesTo")).isEqualTo("Vœux 1, 2");
        assertThat(element(a, "ENFANTS").getJsonNumber("points").intValue()).isEqualTo(200);
        HttpResponse<String> stale = agentRaw(anne, "PUT", id + "/my-candidature/wishes", wishes(version, "ETAB", "0750680G"));
        assertThat(stale.statusCode()).as("a page that read an older version").isEqualTo(409);
        assertThat(json(stale.body()).getString("message")).contains("rechargez la page");
        long current = a.getJsonNumber("version").longValue();
        a = agent(anne, "POST", id + "/my-candidature/confirmation?version=" + current, null, 200);
        assertThat(a.getString("confirmedAt")).isNotBlank();

        long brunoVersion = agent(bruno, "PUT", id + "/my-candidature/declaration",
                "{\"version\":0,\"declaration\":{\"handicap\":true}}", 200).getJsonNumber("version").longValue();
        brunoVersion = agent(bruno, "PUT", id + "/my-candidature/wishes", wishes(brunoVersion, "ETAB", "0750655E"), 200)
                .getJsonNumber("version").longValue();
        agent(bruno, "POST", id + "/my-candidature/confirmation?version=" + brunoVersion, null, 200);
        String home = org.jsoup.Jsoup.parse(page("accueil.xhtml", chloe, PASSWORD).body()).text();
        assertThat(home).as("the deadline on the home page").contains(details(id) + " : saisie des vœux ouverte jusqu'au",
                "Vos vœux ne sont pas encore confirmés.");
        confirm(chloe, id, "ETAB", "0750680G");
        assertThat(agentRaw(chloe, "POST", id + "/phase/CLOSED", null).statusCode()).as("an agent is not HR").isEqualTo(403);

        // the clock: no closing before the end of the wish window
        JsonObject early = json(hrRaw("POST", id + "/phase/CLOSED", null).body());
        assertThat(early.getString("message")).startsWith("La saisie des vœux est ouverte jusqu'au");
        Instant closeNow = Instant.now();
        JsonObject details = hr("GET", String.valueOf(id), null, 200);
        hr("PUT", id + "?version=" + details.getJsonObject("campaign").getJsonNumber("version").longValue(),
                campaign(details.getJsonObject("campaign").getString("name"), closeNow.minus(2, ChronoUnit.MINUTES), closeNow,
                        closeNow, closeNow.plus(1, ChronoUnit.HOURS)), 200);
        assertThat(agentRaw(anne, "PUT", id + "/my-candidature/wishes", wishes(current + 1, "ETAB", "0750680G")).body())
                .contains("La saisie des vœux est fermée");
        hr("POST", id + "/phase/CLOSED", null, 200);

        // after the medical advice, HR retains Bruno's first wish for the handicap priority
        JsonArray cases = hrArray(id + "/handicap-cases");
        assertThat(cases).hasSize(1);
        long brunoId = cases.getJsonObject(0).getJsonNumber("participantId").longValue();
        hr("POST", id + "/participants/" + brunoId + "/wishes/1/handicap?accepted=true", null, 204);
        assertThat(hrRaw("POST", id + "/participants/" + brunoId + "/wishes/7/handicap?accepted=true", null).body())
                .contains("n'a pas de vœu n° 7");
        JsonObject brunoNow = agent(bruno, "GET", id + "/my-candidature", null, 200);
        assertThat(element(brunoNow, "HANDICAP_AVIS_MEDICAL").getJsonNumber("points").intValue()).isEqualTo(1000);
        assertThat(element(brunoNow, "HANDICAP_AVIS_MEDICAL").getString("appliesTo")).isEqualTo("Vœu 1");
        hr("POST", id + "/phase/BAREME_DISPLAY", null, 200);

        // contestation, answered
        JsonObject contested = agent(chloe, "POST", id + "/my-candidature/contestations",
                "{\"element\":\"ANCIENNETE_POSTE\",\"comment\":\"Je suis au lycée Voltaire depuis 2012, pas depuis 2010.\"}", 200);
        assertThat(contested.getJsonArray("contestations").getJsonObject(0).getString("status")).isEqualTo("EN_ATTENTE");
        assertThat(agent(chloe, "POST", id + "/my-candidature/contestations", "{\"element\":\"ANCIENNETE_POSTE\",\"comment\":\"Encore une fois\"}", 400)
                .getJsonObject("fields").getString("element")).contains("déjà contesté");
        assertThat(json(hrRaw("POST", id + "/phase/BAREME_FINAL", null).body()).getString("message")).contains("contestable jusqu'au");
        JsonArray pending = hrArray(id + "/contestations");
        long contestation = pending.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject tooShort = hr("POST", id + "/contestations/" + contestation + "/answer", "{\"accept\":true,\"points\":-3,\"reason\":\"ok\"}", 400);
        assertThat(tooShort.getJsonObject("fields")).containsKeys("points", "reason");
        hr("POST", id + "/contestations/" + contestation + "/answer",
                "{\"accept\":true,\"points\":260,\"reason\":\"Arrêté d'affectation de 2012 vérifié : ancienneté corrigée.\"}", 200);
        JsonObject corrected = agent(chloe, "GET", id + "/my-candidature", null, 200);
        assertThat(element(corrected, "ANCIENNETE_POSTE").getBoolean("corrected")).isTrue();
        assertThat(element(corrected, "ANCIENNETE_POSTE").getJsonNumber("points").intValue()).isEqualTo(260);

        details = hr("GET", String.valueOf(id), null, 200);
        Instant endDisplay = Instant.now();
        hr("PUT", id + "?version=" + details.getJsonObject("campaign").getJsonNumber("version").longValue(),
                campaign(details.getJsonObject("campaign").getString("name"), closeNow.minus(2, ChronoUnit.MINUTES), closeNow,
                        closeNow, endDisplay), 200);
        hr("POST", id + "/phase/BAREME_FINAL", null, 200);

        // two simulations, compared; one published
        JsonObject stable = hr("POST", id + "/simulations?mode=stable", null, 200);
        JsonObject improved = hr("POST", id + "/simulations?mode=improved", null, 200);
        assertThat(stable.getInt("participants")).isEqualTo(3);
        assertThat(improved.getInt("moved")).isGreaterThanOrEqualTo(stable.getInt("moved"));
        assertThat(hrRaw("POST", id + "/simulations?mode=optimal", null).statusCode()).isEqualTo(400);
        JsonArray rows = hrArray(id + "/simulations/" + stable.getJsonNumber("id").longValue() + "/results");
        assertThat(rows).hasSize(3);
        hr("POST", id + "/simulations/" + stable.getJsonNumber("id").longValue() + "/publication", null, 200);
        assertThat(hrRaw("POST", id + "/simulations?mode=stable", null).statusCode()).as("published: no more runs").isEqualTo(400);

        // Victor Hugo has no vacancy: Bruno's seat, freed as he moves to Charlemagne (freed by Anne), goes to
        // Anne (35 échelon + 520 in post + 150,2 spouse + 200 children = 905,2 there) before Chloé (35 + 260 corrected)
        JsonObject resultOfAnne = agent(anne, "GET", id + "/my-candidature", null, 200).getJsonObject("result");
        assertThat(resultOfAnne.getString("outcome")).isEqualTo("MOVED");
        assertThat(resultOfAnne.getInt("wishRank")).isEqualTo(1);
        assertThat(resultOfAnne.getString("summary")).isEqualTo("Vous obtenez votre vœu n° 1 : Lycée Victor Hugo (0750680G).");
        assertThat(agent(bruno, "GET", id + "/my-candidature", null, 200).getJsonObject("result").getString("outcome")).isEqualTo("MOVED");
        JsonObject resultOfChloe = agent(chloe, "GET", id + "/my-candidature", null, 200).getJsonObject("result");
        assertThat(resultOfChloe.getString("outcome")).isEqualTo("STAYED");
        JsonObject reason = resultOfChloe.getJsonArray("reasons").getJsonObject(0);
        assertThat(reason.getString("establishment")).isEqualTo("Lycée Victor Hugo (0750680G)");
        assertThat(reason.getJsonNumber("barre").doubleValue()).isEqualTo(905.2);
        assertThat(reason.getJsonNumber("yourPoints").doubleValue()).isEqualTo(295.0);
        assertThat(reason.getString("explanation")).isEqualTo("Le dernier entrant avait 905,2 points ; vous en aviez 295.");
        assertThat(hrRaw("GET", id + "/simulations/" + stable.getJsonNumber("id").longValue() + "/results", null).statusCode())
                .isEqualTo(200);
        assertThat(agentRaw(chloe, "GET", id + "/simulations/" + stable.getJsonNumber("id").longValue() + "/results", null).statusCode())
                .as("results are HR's").isEqualTo(403);
    }

    @Test
    void aPostFileWithAQuoteNeverClosedKeepsTheLinesBeforeAndSaysWhereInFrench() {
        Instant now = Instant.now();
        long id = hr("POST", "", campaign("Postes mal cités " + Portal.uniqueLetters(), now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS), now.plus(3, ChronoUnit.HOURS)), 200)
                .getJsonNumber("id").longValue();

        // as a spreadsheet saves it: a byte order mark, padded fields, a quoted one, blank lines
        HttpResponse<String> upload = uploadPosts(id, "\uFEFF UAI ; Discipline ; Postes \n\n 0750680G ; Mathématiques ; 2 \n"
                + "0750700D; \"Physique, chimie\" ;1\n\n0750693W;\"Physique;1\n0750700D;Anglais;1\n");

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        JsonObject report = json(upload.body());
        assertThat(report.getInt("accepted")).as("the lines before the broken one, read as their values").isEqualTo(2);
        JsonObject broken = report.getJsonArray("rejected").getJsonObject(0);
        assertThat(broken.getString("reason")).isEqualTo("Le fichier n'a pas pu être lu à partir de la ligne 6 : un guillemet (\") "
                + "y est ouvert sans être refermé, ou suivi d'autres caractères avant le « ; ».");
        assertThat(broken.getJsonNumber("line").longValue()).isEqualTo(6);
        assertThat(hr("GET", String.valueOf(id), null, 200).getJsonArray("posts").getValuesAs(JsonObject.class))
                .extracting(post -> post.getString("discipline")).containsExactlyInAnyOrder("Mathématiques", "Physique, chimie");

        HttpResponse<String> brokenHeader = uploadPosts(id, "\"uai;discipline;postes\n0750680G;Mathématiques;2\n");
        assertThat(brokenHeader.statusCode()).isEqualTo(400);
        assertThat(brokenHeader.body()).contains("La première ligne doit nommer les colonnes").contains("elle n'a pas pu être lue");
    }

    @Test
    void twoSavesFromTheSameVersionAtOnceKeepOneAndRefuseTheOther() throws Exception {
        String login = Portal.agentWithPassword("0752536Z", "Denis", PASSWORD);
        Instant now = Instant.now();
        long id = hr("POST", "", campaign("Mouvement concurrent " + Portal.uniqueLetters(), now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS), now.plus(3, ChronoUnit.HOURS)), 200)
                .getJsonNumber("id").longValue();
        hr("POST", id + "/posts", "{\"uai\":\"0750655E\",\"discipline\":\"Mathématiques\",\"vacancies\":2}", 200);
        hr("POST", id + "/phase/OPEN", null, 200);
        assertThat(agent(login, "GET", id + "/my-candidature", null, 200).getJsonNumber("version").longValue())
                .as("nothing saved yet").isEqualTo(-1);
        long version = agent(login, "PUT", id + "/my-candidature/wishes", wishes(-1, "ETAB", "0750655E"), 200).getJsonNumber("version").longValue();
        assertThat(agentRaw(login, "PUT", id + "/my-candidature/wishes", wishes(-1, "ETAB", "0750693W")).statusCode())
                .as("a page opened before the first save, saving after it").isEqualTo(409);

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> agentRaw(login, "PUT", id + "/my-candidature/wishes", wishes(version, "ETAB", "0750680G")));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                () -> agentRaw(login, "PUT", id + "/my-candidature/wishes", wishes(version, "ETAB", "0750693W")));
        List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String kept = agent(login, "GET", id + "/my-candidature", null, 200).getJsonArray("wishes").getJsonObject(0).getString("code");
        String winner = first.get().statusCode() == 200 ? "0750680G" : "0750693W";
        assertThat(kept).as("the one that answered 200 is the one kept").isEqualTo(winner);
    }

    @Test
    void thePagesAreForTheirRoles() {
        assertThat(page("mutations/campagnes.xhtml", "fdurand").statusCode()).as("HR's pages").isEqualTo(403);
        assertThat(page("mutations/campagne.xhtml?id=1", "fdurand").statusCode()).isEqualTo(403);
        WebSession hr = new WebSession();
        hr.signIn(HR, Portal.DEMO_PASSWORD);
        assertThat(hr.open("mutations/campagnes.xhtml").text()).as("HR, through the portal's link").contains("Campagnes de mutation");
        assertThat(page("mutations/mes-voeux.xhtml", "fdurand").statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("mutations/mes-voeux.xhtml"))).build());
        assertThat(anonymous.statusCode()).as("sent to the login page").isEqualTo(302);
        assertThat(send("fdurand", Portal.DEMO_PASSWORD, "GET", "", null).statusCode()).as("the list of every campaign is HR's")
                .isEqualTo(403);
        assertThat(send("fdurand", Portal.DEMO_PASSWORD, "GET", "open-to-me", null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> uploadPosts(long campaign, String csv) {
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-campaigns/" + campaign + "/posts/import")))
                .header("Authorization", Portal.basic(HR, Portal.DEMO_PASSWORD)).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private static HttpResponse<String> page(String path, String login) {
        return page(path, login, Portal.DEMO_PASSWORD);
    }

    /** A page as {@code login} sees it, signed in through the login page (pages take no Basic credentials). */
    private static HttpResponse<String> page(String path, String login, String password) {
        WebSession browser = new WebSession();
        browser.signIn(login, password);
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build());
    }

    private static String details(long id) {
        return hr("GET", String.valueOf(id), null, 200).getJsonObject("campaign").getString("name");
    }

    private static void confirm(String login, long id, String type, String code) {
        long version = agent(login, "PUT", id + "/my-candidature/wishes", wishes(0, type, code), 200).getJsonNumber("version").longValue();
        agent(login, "POST", id + "/my-candidature/confirmation?version=" + version, null, 200);
    }

    private static String campaign(String name, Instant open, Instant close, Instant baremeFrom, Instant baremeTo) {
        return "{\"name\":\"" + name + "\",\"corps\":\"Professeur certifié\",\"maxWishes\":5,\"wishTypes\":[\"ETAB\",\"COM\",\"GEO\",\"DPT\"],"
                + "\"wishesOpenAt\":\"" + open + "\",\"wishesCloseAt\":\"" + close + "\",\"baremeFrom\":\"" + baremeFrom
                + "\",\"baremeTo\":\"" + baremeTo + "\",\"referenceDate\":\"2027-08-31\"}";
    }

    private static String wishes(long version, String... typeAndCode) {
        StringBuilder json = new StringBuilder("{\"version\":" + version + ",\"wishes\":[");
        for (int i = 0; i < typeAndCode.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"type\":\"").append(typeAndCode[i]).append("\",\"code\":\"").append(typeAndCode[i + 1])
                    .append("\"}");
        }
        return json.append("]}").toString();
    }

    private static JsonObject element(JsonObject candidature, String code) {
        return candidature.getJsonArray("bareme").getValuesAs(JsonObject.class).stream().filter(e -> e.getString("code").equals(code))
                .findFirst().orElseThrow();
    }

    private static JsonObject hr(String method, String path, String body, int expected) {
        HttpResponse<String> response = hrRaw(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isEqualTo(expected);
        return response.body().isBlank() ? null : json(response.body());
    }

    private static JsonArray hrArray(String path) {
        HttpResponse<String> response = hrRaw("GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static HttpResponse<String> hrRaw(String method, String path, String body) {
        return send(HR, Portal.DEMO_PASSWORD, method, path, body);
    }

    private static JsonObject agent(String login, String method, String path, String body, int expected) {
        HttpResponse<String> response = agentRaw(login, method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + " → " + response.body()).isEqualTo(expected);
        return json(response.body());
    }

    private static HttpResponse<String> agentRaw(String login, String method, String path, String body) {
        return send(login, PASSWORD, method, path, body);
    }

    private static HttpResponse<String> send(String login, String password, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-campaigns" + (path.isEmpty() ? "" : "/" + path))))
                .header("Authorization", Portal.basic(login, password));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Portal.send(request.build());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
