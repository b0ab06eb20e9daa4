package fr.academie.portail.promotions;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the harness behind the promotion table figures of docs/benchmarks.md, run by the
 * {@code benchmark} profile on MariaDB. It writes 50 000 promouvable professeurs certifiés
 * (classe normale, 9th to 11th échelon) straight into the database, then times through the API:
 * creating a hors classe campaign (drawing up every promouvable from the dossiers), reading the
 * ranked table, and validating it (ranking again and storing each rank, points and decision) once
 * HR's appreciations are given.
 */
class PromotionTableBenchmark extends PortalClientTest {

    private static final long ESTABLISHMENT = 9_500_000L;
    private static final long AGENT_BASE = 95_000_000L;

    @Test
    void aHorsClasseTableOfFiftyThousandPromouvables() throws Exception {
        assertThat(System.getProperty("portail.db")).as("the benchmark runs on MariaDB: -Dportail.db=mariadb").isEqualTo("mariadb");
        int promouvables = Integer.getInteger("portail.benchmark.promouvables", 50_000);
        Path folder = Files.createDirectories(Path.of(System.getProperty("portail.benchmark.folder", "target/benchmark")));
        fill(promouvables);

        LocalDate reference = LocalDate.of(2027, 8, 31);
        Instant now = Instant.now();
        long start = System.nanoTime();
        HttpResponse<String> created = hr("POST", "", "{\"name\":\"Banc d'essai\",\"corps\":\"Professeur certifié\",\"type\":\"HORS_CLASSE\","
                + "\"year\":2990,\"referenceDate\":\"" + reference + "\",\"effectDate\":\"2027-09-01\",\"opinionsFrom\":\"" + now
                + "\",\"opinionsTo\":\"" + now.plus(1, ChronoUnit.DAYS) + "\"}");
        double drawUp = (System.nanoTime() - start) / 1e9;
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject campaign = Json.createReader(new StringReader(created.body())).readObject();
        long id = campaign.getJsonNumber("id").longValue();
        int drawn = campaign.getInt("promouvables");
        assertThat(drawn).isGreaterThanOrEqualTo(promouvables);

        // HR's appreciations, given over weeks: written straight, within the quotas (5 % Excellent, 40 % Très satisfaisant)
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE promotion_candidate SET appreciation = CASE WHEN MOD(agent_id, 20) = 0 THEN 'EXCELLENT' "
                    + "WHEN MOD(agent_id, 5) IN (1, 2) THEN 'TRES_SATISFAISANT' WHEN MOD(agent_id, 7) = 3 THEN 'A_CONSOLIDER' "
                    + "ELSE 'SATISFAISANT' END WHERE campaign_id = " + id);
        }
        assertThat(hr("POST", id + "/phase/OPINIONS", null).statusCode()).isEqualTo(200);

        start = System.nanoTime();
        HttpResponse<String> table = hr("GET", id + "/table", null);
        double read = (System.nanoTime() - start) / 1e9;
        assertThat(table.statusCode()).isEqualTo(200);
        JsonObject tableJson = Json.createReader(new StringReader(table.body())).readObject();
        assertThat(tableJson.getJsonArray("problems")).as(tableJson.getJsonArray("problems").toString()).isEmpty();

        start = System.nanoTime();
        HttpResponse<String> validated = hr("POST", id + "/phase/VALIDATED", null);
        double validate = (System.nanoTime() - start) / 1e9;
        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);

        String report = String.format(Locale.ROOT, """
                promouvables: %d (table of %d promotions, %d KB of JSON)
                create the campaign, drawing up the promouvables from the dossiers: %.1f s
                rank and build the table, read through the API (GET /table): %.1f s
                rank and build the table, validated through the API (every rank, points and decision stored): %.1f s
                """, drawn, tableJson.getInt("promotions"), table.body().length() / 1024, drawUp, read, validate);
        Files.writeString(folder.resolve("promotion-table.txt"), report);
        System.out.println("\n=== Benchmark ===\n" + report);
    }

    private static void fill(int count) throws Exception {
        SplittableRandom random = new SplittableRandom(2027);
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO establishment (id, uai, name, kind, commune, zone) VALUES (" + ESTABLISHMENT
                        + ", '0759500B', 'Lycée du banc d''essai', 'Lycée général', 'Paris 5e', 'Paris Sud')");
            }
            try (PreparedStatement a = c.prepareStatement("INSERT INTO agent (id, numen_hash, numen_suffix, civilite, nom, prenom, "
                    + "date_naissance, corps, grade, echelon, date_echelon, discipline, date_entree, establishment_id, version) "
                    + "VALUES (?, ?, 'BEN', ?, ?, 'Agent', ?, 'Professeur certifié', 'Classe normale', ?, ?, 'Mathématiques', ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    a.setLong(1, AGENT_BASE + i);
                    a.setString(2, String.format("%064d", AGENT_BASE + i));
                    a.setString(3, random.nextBoolean() ? "Mme" : "M.");
                    a.setString(4, "Essai" + i);
                    a.setDate(5, Date.valueOf(LocalDate.of(1960 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28))));
                    int echelon = 9 + random.nextInt(3);
                    a.setInt(6, echelon);
                    // in the 9th échelon for at least two years at the reference date, any time in the 10th and 11th
                    a.setDate(7, Date.valueOf(LocalDate.of(echelon == 9 ? 2016 + random.nextInt(9) : 2013 + random.nextInt(14),
                            1 + random.nextInt(12), 1)));
                    a.setDate(8, Date.valueOf(LocalDate.of(1990 + random.nextInt(15), 9, 1)));
                    a.setLong(9, ESTABLISHMENT);
                    a.addBatch();
                    if ((i + 1) % 5_000 == 0) {
                        a.executeBatch();
                    }
                }
                a.executeBatch();
            }
            c.commit();
        }
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + System.getProperty("portail.test.database", "portail_test")
                + "?user=root");
    }

    private static HttpResponse<String> hr(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("api/v1/promotion-campaigns" + (path.isEmpty() ? "" : "/" + path))))
                .header("Authorization", Portal.basic("cmoreau", Portal.DEMO_PASSWORD)).timeout(Duration.ofMinutes(10));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Portal.send(request.build());
    }
}
