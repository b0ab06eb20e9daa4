package fr.academie.portail.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.testsupport.Portal;
import fr.academie.portail.testsupport.PortalClientTest;
import fr.academie.portail.testsupport.WebSession;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every page and every REST read of the EAR as built, for anonymous visitors and for each demo role,
 * checked against what the WAR itself declares (web.xml's constraints, the resources'
 * {@code @RolesAllowed}): a page or an endpoint added tomorrow is in the matrix without anyone
 * writing a line, and one shipped unguarded shows up as a difference.
 */
class AuthorizationMatrixIT extends PortalClientTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The demo accounts (README) and the roles each holds. */
    private static final Map<String, Set<String>> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("fdurand", Set.of("AGENT"));
        PEOPLE.put("cmoreau", Set.of("AGENT", "GESTIONNAIRE_RH"));
        PEOPLE.put("kbenali", Set.of("AGENT", "ASSISTANCE"));
        PEOPLE.put("slambert", Set.of("AGENT", "DSI"));
        PEOPLE.put("pgarnier", Set.of("AGENT", "CHEF_ETABLISSEMENT"));
        PEOPLE.put("ofabre", Set.of("AGENT", "INSPECTEUR"));
    }

    /** What a page needs to show something: a person of the head's own establishment, to be read by HR and the head. */
    private static final Map<String, String> SAMPLE_QUERIES = Map.of("/dossier/agent.xhtml", "?login=elefevre");

    private record Constraint(String pattern, Set<String> roles, boolean open) {
    }

    @Test
    void everyPageOpensToItsRolesOnly() throws Exception {
        byte[] war = war();
        List<String> pages = pages(war);
        List<Constraint> constraints = constraints(war);
        assertThat(pages).as("the inventory").contains("/accueil.xhtml", "/dsi/imports.xhtml", "/connexion.xhtml").hasSizeGreaterThan(30);

        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put(null, null);
        PEOPLE.keySet().forEach(login -> sessions.put(login, signedIn(login)));
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (String page : pages) {
            for (var session : sessions.entrySet()) {
                String login = session.getKey();
                boolean allowed = allows(constraints, page, login == null ? null : PEOPLE.get(login));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(page.substring(1)
                        + SAMPLE_QUERIES.getOrDefault(page, ""))));
                if (session.getValue() != null) {
                    request.header("Cookie", session.getValue());
                }
                HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                boolean toSignIn = answer.statusCode() == 302
                        && answer.headers().firstValue("Location").orElse("").endsWith("/connexion.xhtml");
                String who = (login == null ? "anonymous" : login) + " on " + page;
                if (allowed) {
                    softly.assertThat(answer.statusCode()).as(who).isNotIn(403, 500);
                    softly.assertThat(toSignIn).as(who + " sent to sign in").isFalse();
                } else if (login == null) {
                    softly.assertThat(toSignIn).as(who + " sent to sign in").isTrue();
                } else {
                    softly.assertThat(answer.statusCode()).as(who).isEqualTo(403);
                }
                if (answer.statusCode() == 200) {
                    softly.assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                            .as(who + " CSP").contains("frame-ancestors 'none'", "'nonce-");
                    softly.assertThat(answer.headers().firstValue("Cache-Control")).as(who).hasValue("no-store");
                }
                checked++;
            }
        }
        softly.assertAll();
        assertThat(checked).isEqualTo(pages.size() * sessions.size());
    }

    @Test
    void aSessionThatOwesAStepOpensThatStepOnly() throws Exception {
        List<String> pages = pages(war());
        Set<String> open = Set.of("/connexion.xhtml", "/mot-de-passe-perdu.xhtml", "/erreur/session-expiree.xhtml");

        WebSession passwordOnly = new WebSession();
        passwordOnly.open("connexion.xhtml");
        passwordOnly.submit("connexion", "seConnecter", "identifiant", "slambert", "motDePasse", Portal.DEMO_PASSWORD);
        assertThat(passwordOnly.location()).startsWith("/deuxieme-facteur.xhtml");

        String numen = "01E28" + String.format("%05d", (int) (Math.random() * 100_000)) + "MAT";
        String name = "Matrice" + Portal.uniqueLetters();
        Portal.provision(numen + ";Mme;" + name + ";;Maud;07/07/1987;;;;;;0750655E;;;;");
        WebSession numenOnly = new WebSession();
        numenOnly.open("connexion.xhtml");
        numenOnly.submit("connexion", "seConnecter", "identifiant", "m" + name.toLowerCase(), "motDePasse", numen);
        assertThat(numenOnly.location()).startsWith("/mot-de-passe.xhtml");

        SoftAssertions softly = new SoftAssertions();
        for (var pending : Map.of("/deuxieme-facteur.xhtml", passwordOnly, "/mot-de-passe.xhtml", numenOnly).entrySet()) {
            String cookie = "JSESSIONID=" + pending.getValue().cookie("JSESSIONID");
            for (String page : pages) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url(page.substring(1))))
                        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
                String who = "a session owing " + pending.getKey() + " on " + page;
                if (open.contains(page) || page.equals(pending.getKey())) {
                    softly.assertThat(answer.statusCode()).as(who).isEqualTo(200);
                } else {
                    softly.assertThat(answer.statusCode()).as(who).isEqualTo(302);
                    softly.assertThat(answer.headers().firstValue("Location").orElse("")).as(who).endsWith(pending.getKey());
                }
            }
            HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/dossiers/moi")))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            softly.assertThat(api.statusCode()).as("the API, with that session only").isEqualTo(401);
        }
        softly.assertAll();
    }

    @Test
    void everyRestReadOpensToItsRolesOnly() throws Exception {
        List<String> checked = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (Class<?> resource : resources(war())) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                if (!method.isAnnotationPresent(GET.class)) {
                    continue;
                }
                String path = base + (method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
                path = path.replace("{login}", "fdurand").replaceAll("\\{[^}]+}", "1").replace("//", "/");
                Set<String> roles = roles(resource, method);
                HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/" + path))).build(),
                        HttpResponse.BodyHandlers.ofString());
                softly.assertThat(anonymous.statusCode()).as("anonymous on " + path).isEqualTo(401);
                for (var person : PEOPLE.entrySet()) {
                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url("api/v1/" + path)))
                            .header("Authorization", Portal.basic(person.getKey(), Portal.DEMO_PASSWORD)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    boolean allowed = roles == null || person.getValue().stream().anyMatch(roles::contains);
                    String who = person.getKey() + " on GET " + path;
                    softly.assertThat(answer.statusCode()).as(who).isNotIn(401, 500);
                    if (!allowed) {
                        softly.assertThat(answer.statusCode()).as(who).isEqualTo(403);
                    }
                }
                checked.add(path);
            }
        }
        softly.assertAll();
        assertThat(checked).as("the API's reads").contains("provisioning/runs", "dossiers/moi").hasSizeGreaterThan(20);
    }

    /** {@code null}: any signed-in caller. */
    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of(method.getAnnotation(RolesAllowed.class).value());
        }
        if (method.isAnnotationPresent(PermitAll.class) || !resource.isAnnotationPresent(RolesAllowed.class)) {
            return null;
        }
        return Set.of(resource.getAnnotation(RolesAllowed.class).value());
    }

    /** The servlet rule: the constraints of the best-matching pattern (exact, then the longest prefix) decide. */
    private static boolean allows(List<Constraint> constraints, String page, Set<String> roles) {
        int best = -1;
        List<Constraint> deciding = new ArrayList<>();
        for (Constraint constraint : constraints) {
            int score = constraint.pattern().equals(page) ? Integer.MAX_VALUE
                    : constraint.pattern().endsWith("/*") && page.startsWith(constraint.pattern().substring(0, constraint.pattern().length() - 1))
                    ? constraint.pattern().length() : -1;
            if (score > best) {
                best = score;
                deciding.clear();
            }
            if (score == best && score >= 0) {
                deciding.add(constraint);
            }
        }
        if (deciding.isEmpty() || deciding.stream().anyMatch(Constraint::open)) {
            return true;
        }
        if (roles == null) {
            return false;
        }
        return deciding.stream().anyMatch(c -> c.roles().contains("**") || roles.stream().anyMatch(c.roles()::contains));
    }

    private static String signedIn(String login) {
        WebSession browser = new WebSession();
        browser.signIn(login, Portal.DEMO_PASSWORD);
        assertThat(browser.location()).as(login + " signed in").startsWith("/accueil.xhtml");
        return "JSESSIONID=" + browser.cookie("JSESSIONID");
    }

    private static byte[] war() throws Exception {
        try (ZipFile ear = new ZipFile(new File(System.getProperty("portail.ear", "target/portail.ear")))) {
            ZipEntry war = ear.getEntry("portail-web.war");
            try (InputStream in = ear.getInputStream(war)) {
                return in.readAllBytes();
            }
        }
    }

    private static List<String> pages(byte[] war) throws Exception {
        List<String> pages = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(war))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/") && !name.startsWith("resources/")) {
                    pages.add("/" + name);
                }
            }
        }
        return new ArrayList<>(new TreeSet<>(pages));
    }

    private static List<Class<?>> resources(byte[] war) throws Exception {
        List<Class<?>> resources = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(war))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(name.substring("WEB-INF/classes/".length(), name.length() - 6).replace('/', '.'),
                            false, AuthorizationMatrixIT.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        return resources;
    }

    private static List<Constraint> constraints(byte[] war) throws Exception {
        byte[] webXml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(war))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("WEB-INF/web.xml")) {
                    webXml = zip.readAllBytes();
                }
            }
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(webXml));
        List<Constraint> constraints = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element constraint = (Element) list.item(i);
            NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
            Set<String> roles = new TreeSet<>();
            NodeList names = constraint.getElementsByTagNameNS("*", "role-name");
            for (int r = 0; r < names.getLength(); r++) {
                roles.add(names.item(r).getTextContent().strip());
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                constraints.add(new Constraint(patterns.item(p).getTextContent().strip(), roles, auth.getLength() == 0));
            }
        }
        return constraints;
    }
}
