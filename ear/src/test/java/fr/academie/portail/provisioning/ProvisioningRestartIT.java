package fr.academie.portail.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.control.LoginRule;
import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.RealEar;
import fr.academie.portail.tools.HrExtractGenerator;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provisioning server dies in the middle of a run (its process is killed, as by kill -9),
 * starts again, and the run is restarted: it ends exactly as a clean run would — every person has
 * one account, no login is given twice, homonyms are numbered in the extract's order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningRestartIT {

    private static final String SERVER = "wildfly-crash";
    private static final String EAR = "portail-killed";
    private static final int ROWS = 6000;
    private static final Pattern NUMBER = Pattern.compile("\"%s\":(\\d+)");

    @ArquillianResource
    ContainerController servers;

    @ArquillianResource
    Deployer deployer;

    private final String base = System.getProperty("portail.crash.base-url", "http://127.0.0.1:8280/portail/");
    private HttpClient http;

    @Deployment(name = EAR, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return RealEar.asBuilt();
    }

    @Test
    void aRunKilledWithItsServerEndsExactlyAsACleanRun() throws Exception {
        Path extract = Files.createTempFile("extrait-rh-national-", ".csv");
        new HrExtractGenerator(1789L).write(extract, List.of(), ROWS);
        try {
            startServer();
            long run = startRun(extract);
            String midRun = awaitReport(run, report -> number(report, "read") >= 500);
            assertThat(midRun).as("killed in the middle of the run").doesNotContain("\"endedAt\"").doesNotContain("\"read\":" + ROWS + ",");
            servers.kill(SERVER);

            startServer();
            HttpResponse<String> restarted = post("api/v1/provisioning/runs/" + run + "/restart", "");
            assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(202);
            String report = awaitReport(run, r -> r.contains("\"endedAt\":\""));

            assertThat(report).contains("\"status\":\"COMPLETED\"");
            assertThat(number(report, "read")).isEqualTo(ROWS);
            assertThat(number(report, "created")).isEqualTo(ROWS);
            assertThat(number(report, "rejected")).isZero();

            Map<String, String[]> expected = expectedAccounts(extract);
            assertThat(expected).hasSize(ROWS);
            for (Map.Entry<String, String[]> account : expected.entrySet()) {
                HttpResponse<String> found = get("api/v1/accounts/" + account.getKey());
                assertThat(found.statusCode()).as(account.getKey()).isEqualTo(200);
                assertThat(found.body()).as(account.getKey())
                        .contains("\"nom\":\"" + account.getValue()[0] + "\"", "\"prenom\":\"" + account.getValue()[1] + "\"");
            }
        } finally {
            servers.stop(SERVER);
        }
    }

    /** Logins as a clean run gives them: the demo staff first (imported at first start), then the extract, in order. */
    private static Map<String, String[]> expectedAccounts(Path extract) throws Exception {
        Set<String> given = new HashSet<>();
        try (InputStream demo = ProvisioningRestartIT.class.getClassLoader().getResourceAsStream("demo/extrait-rh-demo.csv")) {
            new String(demo.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach(line -> {
                String[] f = line.split(";", -1);
                given.add(LoginRule.firstFree(LoginRule.base(f[4], f[2]).orElseThrow(), given));
            });
        }
        Map<String, String[]> expected = new LinkedHashMap<>();
        Files.readAllLines(extract, StandardCharsets.UTF_8).stream().skip(1).forEach(line -> {
            String[] f = line.split(";", -1);
            String login = LoginRule.firstFree(LoginRule.base(f[4], f[2]).orElseThrow(), given);
            given.add(login);
            expected.put(login, new String[] {f[2], f[4]});
        });
        return expected;
    }

    private void startServer() {
        servers.start(SERVER);
        deployer.deploy(EAR);
        Portal.awaitDemoData(base);
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private long startRun(Path extract) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/provisioning/runs?full=false&name=national.csv"))
                .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(extract)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String awaitReport(long run, java.util.function.Predicate<String> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            String report = get("api/v1/provisioning/runs/" + run).body();
            if (condition.test(report)) {
                return report;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Import " + run + " : état attendu non atteint");
    }

    /** The first request signs in with HTTP Basic; the session then carries the DSI for the others. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", Portal.basic("slambert", Portal.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int number(String json, String field) {
        Matcher m = Pattern.compile(NUMBER.pattern().formatted(field)).matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
