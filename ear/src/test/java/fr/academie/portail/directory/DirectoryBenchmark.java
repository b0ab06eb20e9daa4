package fr.academie.portail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.tools.HrExtractGenerator;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the harness behind the annuaire's figures in docs/benchmarks.md, run by the
 * {@code benchmark} profile. It imports a generated extract (the job's last step fills the annuaire
 * and rebuilds its index: the server log gives that step's times), then times name searches through
 * the REST API, signed in once (a session, as a browser is), and reports their percentiles.
 */
class DirectoryBenchmark extends PortalClientTest {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 1000;
    private static final Pattern STEP = Pattern.compile("Annuaire : (\\d+) fiche\\(s\\) créée\\(s\\), \\d+ fiche\\(s\\) à jour en ([\\d.]+) s, index reconstruit en ([\\d.]+) s");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    /** The searcher's own client: signed in once, then its session cookie (no password hashing per search). */
    private final HttpClient searcher = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private boolean signedIn;

    @Test
    void searchLatencyOverTheWholeAcademie() throws Exception {
        int rows = Integer.getInteger("portail.benchmark.rows", 1_200_000);
        Path folder = Files.createDirectories(Path.of(System.getProperty("portail.benchmark.folder", "target/benchmark")));
        Path extract = folder.resolve("extrait-rh-" + rows + ".csv");
        if (!Files.exists(extract)) {
            new HrExtractGenerator(2026L).write(extract, List.of(), rows);
        }
        Instant start = Instant.now();
        provision(extract);
        Duration run = Duration.between(start, Instant.now());
        Matcher step = lastStepLine();

        List<String> queries = queries(extract, rows);
        for (String query : queries.subList(0, WARM_UP)) {
            search(query);
        }
        List<Long> micros = new ArrayList<>();
        long hits = 0;
        for (String query : queries.subList(WARM_UP, WARM_UP + MEASURED)) {
            long begin = System.nanoTime();
            hits += search(query) ? 1 : 0;
            micros.add((System.nanoTime() - begin) / 1000);
        }
        Collections.sort(micros);
        String report = String.format(Locale.ROOT, """
                agents imported: %d (run with the annuaire step: %.1f s)
                annuaire step: %s entries created, copy %s s, full reindex %s s
                searches: %d (after %d to warm up), %d found someone
                latency through the REST API: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                """, rows, run.toMillis() / 1000.0, step.group(1), step.group(2), step.group(3), MEASURED, WARM_UP, hits,
                percentile(micros, 50), percentile(micros, 95), percentile(micros, 99), micros.get(micros.size() - 1) / 1000.0);
        Files.writeString(folder.resolve("directory.txt"), report);
        System.out.println("\n=== Benchmark ===\n" + report);
        assertThat(hits).as("the searches find people").isGreaterThan(MEASURED / 2);
    }

    /** Name searches as people type them: a name, a first name and a name, a name with a typo. */
    private static List<String> queries(Path extract, int rows) throws Exception {
        List<String> queries = new ArrayList<>();
        Random random = new Random(8);
        int oneIn = Math.max(1, rows / (2 * (WARM_UP + MEASURED)));
        try (var lines = Files.lines(extract, StandardCharsets.UTF_8)) {
            lines.skip(1).filter(line -> random.nextInt(oneIn) == 0).limit(WARM_UP + MEASURED).forEach(line -> {
                String[] fields = line.split(";", -1);
                String name = fields[2].toLowerCase(Locale.ROOT);
                queries.add(switch (queries.size() % 3) {
                    case 0 -> name;
                    case 1 -> fields[4] + " " + fields[2];
                    default -> name.length() > 4 ? name.substring(0, 2) + name.charAt(3) + name.charAt(2) + name.substring(4) : name;
                });
            });
        }
        assertThat(queries).hasSize(WARM_UP + MEASURED);
        return queries;
    }

    private boolean search(String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/directory?size=20&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))));
        if (!signedIn) {
            request.header("Authorization", Portal.basic("fdurand", Portal.DEMO_PASSWORD));
            signedIn = true;
        }
        HttpResponse<String> response = searcher.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return !response.body().contains("\"total\":0");
    }

    private static double percentile(List<Long> sortedMicros, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }

    private static Matcher lastStepLine() throws Exception {
        Path log = Path.of(System.getProperty("portail.test.server-log", "target/test-server/log/server.log"));
        Matcher last = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher matcher = STEP.matcher(line);
            if (matcher.find()) {
                last = matcher;
            }
        }
        assertThat(last).as("the annuaire step's line in the server log").isNotNull();
        return last;
    }

    private void provision(Path extract) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(
                        URI.create(Portal.url("api/v1/provisioning/runs?full=false&name=" + extract.getFileName())))
                .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(extract)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        URI run = URI.create(started.headers().firstValue("Location").orElseThrow());
        while (!http.send(HttpRequest.newBuilder(run).header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body().contains("\"endedAt\":\"")) {
            Thread.sleep(500);
        }
    }
}
