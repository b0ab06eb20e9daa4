package fr.academie.portail.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static us.abstracta.jmeter.javadsl.JmeterDsl.csvDataSet;
import static us.abstracta.jmeter.javadsl.JmeterDsl.forLoopController;
import static us.abstracta.jmeter.javadsl.JmeterDsl.httpSampler;
import static us.abstracta.jmeter.javadsl.JmeterDsl.ifController;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jsonExtractor;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jtlWriter;
import static us.abstracta.jmeter.javadsl.JmeterDsl.responseAssertion;
import static us.abstracta.jmeter.javadsl.JmeterDsl.synchronizingTimer;
import static us.abstracta.jmeter.javadsl.JmeterDsl.testPlan;
import static us.abstracta.jmeter.javadsl.JmeterDsl.threadGroup;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.http.entity.ContentType;
import org.junit.jupiter.api.Test;
import us.abstracta.jmeter.javadsl.core.TestPlanStats;
import us.abstracta.jmeter.javadsl.core.assertions.DslResponseAssertion.TargetField;
import us.abstracta.jmeter.javadsl.core.stats.StatsSummary;

/**
 * Not a test: the « last hour before the deadline » load test of docs/benchmarks.md, a JMeter test
 * plan (JMeter DSL) run by the {@code benchmark} profile against the Arquillian-managed server on
 * MariaDB. 300 agents, each a JMeter thread with its own cookies as a browser, sign in, wait for
 * each other, then all at once read their candidature, save their wishes one change at a time (five
 * saves, one a reorder) and confirm. Before confirming, one agent in ten saves from the page of
 * before their last save, as a forgotten second tab would: it must be refused (409) with the French
 * message. JMeter counts every other answer than 200 as an error; afterwards the database must hold,
 * for every agent, the wishes of their last save, confirmed (no lost update).
 */
class WishRushBenchmark extends PortalClientTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";
    private static final List<String> PLACES = List.of("0750680G", "0750693W", "0750700D", "0750712S", "0751708Z", "0752540D",
            "0752548M", "0752556W", "0752861C", "0753268V");
    private static final int SAVES = 5;

    @Test
    void threeHundredAgentsSaveAndConfirmAtTheDeadline() throws Exception {
        assertThat(System.getProperty("portail.db")).as("the benchmark runs on MariaDB: -Dportail.db=mariadb").isEqualTo("mariadb");
        int agents = Integer.getInteger("portail.benchmark.agents", 300);
        List<String> logins = agents(agents);
        Instant now = Instant.now();
        String campaign = "{\"name\":\"Rush " + Portal.uniqueLetters() + "\",\"maxWishes\":31,\"wishTypes\":[\"ETAB\",\"GEO\"],"
                + "\"wishesOpenAt\":\"" + now.minus(Duration.ofDays(20)) + "\",\"wishesCloseAt\":\"" + now.plus(Duration.ofHours(1))
                + "\",\"baremeFrom\":\"" + now.plus(Duration.ofDays(2)) + "\",\"baremeTo\":\"" + now.plus(Duration.ofDays(9))
                + "\",\"referenceDate\":\"2027-08-31\"}";
        long id = json(hr("POST", "", campaign)).getJsonNumber("id").longValue();
        hr("POST", id + "/posts", "{\"uai\":\"0750680G\",\"discipline\":\"Mathématiques\",\"vacancies\":2}");
        hr("POST", id + "/phase/OPEN", null);

        Path folder = Files.createDirectories(Path.of(System.getProperty("portail.benchmark.folder", "target/benchmark")));
        Path people = folder.resolve("rush-agents.csv");
        List<String> rows = new ArrayList<>(List.of("login,secondTab"));
        for (int a = 0; a < agents; a++) {
            rows.add(logins.get(a) + "," + (a % 10 == 0));
        }
        Files.write(people, rows);
        Path samples = folder.resolve("wish-rush.jtl");
        Files.deleteIfExists(samples);

        String candidature = Portal.url("api/v1/transfer-campaigns/" + id + "/my-candidature");
        TestPlanStats stats = testPlan(
                csvDataSet(people.toString()),
                threadGroup("agents", agents, 1,
                        // the Basic credentials of the first request open the session its cookie carries afterwards
                        httpSampler("connexion", candidature).header("Authorization", s -> Portal.basic(s.vars.get("login"), PASSWORD)),
                        // every agent signed in, they all start at once
                        httpSampler("lecture", candidature).children(synchronizingTimer(), jsonExtractor("version", "version")),
                        forLoopController("saisie", SAVES,
                                httpSampler("enregistrement", candidature + "/wishes").method("PUT").contentType(ContentType.APPLICATION_JSON)
                                        .body(s -> wishBody(Long.parseLong(s.vars.get("version")),
                                                wishesAfter(s.vars.get("login"), Integer.parseInt(s.vars.get("__jm__saisie__idx")))))
                                        .children(jsonExtractor("version", "version"))),
                        ifController(s -> Boolean.parseBoolean(s.vars.get("secondTab")),
                                httpSampler("onglet périmé", candidature + "/wishes").method("PUT").contentType(ContentType.APPLICATION_JSON)
                                        .body(s -> wishBody(Long.parseLong(s.vars.get("version")) - 1, List.of("0750693W")))
                                        .children(
                                                responseAssertion().fieldToTest(TargetField.RESPONSE_CODE).ignoreStatus().equalsToStrings("409"),
                                                responseAssertion().containsSubstrings("rechargez la page"))),
                        httpSampler("confirmation", candidature + "/confirmation?version=${version}").method("POST")),
                jtlWriter(folder.toString(), samples.getFileName().toString()))
                .run();

        List<String> lost = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            JsonObject stored = json(agentCall(logins.get(a), candidature));
            List<String> codes = stored.getJsonArray("wishes").getValuesAs(JsonObject.class).stream().map(w -> w.getString("code")).toList();
            List<String> expected = wishesAfter(logins.get(a), SAVES - 1);
            if (!codes.equals(expected) || stored.isNull("confirmedAt")) {
                lost.add(logins.get(a) + " : attendu " + expected + " confirmé, trouvé " + codes + " " + stored.get("confirmedAt"));
            }
        }

        StatsSummary saves = stats.byLabel("enregistrement");
        StatsSummary signIns = stats.byLabel("connexion");
        long rushSamples = stats.overall().samplesCount() - signIns.samplesCount();
        double rushSeconds = Duration.between(stats.byLabel("lecture").firstTime(), stats.byLabel("confirmation").endTime()).toMillis() / 1000.0;
        String report = String.format(Locale.ROOT, """
                JMeter test plan: %d agents; sign-ins before the rush: p50 %.1f s, max %.1f s (password hashing, all at once)
                rush: %d requests (%d saves) in %.1f s, %.0f requests/s
                saves: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms
                errors: %d (of which stale second tabs not refused with their message: %d), lost updates: %d
                """, agents, signIns.sampleTime().median().toMillis() / 1000.0, signIns.sampleTime().max().toMillis() / 1000.0,
                rushSamples, saves.samplesCount(), rushSeconds, rushSamples / rushSeconds,
                saves.sampleTime().median().toMillis(), saves.sampleTime().perc95().toMillis(), saves.sampleTime().perc99().toMillis(),
                saves.sampleTime().max().toMillis(), stats.overall().errorsCount(), stats.byLabel("onglet périmé").errorsCount(),
                lost.size());
        Files.writeString(folder.resolve("wish-rush.txt"), report + String.join("\n", lost));
        System.out.println("\n=== Benchmark ===\n" + report);
        assertThat(stats.overall().samplesCount()).as("every request sent").isEqualTo((long) agents * (3 + SAVES) + agents / 10 + (agents % 10 > 0 ? 1 : 0));
        assertThat(stats.overall().errorsCount()).as("errors (details in wish-rush.jtl)").isZero();
        assertThat(lost).isEmpty();
    }

    /** The agent's list after save {@code index} (from 0): one more establishment each time, the fourth save a reorder. */
    static List<String> wishesAfter(String login, int index) {
        List<String> wishes = new ArrayList<>();
        for (int k = 0; k <= index; k++) {
            wishes.add(PLACES.get((k + login.length()) % PLACES.size()));
            if (k == 3) {
                Collections.swap(wishes, 0, 3); // a reorder, as a drag would do
            }
        }
        return wishes;
    }

    /** Provisions the agents in one import, then gives them all the password of one of them (hashing it once). */
    private static List<String> agents(int count) throws Exception {
        String model = Portal.agentWithPassword("0750655E", "Rose", PASSWORD);
        String letters = Portal.uniqueLetters();
        List<String> lines = new ArrayList<>();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "Rush" + letters + base26(i);
            lines.add(String.format("01E4%06dRSH;M.;%s;;Paul;03/03/1980;Professeur certifié;Classe normale;6;01/09/2022;Mathématiques;"
                    + "0750655E;Enseignant;01/09/2012;;", i, name));
            logins.add(("p" + name).toLowerCase(Locale.ROOT));
        }
        Portal.provision(lines.toArray(String[]::new));
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/"
                + System.getProperty("portail.test.database", "portail_test") + "?user=root")) {
            String hash;
            try (PreparedStatement read = c.prepareStatement("SELECT password_hash FROM account WHERE login = ?")) {
                read.setString(1, model);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    hash = rs.getString(1);
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE account SET password_hash = ?, password_changed_at = NOW(6) WHERE login = ?")) {
                for (String login : logins) {
                    update.setString(1, hash);
                    update.setString(2, login);
                    update.addBatch();
                }
                int[] done = update.executeBatch();
                assertThat(done).as("every account found").hasSize(count).doesNotContain(0);
            }
        }
        return logins;
    }

    private static String base26(int n) {
        StringBuilder s = new StringBuilder();
        int v = n;
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return s.toString();
    }

    private static String wishBody(long version, List<String> wishes) {
        StringBuilder body = new StringBuilder("{\"version\":" + version + ",\"wishes\":[");
        for (int k = 0; k < wishes.size(); k++) {
            body.append(k == 0 ? "" : ",").append("{\"type\":\"ETAB\",\"code\":\"").append(wishes.get(k)).append("\"}");
        }
        return body.append("]}").toString();
    }

    private static String agentCall(String login, String url) throws Exception {
        HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", Portal.basic(login, PASSWORD)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String hr(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-campaigns" + (path.isEmpty() ? "" : "/" + path))))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = Portal.send(request.build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
