package fr.academie.portail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annuaire through its API on the real server, after an HR import has fed it: accents, case,
 * hyphens and one typo ignored, departed staff absent, nothing private in any answer.
 */
class DirectoryIT extends PortalClientTest {

    private static final String SURNAME = "Kéravé" + Portal.uniqueLetters();
    private static final String PERSONAL_EMAIL = "jp." + Portal.uniqueLetters() + "@example.org";

    @BeforeAll
    static void staffOfTheTest() {
        String yesterday = LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Portal.provision(
                numen() + ";M.;" + SURNAME + ";;Jean-Pierre;14/07/1975;Professeur certifié;Hors classe;3;01/09/2022;"
                        + "Sciences physiques;0750693W;Enseignant;01/09/2000;;" + PERSONAL_EMAIL,
                numen() + ";Mme;" + SURNAME + ";;Jeanne;01/02/1980;Professeur agrégé;Classe normale;7;01/09/2021;"
                        + "Mathématiques;0750655E;Enseignant;01/09/2005;;",
                numen() + ";M.;" + SURNAME + ";;Jean-Pierre;03/03/1990;Conseiller principal d'éducation;Classe normale;4;"
                        + "01/09/2023;;0752536Z;Conseiller principal d'éducation;01/09/2015;;",
                numen() + ";Mme;" + SURNAME + ";;Odette;05/05/1958;Professeur certifié;Classe exceptionnelle;4;01/09/2019;"
                        + "Lettres modernes;0750693W;Enseignant;01/09/1985;" + yesterday + ";");
    }

    @Test
    void accentsCaseAndHyphensDoNotMatterAndOneTypoIsForgiven() {
        String plain = SURNAME.replace('é', 'e').toLowerCase();
        assertThat(names(search("q=" + plain))).containsExactlyInAnyOrder(
                "Jean-Pierre " + SURNAME, "Jeanne " + SURNAME, "Jean-Pierre " + SURNAME);
        assertThat(names(search("q=" + SURNAME.toUpperCase()))).hasSize(3);
        assertThat(names(search("q=jean pierre " + plain))).as("« jean pierre » finds « Jean-Pierre »")
                .containsExactly("Jean-Pierre " + SURNAME, "Jean-Pierre " + SURNAME);
        String typo = plain.substring(0, 3) + "x" + plain.substring(4);
        assertThat(names(search("q=" + typo))).as("one typo: " + typo).hasSize(3);
        assertThat(names(search("q=" + plain + " voltaire physiques"))).as("names, establishment and discipline mixed")
                .containsExactly("Jean-Pierre " + SURNAME);
        assertThat(names(search("q=" + plain + " paris 4e"))).as("the commune").containsExactly("Jeanne " + SURNAME);
    }

    @Test
    void departedStaffAreNeverShown() {
        assertThat(names(search("q=odette " + SURNAME))).isEmpty();
    }

    @Test
    void theNextImportCarriesAChangeOfEstablishmentAndADepartureIntoTheAnnuaire() {
        String surname = "Lémoine" + Portal.uniqueLetters();
        String numen = numen();
        Portal.provision(numen + ";M.;" + surname + ";;Paul;02/02/1982;Professeur certifié;Classe normale;6;01/09/2022;"
                + "Histoire-géographie;0750655E;Enseignant;01/09/2008;;");
        assertThat(names(search("q=" + surname + " charlemagne"))).containsExactly("Paul " + surname);
        assertThat(names(search("q=" + surname + " voltaire"))).isEmpty();

        Portal.provision(numen + ";M.;" + surname + ";;Paul;02/02/1982;Professeur certifié;Classe normale;6;01/09/2022;"
                + "Histoire-géographie;0750693W;Enseignant;01/09/2008;;");
        assertThat(names(search("q=" + surname + " voltaire"))).as("the new establishment is searchable at once")
                .containsExactly("Paul " + surname);
        assertThat(names(search("q=" + surname + " charlemagne"))).as("the old one no longer finds him").isEmpty();

        String yesterday = LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Portal.provision(numen + ";M.;" + surname + ";;Paul;02/02/1982;Professeur certifié;Classe normale;6;01/09/2022;"
                + "Histoire-géographie;0750693W;Enseignant;01/09/2008;" + yesterday + ";");
        assertThat(names(search("q=" + surname))).as("gone from the annuaire after the import that says they left").isEmpty();
    }

    @Test
    void addressesAreGivenOnceAndHomonymsNumbered() {
        List<String> addresses = search("q=jean-pierre " + SURNAME).getJsonArray("results").stream()
                .map(JsonValue::asJsonObject).map(card -> card.getString("email")).sorted().toList();
        String base = "jean-pierre." + SURNAME.toLowerCase().replace("é", "e");
        assertThat(addresses).containsExactly(base + "1@ac-paris.fr", base + "@ac-paris.fr");
    }

    @Test
    void facetsNarrowTheResult() {
        JsonObject all = search("q=" + SURNAME);
        assertThat(all.getJsonObject("facets").getJsonArray("discipline").stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("value") + "=" + f.getInt("count")).toList())
                .containsExactlyInAnyOrder("Mathématiques=1", "Sciences physiques=1");
        assertThat(names(search("q=" + SURNAME + "&discipline=" + encode("Mathématiques")))).containsExactly("Jeanne " + SURNAME);
        assertThat(names(search("q=" + SURNAME + "&fonction=" + encode("Conseiller principal d'éducation"))))
                .containsExactly("Jean-Pierre " + SURNAME);
        JsonObject paged = search("q=" + SURNAME + "&size=2&page=1");
        assertThat(paged.getInt("total")).isEqualTo(3);
        assertThat(paged.getJsonArray("results")).hasSize(1);
    }

    @Test
    void nothingPrivateInAnyAnswer() {
        String body = get("api/v1/directory?q=" + encode(SURNAME), "fdurand").body();
        assertThat(body).doesNotContainIgnoringCase("numen").doesNotContain("1975", "dateNaissance", "grade", "echelon",
                "Hors classe", PERSONAL_EMAIL, "emailPerso", "login");
    }

    @Test
    void theAgentCompletesTheirOwnEntry() {
        HttpResponse<String> bad = put("{\"telephone\":\"appelez-moi\",\"bureau\":\"B12\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Numéro de téléphone invalide");
        HttpResponse<String> saved = put("{\"telephone\":\"01 44 62 40 40\",\"bureau\":\"Salle des professeurs\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject card = json(get("api/v1/directory/moi", "fdurand").body());
        assertThat(card.getString("telephone")).isEqualTo("01 44 62 40 40");
        assertThat(card.getString("email")).isEqualTo("florent.durand@ac-paris.fr");
        assertThat(search("q=florent durand charlemagne").getJsonArray("results").getJsonObject(0).getString("bureau"))
                .as("the index follows the edit").isEqualTo("Salle des professeurs");
    }

    @Test
    void theAnnuaireIsForSignedInStaffOnly() {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/directory?q=durand"))).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(Portal.url("annuaire/recherche.xhtml"))).build());
        assertThat(page.statusCode()).as("sent to the login page").isIn(302, 303);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("connexion.xhtml");
        assertThat(page.body()).doesNotContain("Annuaire académique");
    }

    private static String numen() {
        return "01E4" + String.format("%06d", new Random().nextInt(1_000_000)) + "ANN";
    }

    private JsonObject search(String query) {
        StringBuilder encoded = new StringBuilder();
        for (String parameter : query.split("&")) {
            String[] pair = parameter.split("=", 2);
            encoded.append(encoded.length() == 0 ? "" : "&").append(pair[0]).append('=')
                    .append(pair[1].contains("%") ? pair[1] : encode(pair[1]));
        }
        HttpResponse<String> response = get("api/v1/directory?" + encoded, "fdurand");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .map(card -> card.getString("prenom") + " " + card.getString("nom")).toList();
    }

    private HttpResponse<String> get(String path, String login) {
        return send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", Portal.basic(login, Portal.DEMO_PASSWORD)).build());
    }

    private HttpResponse<String> put(String json) {
        return send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/directory/moi")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return Portal.send(request);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
