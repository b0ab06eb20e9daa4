package fr.academie.portail.promotions;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tableaux d'avancement through the API, as HR, a head of school, an inspector and the agents live
 * them: the opinions each may give and no other, the ranked table with its balance of women and men,
 * validation refused while something is missing, the publication and the promoted agent's new grade
 * in their dossier; the hors classe appreciations and their quotas. And who may see what.
 */
class PromotionCampaignIT extends PortalClientTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";
    private static final String HR = "cmoreau";
    private static final String HEAD = "pgarnier";      // principal of the collège 0752536Z
    private static final String INSPECTOR = "ofabre";   // IA-IPR of technology
    private static final String COLLEGE = "0752536Z";

    @Test
    void aClasseExceptionnelleTableGoesFromOpinionsToTheDossier() {
        String anne = Portal.agentWithPassword(COLLEGE, "Anne", PASSWORD, "Mme", "Professeur certifié;Hors classe;6;01/09/2020;Technologie");
        String bruno = Portal.agentWithPassword(COLLEGE, "Bruno", PASSWORD, "M.", "Professeur certifié;Hors classe;5;01/09/2023;Technologie");
        String chloe = Portal.agentWithPassword(COLLEGE, "Chloé", PASSWORD);   // classe normale: not promouvable
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        int year = 2040 + new Random().nextInt(500);
        Instant now = Instant.now();
        String form = "{\"name\":\"Classe exceptionnelle de test\",\"corps\":\"Professeur certifié\",\"type\":\"CLASSE_EXCEPTIONNELLE\","
                + "\"year\":" + year + ",\"referenceDate\":\"" + today + "\",\"effectDate\":\"" + today + "\",\"opinionsFrom\":\""
                + now.minus(1, ChronoUnit.HOURS) + "\",\"opinionsTo\":\"" + now.plus(1, ChronoUnit.DAYS) + "\",\"ratio\":0.13,"
                + "\"cvFrom\":\"" + now.minus(2, ChronoUnit.HOURS) + "\",\"cvTo\":\"" + now.plus(2, ChronoUnit.HOURS) + "\","
                + "\"publicationOn\":\"" + today.plusDays(2) + "\"}";
        JsonObject campaign = call(HR, Portal.DEMO_PASSWORD, "POST", "", form, 200);
        long id = campaign.getJsonNumber("id").longValue();
        assertThat(campaign.getInt("promouvables")).isGreaterThanOrEqualTo(2);
        assertThat(campaign.getString("publicationOn")).isEqualTo(today.plusDays(2).toString());
        assertThat(call(HR, Portal.DEMO_PASSWORD, "POST", "", form, 400).getJsonObject("fields").getString("year"))
                .isEqualTo("Une campagne « Classe exceptionnelle » " + year + " existe déjà pour ce corps.");

        long anneLine = line(id, "Anne").getJsonNumber("candidateId").longValue();
        long brunoLine = line(id, "Bruno").getJsonNumber("candidateId").longValue();
        long elsewhere = table(id).getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> !l.getString("uai").equals(COLLEGE) && !"Technologie".equals(l.getString("discipline", "")))
                .findFirst().orElseThrow().getJsonNumber("candidateId").longValue();

        // nobody but HR reads the table; opinions wait for their time
        assertThat(send(anne, PASSWORD, "GET", id + "/table", null).statusCode()).isEqualTo(403);
        assertThat(send(HEAD, Portal.DEMO_PASSWORD, "GET", id + "/table", null).statusCode()).isEqualTo(403);
        assertThat(call(HEAD, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + anneLine, opinion("FAVORABLE", ""), 400)
                .getString("message")).contains("n'est pas ouverte");
        assertThat(call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/OPINIONS", null, 200).getString("phase")).isEqualTo("OPINIONS");

        // the head: their collège only; a reason for « très favorable »
        JsonArray headLines = array(HEAD, Portal.DEMO_PASSWORD, id + "/opinions");
        assertThat(headLines.getValuesAs(JsonObject.class)).extracting(l -> l.getString("establishment")).containsOnly(
                line(id, "Anne").getString("establishment"));
        assertThat(send(HEAD, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + elsewhere, opinion("FAVORABLE", "")).statusCode())
                .as("an agent of another establishment").isEqualTo(403);
        assertThat(call(HEAD, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + anneLine, opinion("TRES_FAVORABLE", " "), 400)
                .getJsonObject("fields").getString("comment")).isEqualTo("Un avis « Très favorable » se motive : écrivez-en la raison.");
        assertThat(call(HEAD, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + anneLine,
                opinion("TRES_FAVORABLE", "Coordonne la technologie, forme les néo-titulaires."), 200).getString("avis"))
                .isEqualTo("Très favorable");
        call(HEAD, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + brunoLine, opinion("FAVORABLE", ""), 200);
        assertThat(send(HEAD, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + brunoLine, "{\"avis\":\"EXCELLENT\"}").statusCode())
                .as("not an opinion").isEqualTo(400);

        // the inspector: their discipline only
        assertThat(array(INSPECTOR, Portal.DEMO_PASSWORD, id + "/opinions").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("discipline")).containsOnly("Technologie");
        assertThat(send(INSPECTOR, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + elsewhere, opinion("FAVORABLE", "")).statusCode())
                .isEqualTo(403);
        call(INSPECTOR, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + anneLine, opinion("TRES_FAVORABLE", "Inspection remarquable."), 200);
        call(INSPECTOR, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + brunoLine, opinion("TRES_FAVORABLE", "Projets d'élèves."), 200);
        assertThat(send(anne, PASSWORD, "PUT", id + "/opinions/" + anneLine, opinion("TRES_FAVORABLE", "Moi !")).statusCode())
                .as("an agent gives no opinion").isEqualTo(403);

        // the table: two « très favorable » first, then one; opinions still missing are told, not blocking
        JsonObject table = table(id);
        List<JsonObject> lines = table.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines.get(0).getJsonNumber("candidateId").longValue()).isEqualTo(anneLine);
        assertThat(lines.get(1).getJsonNumber("candidateId").longValue()).isEqualTo(brunoLine);
        assertThat(table.getJsonArray("problems")).isEmpty();
        assertThat(table.getJsonArray("warnings").getString(0)).contains("sans l'avis du chef d'établissement");
        int promotions = table.getInt("promotions");
        assertThat(promotions).isEqualTo((int) Math.floor(0.13 * lines.size() + 1e-9)).isPositive();
        JsonObject balance = table.getJsonObject("balance");
        assertThat(balance.getInt("promouvables")).isEqualTo(lines.size());
        assertThat(balance.getInt("promoted")).isEqualTo(promotions);
        assertThat(balance.containsKey("withinTolerance")).isTrue();

        assertThat(call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/PUBLISHED", null, 400).getString("message"))
                .contains("ne peut pas passer à l'étape « Publié »");
        assertThat(call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/PUBLIER", null, 400).getJsonObject("fields").getString("phase"))
                .startsWith("Étape inconnue « PUBLIER »");
        call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/VALIDATED", null, 200);
        assertThat(call(HEAD, Portal.DEMO_PASSWORD, "PUT", id + "/opinions/" + brunoLine, opinion("FAVORABLE", ""), 400).getString("message"))
                .as("the table is validated").contains("n'est pas ouverte");
        call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/PUBLISHED", null, 200);

        // Anne reads her result and finds her new grade in her dossier; Chloé is told why she was not promouvable
        JsonObject annes = mine(anne, id);
        assertThat(annes.getBoolean("published")).isTrue();
        assertThat(annes.getBoolean("promoted")).isTrue();
        assertThat(annes.getInt("rank")).isEqualTo(1);
        assertThat(annes.getString("headAvis")).isEqualTo("Très favorable");
        assertThat(annes.getString("decision")).startsWith("Vous êtes promu(e) au grade « Classe exceptionnelle »");
        JsonObject dossier = dossier(anne);
        assertThat(dossier.getString("grade")).isEqualTo("Classe exceptionnelle");
        assertThat(dossier.getInt("echelon")).isPositive();
        JsonObject chloes = mine(chloe, id);
        assertThat(chloes.getBoolean("promouvable")).isFalse();
        assertThat(chloes.getString("notPromouvableBecause")).contains("vous êtes à la classe normale");
        if (promotions == 1) {
            assertThat(mine(bruno, id).getBoolean("promoted")).isFalse();
            assertThat(mine(bruno, id).getString("decision")).startsWith("Vous n'êtes pas promu(e) cette année : rang 2");
            assertThat(dossier(bruno).getString("grade")).isEqualTo("Hors classe");
        }
    }

    @Test
    void theHorsClasseTableNeedsEveryAppreciationWithinTheQuotas() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        int year = 2040 + new Random().nextInt(500);
        Instant now = Instant.now();
        JsonObject missing = call(HR, Portal.DEMO_PASSWORD, "POST", "", "{\"name\":\" \",\"corps\":\"Professeur de chant\","
                + "\"type\":\"HORS_CLASSE\",\"year\":1999,\"cvFrom\":\"" + now + "\"}", 400);
        assertThat(missing.getJsonObject("fields").keySet()).contains("name", "corps", "year", "referenceDate", "effectDate", "opinionsTo",
                "cvTo");
        assertThat(missing.getJsonObject("fields").getString("corps"))
                .isEqualTo("Le portail ne connaît pas les règles de promotion du corps « Professeur de chant ».");

        long id = call(HR, Portal.DEMO_PASSWORD, "POST", "", "{\"name\":\"Hors classe de test\",\"corps\":\"Professeur certifié\","
                + "\"type\":\"HORS_CLASSE\",\"year\":" + year + ",\"referenceDate\":\"" + today + "\",\"effectDate\":\"" + today.plusDays(1)
                + "\",\"opinionsFrom\":\"" + now + "\",\"opinionsTo\":\"" + now.plus(1, ChronoUnit.DAYS) + "\"}", 200)
                .getJsonNumber("id").longValue();
        assertThat(call(HR, Portal.DEMO_PASSWORD, "GET", String.valueOf(id), null, 200).getJsonNumber("ratio").doubleValue())
                .as("the latest national rate").isEqualTo(0.23);
        JsonObject table = table(id);
        List<JsonObject> lines = table.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(10);
        assertThat(table.getJsonArray("problems").getString(0)).isEqualTo(lines.size() + " promouvable(s) sans appréciation du recteur.");

        for (JsonObject line : lines) {
            appreciate(id, line, "EXCELLENT", 200);
        }
        call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/OPINIONS", null, 200);
        assertThat(call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/VALIDATED", null, 400).getString("message"))
                .startsWith("Le tableau ne peut pas être validé : Appréciation « Excellent » : " + lines.size() + " données pour "
                        + lines.size() + " promouvables, au plus " + lines.size() / 10 + " (10 %).");
        for (JsonObject line : lines) {
            appreciate(id, line, "SATISFAISANT", 200);
        }
        assertThat(send(HR, Portal.DEMO_PASSWORD, "PUT", id + "/candidates/" + lines.get(0).getJsonNumber("candidateId") + "/appreciation",
                "{\"appreciation\":\"PARFAIT\"}").statusCode()).as("not an appreciation").isEqualTo(400);
        call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/VALIDATED", null, 200);

        List<JsonObject> ranked = table(id).getJsonArray("lines").getValuesAs(JsonObject.class);
        for (int i = 0; i < ranked.size(); i++) {
            assertThat(ranked.get(i).getInt("rank")).isEqualTo(i + 1);
            assertThat(ranked.get(i).getInt("points")).as("105 for « Satisfaisant » plus seniority").isBetween(105, 265);
            if (i > 0) {
                assertThat(ranked.get(i).getInt("points")).isLessThanOrEqualTo(ranked.get(i - 1).getInt("points"));
            }
        }
        assertThat(ranked.stream().filter(l -> l.getBoolean("promoted")).count()).isEqualTo((long) Math.floor(0.23 * ranked.size() + 1e-9));
        assertThat(call(HR, Portal.DEMO_PASSWORD, "PUT", id + "/candidates/" + lines.get(0).getJsonNumber("candidateId") + "/appreciation",
                "{\"appreciation\":\"EXCELLENT\"}", 400).getString("message")).contains("rouvrez-le");
        call(HR, Portal.DEMO_PASSWORD, "POST", id + "/phase/OPINIONS", null, 200);

        assertThat(send("fdurand", Portal.DEMO_PASSWORD, "GET", "", null).statusCode()).as("the list is HR's").isEqualTo(403);
        assertThat(send("fdurand", Portal.DEMO_PASSWORD, "GET", "mine", null).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/promotion-campaigns/" + id
                + "/table"))).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static void appreciate(long id, JsonObject line, String appreciation, int expected) {
        call(HR, Portal.DEMO_PASSWORD, "PUT", id + "/candidates/" + line.getJsonNumber("candidateId") + "/appreciation",
                "{\"appreciation\":\"" + appreciation + "\"}", expected);
    }

    private static JsonObject line(long id, String firstName) {
        return table(id).getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("name").endsWith(" " + firstName))
                .findFirst().orElseThrow(() -> new AssertionError("Aucune ligne pour " + firstName));
    }

    private static JsonObject table(long id) {
        return call(HR, Portal.DEMO_PASSWORD, "GET", id + "/table", null, 200);
    }

    private static JsonObject mine(String login, long id) {
        HttpResponse<String> response = send(login, PASSWORD, "GET", "mine", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("campaignId").longValue() == id).findFirst().orElseThrow();
    }

    private static JsonObject dossier(String login) {
        HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Authorization", Portal.basic(login, PASSWORD)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String opinion(String avis, String comment) {
        return "{\"avis\":\"" + avis + "\",\"comment\":\"" + comment + "\"}";
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/promotion-campaigns" + (path.isEmpty() ? "" : "/" + path))))
                .header("Authorization", Portal.basic(login, password));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Portal.send(request.build());
    }
}
