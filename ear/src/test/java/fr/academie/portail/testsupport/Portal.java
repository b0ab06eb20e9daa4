package fr.academie.portail.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The test server as a client sees it: its address, and the demo data it loads at first start. */
public final class Portal {

    /** Demo accounts (see the README): the same for every test run, on a fresh database. */
    public static final String DEMO_PASSWORD = "Portail-Demo-2026";

    private Portal() {
    }

    public static String baseUrl() {
        return System.getProperty("portail.test.base-url", "http://127.0.0.1:8180/portail/");
    }

    public static String url(String path) {
        return baseUrl() + path;
    }

    public static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits until the first start's demo import is over (the demo accounts get their password at
     * its end). The import runs in the background, so the first test may arrive before it ends.
     */
    public static void awaitDemoData() {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/dossiers/moi")))
                        .header("Authorization", basic("fdurand", DEMO_PASSWORD)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                Thread.sleep(1000);
            } catch (java.io.IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Les données de démonstration ne sont pas prêtes après 3 minutes");
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
