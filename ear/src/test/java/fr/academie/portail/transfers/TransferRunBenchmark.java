package fr.academie.portail.transfers;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the harness behind the « HR run » figures of docs/benchmarks.md, run by the
 * {@code benchmark} profile on MariaDB. It writes a campaign's worth of data straight into the
 * database (3 000 establishments, ten disciplines, 30 000 posts, 100 000 confirmed candidatures of
 * 31 wishes each), then times HR's « run a simulation » through the API, in both modes: reading the
 * candidatures, the barèmes, the algorithm, and writing every result and barre.
 */
class TransferRunBenchmark extends PortalClientTest {

    private static final List<String> DISCIPLINES = List.of("Mathématiques", "Lettres modernes", "Histoire-géographie", "Anglais",
            "Physique-chimie", "SVT", "EPS", "Espagnol", "Technologie", "Arts plastiques");
    private static final long ESTABLISHMENT_BASE = 9_000_000L;
    private static final long AGENT_BASE = 90_000_000L;
    private static final long POST_BASE = 800_000_000L;
    private static final long PARTICIPANT_BASE = 900_000_000L;
    private static final long WISH_BASE = 9_000_000_000L;

    @Test
    void anHrRunOnACampaignOfNationalSize() throws Exception {
        assertThat(System.getProperty("portail.db")).as("the benchmark runs on MariaDB: -Dportail.db=mariadb").isEqualTo("mariadb");
        int participants = Integer.getInteger("portail.benchmark.participants", 100_000);
        int establishments = Integer.getInteger("portail.benchmark.establishments", 3_000);
        int wishes = 31;
        Path folder = Files.createDirectories(Path.of(System.getProperty("portail.benchmark.folder", "target/benchmark")));

        Instant now = Instant.now();
        HttpResponse<String> created = hr("POST", "", "{\"name\":\"Banc d'essai " + Portal.uniqueLetters() + "\",\"maxWishes\":31,"
                + "\"wishTypes\":[\"ETAB\"],\"wishesOpenAt\":\"" + now.minus(Duration.ofDays(30)) + "\",\"wishesCloseAt\":\""
                + now.minus(Duration.ofDays(20)) + "\",\"baremeFrom\":\"" + now.minus(Duration.ofDays(15)) + "\",\"baremeTo\":\""
                + now.minus(Duration.ofDays(1)) + "\",\"referenceDate\":\"2027-08-31\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long campaign = json(created.body()).getJsonNumber("id").longValue();

        Instant fillStart = Instant.now();
        fill(campaign, participants, establishments, wishes);
        Duration fill = Duration.between(fillStart, Instant.now());

        StringBuilder report = new StringBuilder(String.format(java.util.Locale.ROOT,
                "participants: %d, wishes each: %d, establishments: %d, posts: %d%ndata written in %.1f s (not part of the run)%n",
                participants, wishes, establishments, establishments * DISCIPLINES.size(), fill.toMillis() / 1000.0));
        for (String mode : List.of("stable", "improved", "stable")) {
            Instant start = Instant.now();
            HttpResponse<String> run = hr("POST", campaign + "/simulations?mode=" + mode, null);
            Duration took = Duration.between(start, Instant.now());
            assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
            JsonObject simulation = json(run.body());
            report.append(String.format(java.util.Locale.ROOT,
                    "%s: %.1f s through the API (server: %d ms); moved %d, first wish %d, stayed %d, unassigned %d%n", mode,
                    took.toMillis() / 1000.0, simulation.getJsonNumber("durationMs").longValue(), simulation.getInt("moved"),
                    simulation.getInt("firstWish"), simulation.getInt("stayed"), simulation.getInt("unassigned")));
        }
        Files.writeString(folder.resolve("transfer-run.txt"), report);
        System.out.println("\n=== Benchmark ===\n" + report);
    }

    private static void fill(long campaign, int participants, int establishments, int wishes) throws Exception {
        SplittableRandom random = new SplittableRandom(2026);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/"
                + System.getProperty("portail.test.database", "portail_test") + "?user=root")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE transfer_campaign SET phase = 'BAREME_FINAL' WHERE id = " + campaign);
            }
            try (PreparedStatement e = c.prepareStatement("INSERT INTO establishment (id, uai, name, kind, commune, zone) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < establishments; i++) {
                    e.setLong(1, ESTABLISHMENT_BASE + i);
                    e.setString(2, String.format("075%04dB", i));
                    e.setString(3, "Collège d'essai n° " + i);
                    e.setString(4, "Collège");
                    e.setString(5, "Commune " + (i % 300));
                    e.setString(6, "Zone " + (i % 30));
                    e.addBatch();
                }
                e.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO transfer_post (id, campaign_id, establishment_id, discipline, vacancies) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                long id = POST_BASE;
                for (int i = 0; i < establishments; i++) {
                    for (String discipline : DISCIPLINES) {
                        p.setLong(1, id++);
                        p.setLong(2, campaign);
                        p.setLong(3, ESTABLISHMENT_BASE + i);
                        p.setString(4, discipline);
                        p.setInt(5, random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            // popularity ~ 1/rank, as central establishments are sought after
            double[] cumulative = new double[establishments];
            double total = 0;
            for (int i = 0; i < establishments; i++) {
                total += 1.0 / (i + 10);
                cumulative[i] = total;
            }
            try (PreparedStatement a = c.prepareStatement("INSERT INTO agent (id, numen_hash, numen_suffix, nom, prenom, date_naissance, corps, "
                    + "grade, echelon, discipline, date_entree, establishment_id, version) VALUES (?, ?, 'BEN', ?, ?, ?, 'Professeur certifié', "
                    + "?, ?, ?, ?, ?, 0)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO transfer_participant (id, campaign_id, agent_id, grade, echelon, "
                         + "in_post_since, establishment_id, discipline, spouse_departement, children, separation_years, handicap, "
                         + "years_rep_plus, years_rep, confirmed_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, 0)");
                 PreparedStatement w = c.prepareStatement("INSERT INTO transfer_wish (id, participant_id, wish_rank, wish_type, code, "
                         + "handicap_accepted) VALUES (?, ?, ?, 'ETAB', ?, 0)")) {
                Timestamp confirmed = Timestamp.from(Instant.now().minus(Duration.ofDays(21)));
                long wishId = WISH_BASE;
                boolean[] taken = new boolean[establishments];
                int[] chosen = new int[wishes];
                for (int i = 0; i < participants; i++) {
                    int home = random.nextInt(establishments);
                    String discipline = DISCIPLINES.get(random.nextInt(DISCIPLINES.size()));
                    String grade = random.nextInt(10) < 8 ? "Classe normale" : "Hors classe";
                    int echelon = grade.equals("Classe normale") ? 1 + random.nextInt(11) : 1 + random.nextInt(6);
                    a.setLong(1, AGENT_BASE + i);
                    a.setString(2, String.format("%064d", AGENT_BASE + i));
                    a.setString(3, "Essai" + i);
                    a.setString(4, "Agent");
                    a.setDate(5, Date.valueOf(LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28))));
                    a.setString(6, grade);
                    a.setInt(7, echelon);
                    a.setString(8, discipline);
                    a.setDate(9, Date.valueOf(LocalDate.of(2000 + random.nextInt(25), 9, 1)));
                    a.setLong(10, ESTABLISHMENT_BASE + home);
                    a.addBatch();
                    p.setLong(1, PARTICIPANT_BASE + i);
                    p.setLong(2, campaign);
                    p.setLong(3, AGENT_BASE + i);
                    p.setString(4, grade);
                    p.setInt(5, echelon);
                    p.setDate(6, Date.valueOf(LocalDate.of(2005 + random.nextInt(21), 9, 1)));
                    p.setLong(7, ESTABLISHMENT_BASE + home);
                    p.setString(8, discipline);
                    boolean spouse = random.nextInt(5) == 0;
                    p.setString(9, spouse ? "75" : null);
                    p.setInt(10, spouse ? random.nextInt(4) : 0);
                    p.setInt(11, spouse ? random.nextInt(3) : 0);
                    p.setInt(12, random.nextInt(20) == 0 ? 5 : 0);
                    p.setTimestamp(13, confirmed);
                    p.setTimestamp(14, confirmed);
                    p.addBatch();
                    int count = 0;
                    while (count < wishes) {
                        int target = pick(cumulative, random.nextDouble() * total);
                        if (target == home || taken[target]) {
                            continue;
                        }
                        taken[target] = true;
                        chosen[count++] = target;
                        w.setLong(1, wishId++);
                        w.setLong(2, PARTICIPANT_BASE + i);
                        w.setInt(3, count);
                        w.setString(4, String.format("075%04dB", target));
                        w.addBatch();
                    }
                    for (int k = 0; k < count; k++) {
                        taken[chosen[k]] = false;
                    }
                    if ((i + 1) % 2_000 == 0) {
                        a.executeBatch();
                        p.executeBatch();
                        w.executeBatch();
                    }
                }
                a.executeBatch();
                p.executeBatch();
                w.executeBatch();
            }
            c.commit();
        }
    }

    private static int pick(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static HttpResponse<String> hr(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/transfer-campaigns" + (path.isEmpty() ? "" : "/" + path))))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD)).timeout(Duration.ofMinutes(10));
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
