package fr.academie.portail.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the « last hour before the deadline » load harness of docs/benchmarks.md, run by the
 * {@code benchmark} profile on MariaDB. 300 agents (each with their own session, as browsers) all
 * start at once: read their candidature, save their wishes one change at a time (five saves), then
 * confirm; one agent in ten has a second tab (same session) saving at the same moment from the same
 * version. Sign-ins happen before the rush and are not counted. The
 * harness counts errors (anything but 200, or a 409 where a second tab raced), checks that every
 * 409 carries its French message, and that no update was lost: each agent's stored wishes are those
 * of their last accepted save, confirmed.
 */
class WishRushBenchmark extends PortalClientTest {

    private static final String PASSWORD = "Un-Mot-De-Passe-2026";
    private static final List<String> PLACES = List.of("0750680G", "0750693W", "0750700D", "0750712S", "0751708Z", "0752540D",
            "0752548M", "0752556W", "0752861C", "0753268V");

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

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(agents);
        ExecutorService pool = Executors.newFixedThreadPool(agents + agents / 10);
        List<Future<List<String>>> finals = new ArrayList<>();
        Instant began;
        for (int a = 0; a < agents; a++) {
            String login = logins.get(a);
            boolean secondTab = a % 10 == 0;
            finals.add(pool.submit(() -> {
                Session session = new Session(login, latencies);
                session.call("GET", id + "/my-candidature", null); // signs in: the session then carries the identity
                ready.countDown();
                start.await();
                session.measure();
                JsonObject state = json(session.call("GET", id + "/my-candidature", null).body());
                long version = state.getJsonNumber("version").longValue();
                List<String> wishes = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    wishes.add(PLACES.get((k + login.length()) % PLACES.size()));
                    if (k == 3) {
                        Collections.swap(wishes, 0, 3); // a reorder, as a drag would do
                    }
                    String body = wishBody(version, wishes);
                    String otherBody = wishBody(version, List.of("0750693W"));
                    // a second tab of the same browser: same session, same page version
                    Future<HttpResponse<String>> racing = secondTab && k == 2
                            ? pool.submit(() -> session.call("PUT", id + "/my-candidature/wishes", otherBody))
                            : null;
                    HttpResponse<String> saved = session.call("PUT", id + "/my-candidature/wishes", body);
                    HttpResponse<String> other = racing == null ? null : racing.get();
                    if (saved.statusCode() == 200) {
                        version = json(saved.body()).getJsonNumber("version").longValue();
                    }
                    if (other != null) {
                        // two saves from one version: one goes through, the other is told to reload
                        List<Integer> statuses = List.of(saved.statusCode(), other.statusCode());
                        if (!statuses.containsAll(List.of(200, 409))) {
                            errors.incrementAndGet();
                            problems.add(login + " : deux onglets → " + statuses);
                        }
                        conflicts.incrementAndGet();
                        HttpResponse<String> refused = saved.statusCode() == 409 ? saved : other;
                        if (!refused.body().contains("rechargez la page")) {
                            problems.add(login + " : 409 sans message clair : " + refused.body());
                        }
                        if (saved.statusCode() == 409) {
                            // the second tab won: reload, as the message says, and redo the change
                            JsonObject reloaded = json(session.call("GET", id + "/my-candidature", null).body());
                            version = reloaded.getJsonNumber("version").longValue();
                            saved = session.call("PUT", id + "/my-candidature/wishes", wishBody(version, wishes));
                            version = json(saved.body()).getJsonNumber("version").longValue();
                        }
                    } else if (saved.statusCode() != 200) {
                        errors.incrementAndGet();
                        problems.add(login + " : " + saved.statusCode() + " " + saved.body());
                    }
                }
                HttpResponse<String> confirmed = session.call("POST", id + "/my-candidature/confirmation?version=" + version, null);
                if (confirmed.statusCode() != 200) {
                    errors.incrementAndGet();
                    problems.add(login + " : confirmation " + confirmed.statusCode() + " " + confirmed.body());
                }
                return wishes;
            }));
        }
        ready.await(); // every session signed in: the rush measures saves, not password hashing
        began = Instant.now();
        start.countDown();
        List<List<String>> expected = new ArrayList<>();
        for (Future<List<String>> f : finals) {
            expected.add(f.get());
        }
        Duration took = Duration.between(began, Instant.now());
        pool.shutdown();

        int lost = 0;
        for (int a = 0; a < agents; a++) {
            JsonObject stored = json(new Session(logins.get(a), latencies).call("GET", id + "/my-candidature", null).body());
            List<String> codes = stored.getJsonArray("wishes").getValuesAs(JsonObject.class).stream().map(w -> w.getString("code")).toList();
            if (!codes.equals(expected.get(a)) || stored.isNull("confirmedAt")) {
                lost++;
                problems.add(logins.get(a) + " : attendu " + expected.get(a) + " confirmé, trouvé " + codes + " " + stored.get("confirmedAt"));
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format(Locale.ROOT, """
                agents: %d (one in ten with a second tab racing), requests: %d in %.1f s (%.0f requests/s)
                latency: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms
                errors: %d, conflicts raced: %d (each one 200 and one 409 with its message), lost updates: %d
                """, agents, sorted.size(), took.toMillis() / 1000.0, sorted.size() / (took.toMillis() / 1000.0),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0,
                errors.get(), conflicts.get(), lost);
        Path folder = Files.createDirectories(Path.of(System.getProperty("portail.benchmark.folder", "target/benchmark")));
        Files.writeString(folder.resolve("wish-rush.txt"), report + String.join("\n", problems));
        System.out.println("\n=== Benchmark ===\n" + report);
        assertThat(problems).isEmpty();
        assertThat(errors.get()).isZero();
        assertThat(lost).isZero();
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

    private static double percentile(List<Long> sortedMicros, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
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

    /** One browser: its own cookies, signed in by its first request, then carried by its session. */
    private static final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String login;
        private final ConcurrentLinkedQueue<Long> latencies;
        private volatile boolean signedIn;
        private volatile boolean measuring;

        Session(String login, ConcurrentLinkedQueue<Long> latencies) {
            this.login = login;
            this.latencies = latencies;
        }

        /** From now on, its requests count in the figures (the sign-in before the rush does not). */
        void measure() {
            measuring = true;
        }

        HttpResponse<String> call(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-campaigns/" + path)))
                    .timeout(Duration.ofMinutes(2));
            if (!signedIn) {
                request.header("Authorization", Portal.basic(login, PASSWORD));
                signedIn = true;
            }
            if (body != null) {
                request.header("Content-Type", "application/json; charset=UTF-8");
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (measuring) {
                latencies.add((System.nanoTime() - started) / 1_000);
            }
            return response;
        }
    }
}
