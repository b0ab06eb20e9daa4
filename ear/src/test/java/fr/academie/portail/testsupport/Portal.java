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

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

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
        awaitDemoData(baseUrl());
    }

    /** The same, for the server at {@code base} (the restart test has a server of its own). */
    public static void awaitDemoData(String base) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/dossiers/moi"))
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

    /**
     * Provisions people through the API, as the DSI's scripts do (a delta extract: it disables no
     * one), and waits for the run to end.
     */
    public static void provision(String... lines) {
        HttpClient http = HttpClient.newHttpClient();
        String extract = "numen;civilite;nom;nom_naissance;prenom;date_naissance;corps;grade;echelon;date_echelon;"
                + "discipline;uai;fonction;date_entree;date_sortie;email_perso\n" + String.join("\n", lines) + "\n";
        try {
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/provisioning/runs?full=false")))
                    .header("Authorization", basic("slambert", DEMO_PASSWORD)).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(extract)).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                throw new IllegalStateException("Import refusé : " + started.statusCode() + " " + started.body());
            }
            URI run = URI.create(started.headers().firstValue("Location").orElseThrow());
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (Instant.now().isBefore(deadline)) {
                String report = http.send(HttpRequest.newBuilder(run).header("Authorization", basic("slambert", DEMO_PASSWORD))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                if (report.contains("\"endedAt\":\"")) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("Import non terminé : " + run);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new member of staff of the establishment {@code uai}, provisioned through the API, who has
     * chosen {@code password} at their first sign-in (with their NUMEN). Returns their login.
     */
    public static String agentWithPassword(String uai, String firstName, String password) {
        return agentWithPassword(uai, firstName, password, "Mme", "Professeur certifié;Classe normale;5;01/09/2024;Mathématiques");
    }

    /**
     * The same with the dossier's civilité and career: {@code career} is « corps;grade;échelon;date
     * d'échelon;discipline » as the HR extract writes them.
     */
    public static String agentWithPassword(String uai, String firstName, String password, String civilite, String career) {
        String name = "Test" + uniqueLetters();
        String numen = "01E3" + String.format("%06d", new java.util.Random().nextInt(1_000_000)) + "TST";
        provision(numen + ";" + civilite + ";" + name + ";;" + firstName + ";02/02/1985;" + career + ";" + uai
                + ";Enseignant;01/09/2010;;");
        String login = (firstName.substring(0, 1) + name).toLowerCase(java.util.Locale.ROOT);
        WebSession browser = new WebSession();
        browser.open("connexion.xhtml");
        browser.submit("connexion", "seConnecter", "identifiant", login, "motDePasse", numen);
        browser.submit("motdepasse", "enregistrer", "actuel", numen, "nouveau", password, "confirmation", password);
        if (!browser.location().contains("/dossier/mon-dossier.xhtml")) {
            throw new IllegalStateException("Mot de passe non choisi pour " + login + " : " + browser.page().text());
        }
        return login;
    }

    /** Sends a request to the test server; the body is read as UTF-8 text. */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A few letters that make a test's names unique: the test database lives as long as the server. */
    public static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
