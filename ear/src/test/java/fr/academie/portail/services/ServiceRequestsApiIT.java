package fr.academie.portail.services;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Documents;
import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.TestMailServer;
import fr.academie.portail.testsupport.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The « demandes de mise en place » through the REST API, on the real server: the whole workflow
 * with the e-mails each move sends (received by the test SMTP server), who may see and do what,
 * and bad input.
 */
class ServiceRequestsApiIT extends PortalClientTest {

    private static final String HEAD = "pgarnier";            // Collège Paul Valéry, 0752536Z
    private static final String ASSISTANCE = "kbenali";
    private static final String DSI = "slambert";
    private static final String OTHER_SCHOOL = "fdurand";     // Lycée Charlemagne
    private static final String TEACHER_PASSWORD = "Un mot de passe de prof 2026";
    private static String teacher;                             // a teacher of Collège Paul Valéry


    @BeforeAll
    static void aTeacherOfTheHeadsSchool() {
        teacher = Portal.agentWithPassword("0752536Z", "Inès", TEACHER_PASSWORD);
    }

    @Test
    void aCybercarnetFromRequestToInstallationWithItsEmails() {
        String subject = "Blog de la 6e B " + Portal.uniqueLetters();
        HttpResponse<String> created = post(HEAD, "api/v1/service-requests", """
                {"service":"CYBERCARNET","subject":"%s","details":"Le voyage à Rome, jour après jour.",
                 "fields":{"annee_scolaire":"2026-2027","acces":"restreint","classes":"6e B","enseignant":"%s"}}"""
                .formatted(subject, teacher));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = json(created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = request.getJsonNumber("id").longValue();
        String reference = request.getString("reference");
        assertThat(location).endsWith("/api/v1/service-requests/" + id);
        assertThat(reference).matches("DM-20\\d\\d-\\d{6}");
        assertThat(request.getString("state")).isEqualTo("SOUMISE");
        assertThat(request.getString("requestedAs")).isEqualTo("CHEF_ETABLISSEMENT");
        assertThat(request.getString("expiresOn")).isEqualTo("2027-08-31");
        assertThat(values(request.getJsonArray("fields"), "value")).containsExactly("2026-2027", "RESTREINT", "6e B", teacher);
        assertThat(values(request.getJsonArray("transitions"))).containsExactly("RETIRER");
        TestMailServer.await(mail -> mail.subject().contains(reference) && mail.to().contains("assistance@ac-paris.fr")
                && mail.body().contains(subject), "l'assistance avertie de la nouvelle demande");

        assertThat(move(ASSISTANCE, id, "{\"transition\":\"PRENDRE_EN_CHARGE\"}").statusCode()).isEqualTo(200);
        TestMailServer.await(mail -> mail.subject().equals("[Portail académique] " + reference + " : Prise en charge")
                && mail.to().equals(List.of(HEAD + "@ac-paris.fr")), "le chef averti de la prise en charge");

        HttpResponse<String> noQuestion = move(ASSISTANCE, id, "{\"transition\":\"DEMANDER_PRECISIONS\"}");
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(json(noQuestion.body()).getString("message")).contains("commentaire est obligatoire");
        assertThat(state(move(ASSISTANCE, id, "{\"transition\":\"DEMANDER_PRECISIONS\",\"comment\":\"Combien d'élèves ?\"}")))
                .isEqualTo("EN_ATTENTE_DEMANDEUR");
        TestMailServer.await(mail -> mail.subject().contains(reference) && mail.body().contains("Combien d'élèves ?"),
                "la question envoyée au demandeur");
        assertThat(state(move(HEAD, id, "{\"transition\":\"REPONDRE\",\"comment\":\"26 élèves.\"}"))).isEqualTo("PRISE_EN_CHARGE");
        assertThat(state(move(ASSISTANCE, id, "{\"transition\":\"TRANSMETTRE_DSI\"}"))).isEqualTo("TRANSMISE_DSI");
        TestMailServer.await(mail -> mail.subject().contains(reference) && mail.to().contains("dsi@ac-paris.fr"),
                "la DSI avertie de la demande transmise");

        assertThat(move(ASSISTANCE, id, "{\"transition\":\"COMMENCER_INSTALLATION\"}").statusCode()).as("only the DSI installs")
                .isEqualTo(403);
        assertThat(state(move(DSI, id, "{\"transition\":\"COMMENCER_INSTALLATION\"}"))).isEqualTo("EN_COURS_INSTALLATION");
        HttpResponse<String> noAddress = move(DSI, id, "{\"transition\":\"DECLARER_INSTALLEE\",\"instanceUrl\":\"javascript:alert(1)\"}");
        assertThat(noAddress.statusCode()).isEqualTo(400);
        assertThat(json(noAddress.body()).getString("message")).contains("adresse de l'instance");
        String url = "https://cybercarnet.ac-paris.fr/0752536z/6e-b-" + id;
        JsonObject installed = json(move(DSI, id, """
                {"transition":"DECLARER_INSTALLEE","instanceUrl":"%s","accessDetails":"Administration : %s"}""".formatted(url, teacher)).body());
        assertThat(installed.getString("state")).isEqualTo("INSTALLEE");
        TestMailServer.await(mail -> mail.subject().contains(reference + " : Installée") && mail.body().contains(url)
                && mail.to().contains(HEAD + "@ac-paris.fr"), "le chef averti de l'installation, avec l'adresse");

        JsonObject seenByTheHead = json(get(HEAD, "api/v1/service-requests/" + id).body());
        assertThat(seenByTheHead.getString("state")).isEqualTo("INSTALLEE");
        assertThat(seenByTheHead.getString("instanceUrl")).isEqualTo(url);
        assertThat(seenByTheHead.getJsonObject("sla").getString("status")).isEqualTo("TERMINE");
        assertThat(seenByTheHead.getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("transition") + "/" + e.getString("actor") + "/" + e.getString("to")).toList())
                .containsExactly("SOUMETTRE/pgarnier/SOUMISE", "PRENDRE_EN_CHARGE/kbenali/PRISE_EN_CHARGE",
                        "DEMANDER_PRECISIONS/kbenali/EN_ATTENTE_DEMANDEUR", "REPONDRE/pgarnier/PRISE_EN_CHARGE",
                        "TRANSMETTRE_DSI/kbenali/TRANSMISE_DSI", "COMMENCER_INSTALLATION/slambert/EN_COURS_INSTALLATION",
                        "DECLARER_INSTALLEE/slambert/INSTALLEE");
        assertThat(values(seenByTheHead.getJsonArray("transitions"))).as("nothing left for the head").isEmpty();

        HttpResponse<String> commented = post(HEAD, "api/v1/service-requests/" + id + "/comments",
                "{\"text\":\"Merci ! <script>alert(1)</script>\"}");
        assertThat(commented.statusCode()).isEqualTo(200);
        assertThat(json(commented.body()).getJsonArray("comments").getJsonObject(0).getString("text"))
                .isEqualTo("Merci ! <script>alert(1)</script>");
    }

    @Test
    void anAgentAsksOnBehalfOfTheSchoolTheHeadIsToldAndMayWithdrawIt() {
        String subject = "Espace du projet jardin " + Portal.uniqueLetters();
        HttpResponse<String> created = post(teacher, TEACHER_PASSWORD, "api/v1/service-requests", """
                {"service":"TRIBU","subject":"%s","fields":{"projet":"Jardin partagé","membres":"%s, pgarnier"}}"""
                .formatted(subject, teacher));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = json(created.body());
        long id = request.getJsonNumber("id").longValue();
        assertThat(request.getString("requestedAs")).isEqualTo("DEMANDEUR");
        TestMailServer.await(mail -> mail.body().contains(subject) && mail.to().contains(HEAD + "@ac-paris.fr")
                && mail.to().contains("assistance@ac-paris.fr"), "le chef et l'assistance avertis");

        assertThat(values(array(get(HEAD, "api/v1/service-requests").body()), "subject")).as("the head's list").contains(subject);
        assertThat(values(array(get(teacher, TEACHER_PASSWORD, "api/v1/service-requests").body()), "subject")).contains(subject);
        assertThat(get(OTHER_SCHOOL, "api/v1/service-requests/" + id).statusCode()).as("another school").isEqualTo(404);
        assertThat(values(array(get(OTHER_SCHOOL, "api/v1/service-requests").body()), "subject")).doesNotContain(subject);
        assertThat(move(OTHER_SCHOOL, id, "{\"transition\":\"RETIRER\"}").statusCode()).isEqualTo(404);
        assertThat(move(HEAD, id, "{\"transition\":\"PRENDRE_EN_CHARGE\"}").statusCode()).as("the head is not the assistance")
                .isEqualTo(403);

        JsonObject withdrawn = json(move(HEAD, id, "{\"transition\":\"RETIRER\",\"comment\":\"Projet reporté.\"}").body());
        assertThat(withdrawn.getString("state")).isEqualTo("RETIREE");
        TestMailServer.await(mail -> mail.body().contains(subject) && mail.subject().endsWith("Retirée")
                && mail.to().contains(teacher + "@ac-paris.fr"), "l'agent averti du retrait par son chef");
        assertThat(move(ASSISTANCE, id, "{\"transition\":\"PRENDRE_EN_CHARGE\"}").statusCode()).as("a withdrawn request")
                .isEqualTo(409);
    }

    @Test
    void aSecondInstanceForTheSameSchoolIsRefusedWithALinkToTheFirst() {
        // Synbox is for écoles: the head of a collège may not ask for it.
        HttpResponse<String> wrongSchool = post(HEAD, "api/v1/service-requests", "{\"service\":\"SYNBOX\"}");
        assertThat(wrongSchool.statusCode()).isEqualTo(400);
        assertThat(json(wrongSchool.body()).getString("message")).contains("n'est pas proposé à votre établissement");

        JsonObject first = json(post(HEAD, "api/v1/service-requests", "{\"service\":\"MUR_POSTIT\"}").body());
        long id = first.getJsonNumber("id").longValue();
        assertThat(first.getString("subject")).isEqualTo("Demande Mur de Post-it");
        HttpResponse<String> whileOpen = post(teacher, TEACHER_PASSWORD, "api/v1/service-requests", "{\"service\":\"MUR_POSTIT\"}");
        assertThat(whileOpen.statusCode()).isEqualTo(409);
        assertThat(json(whileOpen.body()).getString("message")).contains("déjà en cours", first.getString("reference"));

        move(ASSISTANCE, id, "{\"transition\":\"PRENDRE_EN_CHARGE\"}");
        move(ASSISTANCE, id, "{\"transition\":\"TRANSMETTRE_DSI\"}");
        move(DSI, id, "{\"transition\":\"COMMENCER_INSTALLATION\"}");
        move(DSI, id, "{\"transition\":\"DECLARER_INSTALLEE\",\"instanceUrl\":\"https://postit.ac-paris.fr/0752536z\"}");
        assertThat(state(move(DSI, id, "{\"transition\":\"CLORE\"}"))).isEqualTo("CLOSE");
        HttpResponse<String> installed = post(HEAD, "api/v1/service-requests", "{\"service\":\"MUR_POSTIT\"}");
        assertThat(installed.statusCode()).isEqualTo(409);
        assertThat(json(installed.body()).getString("message")).contains("déjà installé", "https://postit.ac-paris.fr/0752536z",
                first.getString("reference"));

        // Another school still may.
        assertThat(post(OTHER_SCHOOL, "api/v1/service-requests", "{\"service\":\"MUR_POSTIT\"}").statusCode()).isIn(201, 409);
    }

    @Test
    void badRequestsAreRefusedWithFrenchReasonsAndNothingIsKept() {
        assertRefused(post(HEAD, "api/v1/service-requests", "{\"service\":\"IMPRIMANTE3D\"}"), 400, "Service inconnu : « IMPRIMANTE3D ».");
        assertRefused(post(HEAD, "api/v1/service-requests", "{\"service\":\"QR_CODE\"}"), 400, "s'utilise directement");
        assertRefused(post(HEAD, "api/v1/service-requests", "{\"subject\":\"   \"}"), 400, "L'objet de la demande est obligatoire.");
        HttpResponse<String> cybercarnet = post(HEAD, "api/v1/service-requests", """
                {"service":"CYBERCARNET","fields":{"annee_scolaire":"2019-2021","acces":"secret","enseignant":"personne-inconnue",
                 "pirate":"x"}}""");
        assertRefused(cybercarnet, 400, "Champ inconnu pour ce service : « pirate ».");
        assertThat(json(cybercarnet.body()).getString("message")).contains(
                "« 2019-2021 » n'est pas une année scolaire", "Valeur non prévue pour « Accès au blog »",
                "Le champ « Classes concernées » est obligatoire.", "Aucun compte actif « personne-inconnue »");
        assertRefused(post(HEAD, "api/v1/service-requests", "{\"service\":\"VISIOCONFERENCE\",\"fields\":{\"date\":\"01/01/2020\","
                + "\"heure\":\"9h\",\"participants\":\"10000\",\"organisateur\":\"pgarnier\"}}"), 400, "est passée");
        assertRefused(post(HEAD, "api/v1/service-requests", "{pas du json"), 400, "un JSON valide est attendu");
        assertRefused(move(ASSISTANCE, 999_999_999, "{\"transition\":\"PRENDRE_EN_CHARGE\"}"), 404, "Demande introuvable.");

        long id = json(post(HEAD, "api/v1/service-requests", "{\"subject\":\"Une idée : un agenda partagé\"}").body())
                .getJsonNumber("id").longValue();
        assertRefused(move(ASSISTANCE, id, "{\"transition\":\"VOLER\"}"), 400, "Action inconnue : « VOLER ».");
        assertRefused(post(HEAD, "api/v1/service-requests/" + id + "/comments", "{\"text\":\"  \"}"), 400, "Le commentaire est vide.");
        assertRefused(upload(HEAD, id, "notice.pdf", new byte[] {'M', 'Z', 0, 0}), 400, "ne correspond pas à son extension");
        assertRefused(upload(HEAD, id, "script.sh", "#!/bin/sh".getBytes(StandardCharsets.UTF_8)), 400, "Type de fichier refusé");
        assertRefused(upload(HEAD, id, "gros.pdf", big()), 400, "Le fichier dépasse 10 Mo.");
        assertRefused(upload(HEAD, id, "maquette.pdf", "%PDF-1.4 maquette".getBytes(StandardCharsets.ISO_8859_1)), 400,
                "ne correspond pas à son extension");
        assertRefused(upload(HEAD, id, "script.pdf", Documents.PDF.replace("/Pages 2 0 R >>",
                "/Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>").getBytes(StandardCharsets.ISO_8859_1)),
                400, "contenu actif");
        HttpResponse<String> pdf = upload(HEAD, id, "maquette.pdf", Documents.pdf());
        assertThat(pdf.statusCode()).isEqualTo(201);
        HttpResponse<String> download = get(HEAD, pdf.headers().firstValue("Location").orElseThrow().replace(Portal.baseUrl(), ""));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Documents.PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("maquette.pdf");
        assertThat(get(OTHER_SCHOOL, pdf.headers().firstValue("Location").orElseThrow().replace(Portal.baseUrl(), ""))
                .statusCode()).as("another school's file").isEqualTo(404);

        JsonObject kept = json(get(HEAD, "api/v1/service-requests/" + id).body());
        assertThat(kept.getString("kind")).isEqualTo("SUGGESTION");
        assertThat(kept.getJsonArray("attachments")).hasSize(1);
        assertThat(kept.getJsonArray("comments")).isEmpty();
    }

    @Test
    void theQueueIsExportedAsCsvWithFormulasNeutralised() {
        String subject = "=HYPERLINK(\"http://pirate.example\";\"cliquez\") " + Portal.uniqueLetters();
        String reference = json(post(HEAD, "api/v1/service-requests", "{\"subject\":" + jakarta.json.Json.createValue(subject) + "}")
                .body()).getString("reference");
        WebSession assistance = new WebSession();
        assistance.signIn(ASSISTANCE, Portal.DEMO_PASSWORD);
        assistance.open("assistance/demandes.xhtml");
        assertThat(assistance.page().getElementById("file:demandes").text()).contains(reference);
        String csv = assistance.download("file", "exporter");
        assertThat(csv).startsWith("\uFEFFreference;type;service;etablissement;uai;demandeur;objet;etat;deposee_le;delai;instance")
                .contains(reference + ";SUGGESTION;;Collège Paul Valéry;0752536Z;Philippe Garnier;\"'=HYPERLINK(")
                .doesNotContain(";\"=HYPERLINK(");

        WebSession agent = new WebSession();
        agent.open("connexion.xhtml");
        agent.submit("connexion", "seConnecter", "identifiant", OTHER_SCHOOL, "motDePasse", Portal.DEMO_PASSWORD);
        agent.open("assistance/demandes.xhtml");
        assertThat(agent.page().select("h1").text()).isEqualTo("Accès refusé");
    }

    @Test
    void theCatalogueListsTheElevenServicesWithTheirForms() {
        JsonArray services = array(get(OTHER_SCHOOL, "api/v1/services").body());
        assertThat(values(services, "code")).containsExactly("FILESENDER", "CYBERCARNET", "SYNERGIE", "VISIOCONFERENCE", "SYNBOX",
                "MUR_POSTIT", "QR_CODE", "ECRITURE_SIMULTANEE", "ANTIVIRUS", "TRIBU", "CLASSE_VIRTUELLE");
        JsonObject cybercarnet = services.getJsonObject(1);
        assertThat(cybercarnet.getString("audience")).isEqualTo("TOUS");
        assertThat(values(cybercarnet.getJsonArray("fields"), "code")).containsExactly("annee_scolaire", "acces", "classes", "enseignant");
        assertThat(services.getJsonObject(4).getString("audience")).isEqualTo("PREMIER_DEGRE");
        assertThat(services.getJsonObject(6).getBoolean("requestable")).isFalse();
        assertThat(http(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/services"))).build()).statusCode())
                .as("signed-in staff only").isEqualTo(401);
    }

    // --- HTTP

    private static byte[] big() {
        byte[] content = new byte[10 * 1024 * 1024 + 10];
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(pdf, 0, content, 0, pdf.length);
        return content;
    }

    private void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonObject error = json(response.body());
        assertThat(error.getInt("status")).isEqualTo(status);
        if (message != null) {
            assertThat(error.getString("message")).contains(message);
        }
    }

    private HttpResponse<String> move(String login, long id, String body) {
        return post(login, "api/v1/service-requests/" + id + "/transitions", body);
    }

    private static String state(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getString("state");
    }

    private HttpResponse<String> upload(String login, long id, String name, byte[] content) {
        return http(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/service-requests/" + id + "/attachments?name=" + name)))
                .header("Authorization", Portal.basic(login, Portal.DEMO_PASSWORD))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    private HttpResponse<String> post(String login, String path, String json) {
        return post(login, Portal.DEMO_PASSWORD, path, json);
    }

    private HttpResponse<String> post(String login, String password, String path, String json) {
        return http(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", Portal.basic(login, password)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> get(String login, String path) {
        return get(login, Portal.DEMO_PASSWORD, path);
    }

    private HttpResponse<String> get(String login, String password, String path) {
        return http(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", Portal.basic(login, password)).build());
    }

    private static HttpResponse<String> http(HttpRequest request) {
        return Portal.send(request);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static List<String> values(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> values(JsonArray array, String key) {
        return array.stream().map(JsonValue::asJsonObject).map(o -> o.getString(key)).toList();
    }
}
