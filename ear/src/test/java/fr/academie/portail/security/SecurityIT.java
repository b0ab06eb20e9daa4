package fr.academie.portail.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The portal as an attacker tries it: each test is one of the defects the security review
 * reproduced by hand, shown closed (cross-site use of a session, parallel guesses, oversized
 * bodies, session fixation through Basic, timing, weak passwords, headers, formula cells, bad input).
 */
class SecurityIT extends PortalClientTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theApiNeverActsOnTheBrowsersSessionAlone() {
        WebSession dsi = new WebSession();
        dsi.signIn("slambert", Portal.DEMO_PASSWORD);
        assertThat(dsi.location()).startsWith("/accueil.xhtml");
        String cookie = "JSESSIONID=" + dsi.cookie("JSESSIONID");

        // what a cross-site form (enctype text/plain) sends with the DSI's cookie
        HttpResponse<String> forged = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/provisioning/runs?dryRun=false")))
                .header("Cookie", cookie).header("Content-Type", "text/plain").header("Origin", "https://pirate.example")
                .POST(HttpRequest.BodyPublishers.ofString("numen;nom;prenom;date_naissance;uai\n")).build());
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain("\"status\":\"STARTED\"");

        HttpResponse<String> cookieOnlyRead = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Cookie", cookie).build());
        assertThat(cookieOnlyRead.statusCode()).as("the API reads nothing by the session either").isEqualTo(401);

        // a browser replaying cached Basic credentials from another site's page
        HttpResponse<String> crossSite = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/cv/moi/validation")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).header("Origin", "https://pirate.example")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("envoyée depuis un autre site");
    }

    @Test
    void theSessionCookieNeverLeavesForAnotherSite() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("connexion.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void overHttpsTheCookieIsSecureAndTheBrowserIsToldToStayThere() throws Exception {
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
                // the server's own self-signed certificate, made by WildFly at the first connection
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        URI http = URI.create(Portal.baseUrl());
        // WildFly's HTTPS port is 363 above its HTTP port (8443 and 8080), whatever the offset
        URI https = URI.create("https://localhost:" + (http.getPort() + 363) + http.getPath() + "connexion.xhtml");
        HttpResponse<String> page = HttpClient.newBuilder().sslContext(tls).build()
                .send(HttpRequest.newBuilder(https).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("secure").containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("connexion.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
    }

    @Test
    void basicCallsNeitherCreateNorUpgradeASession() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> call = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                    .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(call.headers().allValues("Set-Cookie")).as("call " + i).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        WebSession anonymous = new WebSession();
        anonymous.open("connexion.xhtml");
        String planted = "JSESSIONID=" + anonymous.cookie("JSESSIONID");
        HttpResponse<String> basic = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Cookie", planted).header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(200);
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("dossier/mon-dossier.xhtml")))
                .header("Cookie", planted).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("the planted session stays anonymous").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/connexion.xhtml");

        WebSession agent = new WebSession();
        agent.open("connexion.xhtml");
        agent.submit("connexion", "seConnecter", "identifiant", "fdurand", "motDePasse", Portal.DEMO_PASSWORD);
        HttpResponse<String> wrongBasic = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Cookie", "JSESSIONID=" + agent.cookie("JSESSIONID"))
                .header("Authorization", Portal.basic("fdurand", "pas le bon mot de passe")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongBasic.statusCode()).as("a wrong Basic header is never ignored").isEqualTo(401);
    }

    @Test
    void thirtyParallelGuessesVerifyNoMoreThanTheThresholdAndTheRightPasswordThenFails() throws Exception {
        String password = "Course contre la montre 30";
        String login = Portal.agentWithPassword("0750655E", "Rémi", password);
        List<CompletableFuture<HttpResponse<Void>>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            guesses.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                    .header("Authorization", Portal.basic(login, "mauvais essai " + i)).build(), HttpResponse.BodyHandlers.discarding()));
        }
        for (CompletableFuture<HttpResponse<Void>> guess : guesses) {
            assertThat(guess.get().statusCode()).isEqualTo(401);
        }
        HttpResponse<Void> right = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Authorization", Portal.basic(login, password)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(right.statusCode()).as("locked: even the right password is refused").isEqualTo(401);
        HttpResponse<String> trail = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/accounts/" + login)))
                .header("Authorization", Portal.basic("kbenali", Portal.DEMO_PASSWORD)).build());
        assertThat(trail.statusCode()).isEqualTo(200);
        WebSession helpdesk = new WebSession();
        helpdesk.signIn("kbenali", Portal.DEMO_PASSWORD);
        helpdesk.open("assistance/comptes.xhtml");
        helpdesk.submit("comptes", "rechercher", "identifiant", login);
        String audit = helpdesk.page().text();
        assertThat(count(audit, "Connexion refusée")).as("verified guesses").isLessThanOrEqualTo(5);
        assertThat(audit).contains("Compte verrouillé");
    }

    @Test
    void anAnonymousHugeBodyIsRefusedUnread() throws Exception {
        String answer = rawPost("connexion.xhtml", "application/x-www-form-urlencoded", 200L * 1024 * 1024, null);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("dépasse la taille permise ici (16 Ko)");
    }

    @Test
    void anAgentsBodyIsBoundedByWhatItIsFor() throws Exception {
        String comment = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> huge = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/service-requests/1/comments")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(comment)).build());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("\"status\":413", "256 Ko");

        String extract = "numen;nom;prenom;date_naissance;uai\n" + "x".repeat(300 * 1024);
        HttpResponse<String> notDsi = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/provisioning/runs?dryRun=true")))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(extract)).build());
        assertThat(notDsi.statusCode()).as("only the DSI sends an extract of this size").isEqualTo(413);
    }

    @Test
    void everyAnswerCarriesTheHeadersOfAPublicSectorPortal() throws Exception {
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("connexion.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertPageHeaders(signIn);
        assertThat(signIn.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    static void assertPageHeaders(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                .contains("frame-ancestors 'none'", "object-src 'none'", "script-src 'self' 'nonce-").doesNotContain("unsafe-eval"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anUnknownLoginAWrongPasswordAndAWrongNumenCostTheSame() throws Exception {
        String password = "Le temps ne dit rien 42";
        String known = Portal.agentWithPassword("0750655E", "Téo", password);
        String name = "Chrono" + Portal.uniqueLetters();
        Portal.provision("01E25" + String.format("%05d", (int) (Math.random() * 100_000)) + "CHR;M.;" + name
                + ";;Chris;03/03/1983;;;;;;0750655E;;;;");
        String firstSignIn = "c" + name.toLowerCase();
        long unknown = median("personne" + Portal.uniqueLetters(), "un essai quelconque");
        long wrongPassword = median(known, "pas le bon mot de passe");
        long wrongNumen = median(firstSignIn, "01E0000000XXX");
        long fastest = Math.min(unknown, Math.min(wrongPassword, wrongNumen));
        long slowest = Math.max(unknown, Math.max(wrongPassword, wrongNumen));
        assertThat(slowest).as("unknown %d ms, wrong password %d ms, wrong NUMEN %d ms", unknown, wrongPassword, wrongNumen)
                .isLessThan(2 * fastest);
    }

    /** The median time of three refused sign-ins (fewer than the five that would lock). */
    private static long median(String login, String password) throws Exception {
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> refused = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                    .header("Authorization", Portal.basic(login, password)).build(), HttpResponse.BodyHandlers.discarding());
            times[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(refused.statusCode()).isEqualTo(401);
        }
        Arrays.sort(times);
        return times[1];
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        String name = "Faible" + Portal.uniqueLetters();
        String numen = "01E26" + String.format("%05d", (int) (Math.random() * 100_000)) + "FAI";
        Portal.provision(numen + ";Mme;" + name + ";;Flore;04/04/1984;;;;;;0750655E;;;;");
        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", "f" + name.toLowerCase(), "motDePasse", numen);
        assertThat(browser.location()).startsWith("/mot-de-passe.xhtml");
        for (String weak : List.of("            ", "aaaaaaaaaaaa", "123456789012", "azertyuiop123")) {
            browser.submit("motdepasse", "enregistrer", "actuel", numen, "nouveau", weak, "confirmation", weak);
            assertThat(browser.page().select("#messages").text()).as("« %s »", weak).contains("se devine trop facilement");
        }
        String endless = "Chevaux bleus ".repeat(7_000);
        browser.submit("motdepasse", "enregistrer", "actuel", numen, "nouveau", endless, "confirmation", endless);
        assertThat(browser.page().select("#messages").text()).contains("ne doit pas dépasser 128 caractères");
    }

    @Test
    void csvExportsNeutraliseFormulas() {
        String name = "Formule" + Portal.uniqueLetters();
        Portal.provision("01E27" + String.format("%05d", (int) (Math.random() * 100_000)) + "FOR;M.;" + name
                + ";;Félix;05/05/1985;Professeur certifié;Classe normale;5;01/09/2024;=HYPERLINK(\"http://pirate.example\");0750655E;-2+3+cmd|' /C calc'!A0;;;");
        WebSession hr = new WebSession();
        hr.signIn("cmoreau", Portal.DEMO_PASSWORD);
        hr.open("dossier/personnels.xhtml");
        hr.submit("personnels", "filtrer", "recherche", name);
        String csv = hr.download("personnels", "exportCsv");
        assertThat(csv).contains(name, "'=HYPERLINK(");
        for (String cell : csv.split("[,;\\n]")) {
            String value = cell.strip().replace("\"", "");
            assertThat(value).as("a cell of the export").doesNotStartWith("=").doesNotStartWith("-2+3").doesNotStartWith("@");
        }
    }

    @Test
    void badInputIsAnsweredNeverCrashed() throws Exception {
        for (String name : List.of("/", "a".repeat(300), "a\u0000b", "../../etc/passwd")) {
            HttpResponse<String> started = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/provisioning/runs?dryRun=true&name="
                            + URLEncoder.encode(name, StandardCharsets.UTF_8))))
                    .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("numen;nom;prenom;date_naissance;uai\n")).build());
            assertThat(started.statusCode()).as("name « %s »", name).isEqualTo(202);
            assertNoLeak(started.body());
        }
        HttpResponse<String> runs = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/provisioning/runs")))
                .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).build());
        String completed = runs.body().replaceAll("(?s).*?\"id\":(\\d+)[^}]*\"status\":\"COMPLETED\".*", "$1");
        HttpResponse<String> restart = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/provisioning/runs/" + completed + "/restart")))
                .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(restart.statusCode()).isEqualTo(409);
        assertThat(restart.body()).contains("ne peut pas être repris");

        HttpResponse<String> charset = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/cv/moi/presentation")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).header("Content-Type", "text/plain; charset=nope")
                .PUT(HttpRequest.BodyPublishers.ofString("Bonjour")).build());
        assertThat(charset.statusCode()).isBetween(400, 499);
        assertNoLeak(charset.body());

        HttpResponse<String> farPage = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/agents?page=2147483647&size=50")))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD)).build());
        assertThat(farPage.statusCode()).isEqualTo(200);
        assertThat(farPage.body()).contains("\"results\":[]");
        HttpResponse<String> farDirectory = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/directory?q=durand&page=2147483647&size=100")))
                .header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD)).build());
        assertThat(farDirectory.statusCode()).isEqualTo(200);
        assertThat(farDirectory.body()).contains("\"results\":[]");
    }

    @Test
    void anAjaxSaveAfterTheSessionExpiredSaysWhatWasNotSaved() {
        WebSession agent = new WebSession();
        agent.signIn("fdurand", Portal.DEMO_PASSWORD);
        agent.open("cv/mon-cv.xhtml");
        WebSession expired = agent.withoutCookies(); // the same page, its session gone (30 minutes later)
        var save = expired.ajax("presentation", "presentation:brouillon");
        assertThat(save.body()).contains("<redirect url=\"/portail/connexion.xhtml?expiree=true\"");
        assertThat(expired.open("connexion.xhtml?expiree=true").getElementById("expiree").text())
                .contains("ce que vous venez de saisir n'a pas été enregistré");
    }

    @Test
    void aTablesPagingCannotBeTurnedAgainstIt() {
        WebSession hr = new WebSession();
        hr.signIn("cmoreau", Portal.DEMO_PASSWORD);
        hr.open("dossier/personnels.xhtml");
        var page = hr.ajax("personnels", "personnels:agents", "personnels:agents_pagination", "true",
                "personnels:agents_first", "25", "personnels:agents_rows", "25", "personnels:agents_encodeFeature", "true");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("a real page turn").contains("<partial-response").doesNotContain("<error>");
        for (String[] paging : new String[][] {{"-50", "25"}, {"0", "0"}, {"0", "-1"}, {"2147483647", "25"}, {"0", "2147483647"}, {"x", "y"}}) {
            var answer = hr.ajax("personnels", "personnels:agents", "personnels:agents_pagination", "true",
                    "personnels:agents_first", paging[0], "personnels:agents_rows", paging[1], "personnels:agents_encodeFeature", "true");
            assertThat(answer.statusCode()).as("first %s, rows %s", paging[0], paging[1]).isEqualTo(400);
            assertThat(answer.body()).as("first %s, rows %s", paging[0], paging[1]).doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void aForeignOrExpiredViewStateSaysTheSessionExpired() throws Exception {
        WebSession agent = new WebSession();
        agent.open("connexion.xhtml");
        agent.submit("connexion", "seConnecter", "identifiant", "fdurand", "motDePasse", Portal.DEMO_PASSWORD);
        String cookie = "JSESSIONID=" + agent.cookie("JSESSIONID");
        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("cv/mon-cv.xhtml")))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=-123%3A456&cv=cv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).as(foreign.body()).isIn(200, 302, 303);
        assertNoLeak(foreign.body());
        HttpResponse<String> onGet = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("cv/mon-cv.xhtml?jakarta.faces.ViewState=x")))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onGet.statusCode()).isNotEqualTo(500);
        assertNoLeak(onGet.body());
    }

    private static void assertNoLeak(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at fr.academie", "/standalone/", "/tmp/", "\\u0000");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** A POST announcing {@code length} bytes whose body is never sent: the server must answer from the headers. */
    private static String rawPost(String path, String type, long length, String authorization) throws Exception {
        URI uri = URI.create(Portal.url(path));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("identifiant=x&".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer.append(line).append('\n');
                if (answer.length() > 20_000) {
                    break;
                }
            }
            return answer.toString();
        }
    }
}
