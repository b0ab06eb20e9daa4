package fr.academie.portail.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.tools.HrExtractGenerator;
import java.io.BufferedWriter;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the harness behind docs/benchmarks.md, run by the {@code benchmark} profile on
 * MariaDB. It times the provisioning of a generated national extract (first run, then the same
 * file again) against MariaDB's own {@code LOAD DATA LOCAL INFILE} of that file into a bare table.
 */
class ProvisioningBenchmark extends PortalClientTest {

    /** What a first run writes for each new person, with the annuaire's entries. */
    private static final List<String> FIRST_RUN_TABLES = List.of("agent", "agent_historique", "account", "account_role",
            "audit_event", "directory_entry");
    private static final Pattern LOAD_DATA_ESCAPES = Pattern.compile("[\\\\\t\n\r\u0000]");
    private static final Map<Character, String> ESCAPED = Map.of('\\', "\\\\", '\t', "\\t", '\n', "\\n", '\r', "\\r",
            '\u0000', "\\0");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void provisioningAgainstLoadData() throws Exception {
        assertThat(System.getProperty("portail.db")).as("the benchmark runs on MariaDB: -Dportail.db=mariadb")
                .isEqualTo("mariadb");
        int rows = Integer.getInteger("portail.benchmark.rows", 1_000_000);
        Path folder = Files.createDirectories(Path.of(System.getProperty("portail.benchmark.folder", "target/benchmark")));
        Path extract = folder.resolve("extrait-rh-" + rows + ".csv");
        if (!Files.exists(extract)) {
            new HrExtractGenerator(2026L).write(extract, List.of(), rows);
        }

        Duration loadData = loadData(extract);
        Duration[] first = provision(extract);
        Duration[] again = provision(extract);
        // once more: the nightly case measured twice, its time moves from one run to the next
        Duration[] nightAfter = provision(extract);
        Map<String, Duration> floor = floor(folder);
        Duration floorTotal = floor.values().stream().reduce(Duration.ZERO, Duration::plus);

        // the job's own time (its report's start to end) is what is compared; the upload comes on top
        String report = String.format(java.util.Locale.ROOT, """
                rows: %d
                LOAD DATA LOCAL INFILE: %.1f s
                provisioning job, first run: %.1f s (%.0f rows/s), ratio to LOAD DATA: %.1f (with the upload: %.1f s)
                provisioning job, same file again: %.1f s (%.0f rows/s), ratio to LOAD DATA: %.1f (with the upload: %.1f s)
                provisioning job, same file a third time: %.1f s, ratio to LOAD DATA: %.1f
                the tables the first run filled, loaded back by LOAD DATA LOCAL INFILE (its floor): %.1f s, ratio to LOAD DATA: %.1f
                  %s
                """, rows, seconds(loadData), seconds(first[0]), rows / seconds(first[0]), seconds(first[0]) / seconds(loadData),
                seconds(first[1]), seconds(again[0]), rows / seconds(again[0]), seconds(again[0]) / seconds(loadData),
                seconds(again[1]), seconds(nightAfter[0]), seconds(nightAfter[0]) / seconds(loadData),
                seconds(floorTotal), seconds(floorTotal) / seconds(loadData),
                floor.entrySet().stream().map(table -> String.format(java.util.Locale.ROOT, "%s %.1f s", table.getKey(),
                        seconds(table.getValue()))).collect(Collectors.joining(", ")));
        Files.writeString(folder.resolve("provisioning.txt"), report);
        System.out.println("\n=== Benchmark ===\n" + report);
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/"
                + System.getProperty("portail.test.database", "portail_test") + "?user=root&allowLocalInfile=true");
    }

    private static Duration loadData(Path extract) throws Exception {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS benchmark_extract");
            s.execute("CREATE TABLE benchmark_extract (numen VARCHAR(13), civilite VARCHAR(10), nom VARCHAR(100),"
                    + " nom_naissance VARCHAR(100), prenom VARCHAR(100), date_naissance VARCHAR(10), corps VARCHAR(100),"
                    + " grade VARCHAR(100), echelon VARCHAR(2), date_echelon VARCHAR(10), discipline VARCHAR(100),"
                    + " uai VARCHAR(8), fonction VARCHAR(100), date_entree VARCHAR(10), date_sortie VARCHAR(10),"
                    + " email_perso VARCHAR(254))");
            Instant start = Instant.now();
            s.execute("LOAD DATA LOCAL INFILE '" + extract.toAbsolutePath() + "' INTO TABLE benchmark_extract"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ';' OPTIONALLY ENCLOSED BY '\"'"
                    + " LINES TERMINATED BY '\\n' IGNORE 1 LINES");
            Duration took = Duration.between(start, Instant.now());
            s.execute("DROP TABLE benchmark_extract");
            return took;
        }
    }

    /**
     * The floor under a first run: the tables it filled, dumped to a file each and loaded back by
     * {@code LOAD DATA LOCAL INFILE} into an empty copy of their table (same keys and indexes, no
     * foreign key). No client writes those rows faster; the JVM's work (reading, checking, deciding)
     * and the annuaire's Lucene index come on top. The tables hold a little more than the first
     * run's rows (the demo's 200 people, the sign-in lines of the API's polls): under 1 % at a million.
     */
    private static Map<String, Duration> floor(Path folder) throws Exception {
        Map<String, Duration> took = new LinkedHashMap<>();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String table : FIRST_RUN_TABLES) {
                Path file = folder.resolve(table + ".tsv");
                long rows = dump(c, table, file);
                s.execute("DROP TABLE IF EXISTS floor_" + table);
                s.execute("CREATE TABLE floor_" + table + " LIKE " + table);
                Instant start = Instant.now();
                s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE floor_" + table
                        + " CHARACTER SET utf8mb4");
                took.put(table + " (" + rows + " rows)", Duration.between(start, Instant.now()));
                // LOCAL turns a bad row into a warning: every row must have gone in, unchanged
                assertThat((long) s.getUpdateCount()).as(table).isEqualTo(rows);
                assertThat((Throwable) s.getWarnings()).as(table).isNull();
                s.execute("DROP TABLE floor_" + table);
                Files.delete(file);
            }
        }
        return took;
    }

    /** A table's rows in LOAD DATA's own text format: tabs between fields, {@code \N} for null, backslash escapes. */
    private static long dump(Connection c, String table, Path file) throws Exception {
        long count = 0;
        try (Statement select = c.createStatement(); BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
                int columns = rows.getMetaData().getColumnCount();
                StringBuilder line = new StringBuilder();
                while (rows.next()) {
                    line.setLength(0);
                    for (int i = 1; i <= columns; i++) {
                        if (i > 1) {
                            line.append('\t');
                        }
                        String value = rows.getString(i);
                        line.append(value == null ? "\\N" : LOAD_DATA_ESCAPES.matcher(value).replaceAll(
                                found -> Matcher.quoteReplacement(ESCAPED.get(found.group().charAt(0)))));
                    }
                    out.append(line).append('\n');
                    count++;
                }
            }
        }
        return count;
    }

    /** The job's duration by its report, and the whole round trip from the upload on. */
    private Duration[] provision(Path extract) throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(
                        URI.create(Portal.url("api/v1/provisioning/runs?full=true&name=" + extract.getFileName())))
                .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(extract)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        URI run = URI.create(started.headers().firstValue("Location").orElseThrow());
        while (true) {
            String report = http.send(HttpRequest.newBuilder(run)
                    .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            if (report.contains("\"endedAt\":\"")) {
                Duration roundTrip = Duration.between(start, Instant.now());
                System.out.println(report);
                return new Duration[] {Duration.between(instant(report, "startedAt"), instant(report, "endedAt")), roundTrip};
            }
            Thread.sleep(100);
        }
    }

    private static Instant instant(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(field + " in " + json).isTrue();
        return Instant.parse(value.group(1));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
