package fr.academie.portail.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.provisioning.boundary.ExtractStore;
import fr.academie.portail.provisioning.boundary.ProvisioningLauncher;
import fr.academie.portail.provisioning.boundary.ProvisioningSchedule;
import fr.academie.portail.provisioning.entity.RunOptions;
import fr.academie.portail.testsupport.RealEar;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provisioning job on the real server: logins by the real rule, rejected lines with their
 * number and a French reason, idempotent re-runs, and no NUMEN in clear anywhere in the database.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningJobIT {

    private static final String HEADER = "numen;civilite;nom;nom_naissance;prenom;date_naissance;corps;grade;"
            + "echelon;date_echelon;discipline;uai;fonction;date_entree;date_sortie;email_perso";

    @Deployment
    static EnterpriseArchive deployment() {
        return RealEar.withTests(ProvisioningJobIT.class);
    }

    @Inject
    ProvisioningLauncher launcher;

    @Inject
    ProvisioningSchedule schedule;

    @Inject
    ExtractStore store;

    @Resource(lookup = "java:jboss/datasources/PortailDS")
    DataSource dataSource;

    @Test
    void createsAccountsByTheLoginRuleAndReportsEveryBadLine() throws Exception {
        // A surname of its own, so the demo data's people never meet these ones.
        String name = "Arquillien" + suffix();
        String lower = name.toLowerCase();
        Path extract = write(StandardCharsets.UTF_8, "\uFEFF" + HEADER,
                "01E2011111AQA;Mme;" + name + ";;Élise;12/03/1980;Professeur certifié;Classe normale;7;01/09/2022;Anglais;0750655E;Enseignant;01/09/2005;;",
                "01E2011111AQB;M.;" + name + ";;Émile;13/03/1981;Professeur certifié;Classe normale;6;01/09/2022;Anglais;0750655E;Enseignant;01/09/2006;;",
                "01E2011111AQC;M.;" + name + ";;Éric;14/03/1982;Professeur agrégé;Classe normale;5;01/09/2022;Anglais;0750680G;Enseignant;01/09/2007;01/01/2020;",
                "12345;M.;Martin;;Paul;14/03/1982;;;;;;0750680G;;;;",
                "01E2011111AQD;M.;Martin;;Paul;14/03/1982;;;;;;0999999Z;;;;",
                "01E2011111AQE;M.;Martin;;Paul;31/02/1990;;;;;;0750680G;;;;",
                "01E2011111AQF;M.;Martin",
                "01E2011111AQA;Mme;" + name + ";;Élise;12/03/1980;Professeur certifié;Classe normale;7;01/09/2022;Anglais;0750655E;Enseignant;01/09/2005;;",
                "\"01E2011111AQG\";M.;\"D'" + name + "-Le Goff\";;Jean-Pierre;01/01/1975;;;;;;0750693W;;;;");

        long run = runToCompletion(extract);

        assertThat(outcome(run)).as("a full extract that leaves out nearly everyone disables no one")
                .first().isEqualTo("THRESHOLD_EXCEEDED");
        assertThat(outcome(run).get(1)).contains("aucun compte n'a été désactivé", "au-delà du seuil de 2 %");
        assertThat(loginsOf(lower)).containsExactly(
                Map.entry("earquillien" + suffixOf(lower), "ACTIVE"),
                Map.entry("earquillien" + suffixOf(lower) + "1", "ACTIVE"),
                Map.entry("earquillien" + suffixOf(lower) + "2", "DISABLED"),
                // the base is cut to 20 characters before any suffix
                Map.entry(("jdarquillien" + suffixOf(lower) + "-legoff").substring(0, 20), "ACTIVE"));
        assertThat(counts(run)).containsExactly(9, 4, 0, 0, 1, 5);
        List<String> rejects = rejects(run);
        assertThat(rejects).hasSize(5);
        assertThat(rejects.get(0)).startsWith("5|**345|").contains("NUMEN invalide");
        assertThat(rejects.get(1)).startsWith("6|**********AQD|").contains("Établissement inconnu : UAI 0999999Z");
        assertThat(rejects.get(2)).startsWith("7|").contains("Date invalide dans le champ date_naissance : « 31/02/1990 »");
        assertThat(rejects.get(3)).startsWith("8|").contains("Nombre de champs incorrect : 3 au lieu de 16");
        assertThat(rejects.get(4)).startsWith("9|**********AQA|").contains("NUMEN déjà présent plus haut dans le fichier (ligne 2)");

        assertNoNumenInClear("01E2011111AQA", "01E2011111AQB", "01E2011111AQC", "01E2011111AQG");

        long rerun = runToCompletion(extract);
        assertThat(counts(rerun)).as("the same file again changes nothing").containsExactly(9, 0, 0, 4, 0, 5);
        assertThat(loginsOf(lower)).hasSize(4);
    }

    @Test
    void aBrokenHeaderRejectsTheFileWithoutCreatingAnyone() throws Exception {
        Path extract = write(StandardCharsets.UTF_8, "numen;nom;prenom;date_naissance;salaire",
                "01E2022222BBB;Entete" + suffix() + ";Paul;01/01/1980;1000");
        long run = runToCompletion(extract);
        assertThat(counts(run)).containsExactly(1, 0, 0, 0, 0, 1);
        assertThat(outcome(run)).first().isEqualTo("THRESHOLD_EXCEEDED");
        assertThat(rejects(run)).singleElement().asString()
                .startsWith("1|")
                .contains("Colonnes obligatoires absentes de l'en-tête : uai.")
                .contains("Colonnes inconnues dans l'en-tête : salaire.");
    }

    @Test
    void aFileThatIsNotUtf8OrIsEmptyIsReportedNotCrashed() throws Exception {
        Path latin1 = write(Charset.forName("ISO-8859-1"), HEADER,
                "01E2033333CCC;Mme;Lefèvre" + suffix() + ";;Hélène;12/03/1980;;;;;;0750655E;;;;");
        long run = runToCompletion(latin1);
        assertThat(rejects(run)).singleElement().asString().contains("n'est pas encodé en UTF-8");
        assertThat(counts(run).get(1)).as("created").isZero();

        Path empty = write(StandardCharsets.UTF_8, "");
        assertThat(rejects(runToCompletion(empty))).singleElement().asString().contains("Fichier vide");
    }

    private long runToCompletion(Path extract) throws Exception {
        return runToCompletion(extract, RunOptions.nightly());
    }

    /** Runs the job and waits for its report to be closed; answers the run's number. */
    private long runToCompletion(Path extract, RunOptions options) throws Exception {
        return awaitEnd(launcher.start(extract, extract.getFileName().toString(), options));
    }

    /** Waits for a run's report to be closed. */
    private long awaitEnd(long run) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("select ended_at from provisioning_run where job_instance_id = ?")) {
                s.setLong(1, run);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getTimestamp(1) != null) {
                        return run;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Import " + run + " non terminé après 2 minutes");
    }

    /** Status and message of a run's report. */
    private List<String> outcome(long run) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select status, message from provisioning_run where job_instance_id = ?")) {
            s.setLong(1, run);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return java.util.Arrays.asList(r.getString(1), String.valueOf(r.getString(2)));
            }
        }
    }

    @Test
    void everyBrokenLineIsReportedAndEveryValidLineStillGoesThrough() throws Exception {
        String name = "Robuste" + suffix();
        String valid = ";Mme;" + name + ";;Rose;01/02/1985;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;";
        Path extract = write(StandardCharsets.UTF_8, HEADER,
                "01E2077777GGA" + valid,
                "01E2077777GGB" + valid + ";en trop",
                "01E2077777GGC;M.;" + name + ";;Rémi;01/02/1985;;;;;Lettres\u0007;0750655E;;;;",
                "01E2077777GGD;M.;" + name + ";;Raoul;01/02/1985;;;;;;0750655E;" + "x".repeat(1_000_000) + ";;;",
                "01E2077777GGE;M.;=cmd|' /C calc'!A0;;Rita;01/02/1985;;;;;;0750655E;;;;",
                "01E2077777GGF;M.;" + name + ";;Régis;01/02/1985;;;;;;0750655E;;;;",
                "01E2077777GGG;M.;\"" + name + ";;Romain;01/02/1985;;;;;;0750655E;;;;",
                "01E2077777GGH;M.;" + name + ";;Rachid;01/02/1985;;;;;;0750655E;;;;");
        long run = runToCompletion(extract, new RunOptions(false, false, 0.02));

        assertThat(loginsOf(name.toLowerCase())).containsOnlyKeys("r" + name.toLowerCase(), "r" + name.toLowerCase() + "1");
        List<String> rejects = rejects(run);
        assertThat(rejects).hasSize(5);
        assertThat(rejects.get(0)).startsWith("3|").contains("Nombre de champs incorrect : 17 au lieu de 16");
        assertThat(rejects.get(1)).startsWith("4|").contains("Caractère de contrôle interdit dans le champ discipline");
        assertThat(rejects.get(2)).startsWith("5|").contains("Champ fonction trop long (au plus 100 caractères)");
        assertThat(rejects.get(3)).startsWith("6|").contains("Caractères non autorisés dans le champ nom");
        assertThat(rejects.get(4)).startsWith("8|").contains("guillemet ouvrant sans guillemet fermant");
    }

    @Test
    void theNightlyRunImportsTheFileHrDroppedInTheInbox() throws Exception {
        assertThat(schedule.importInbox()).as("no file tonight: nothing runs").isEmpty();

        String name = "Nocturne" + suffix();
        Path dropped = store.inbox().resolve(ExtractStore.NIGHTLY_FILE);
        Files.move(write(StandardCharsets.UTF_8, HEADER,
                "01E2088888HHA;Mme;" + name + ";;Nina;01/02/1985;;;;;;0750655E;;;;"), dropped);
        long run = awaitEnd(schedule.importInbox().orElseThrow());
        assertThat(dropped).as("taken out of the inbox").doesNotExist();
        // a full extract of one person: far beyond the threshold, so it disables no one
        assertThat(outcome(run)).first().isEqualTo("THRESHOLD_EXCEEDED");
        assertThat(loginsOf(name.toLowerCase())).containsOnlyKeys("n" + name.toLowerCase());
    }

    @Test
    void aHeaderOnlyFileChangesNothing() throws Exception {
        long run = runToCompletion(write(StandardCharsets.UTF_8, HEADER, ""), new RunOptions(false, false, 0.02));
        assertThat(counts(run)).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(outcome(run)).first().isEqualTo("COMPLETED");
    }

    @Test
    void aDryRunReportsEveryChangeAndWritesNone() throws Exception {
        String name = "Simulation" + suffix();
        Path delta = write(StandardCharsets.UTF_8, HEADER,
                "01E2044444DDA;Mme;" + name + ";;Anne;01/02/1985;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;");
        long first = runToCompletion(delta, new RunOptions(false, false, 0.02));
        int auditedBefore = auditLinesAbout(name.toLowerCase());

        Path changes = write(StandardCharsets.UTF_8, HEADER,
                "01E2044444DDA;Mme;" + name + ";;Anne;01/02/1985;Professeur certifié;Classe normale;5;01/09/2025;Anglais;0750655E;Enseignant;01/09/2010;;",
                "01E2044444DDB;M.;" + name + ";;Alain;01/02/1986;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;",
                "01E2044444DDC;M.;" + name + ";;Arthur;01/02/1987;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;",
                "01E2044444DDD;M.;" + name + ";;Aline;01/02/1987;;;;;;0750655E;;;01/01/2021;");
        long dryRun = runToCompletion(changes, new RunOptions(true, false, 0.02));

        assertThat(counts(dryRun)).as("read, created, updated, unchanged, disabled, rejected").containsExactly(4, 3, 1, 0, 1, 0);
        assertThat(loginsOf(name.toLowerCase())).as("nothing written").containsOnlyKeys("a" + name.toLowerCase());
        assertThat(echelonOf(name, "Anne")).isEqualTo(4);
        assertThat(auditLinesAbout(name.toLowerCase())).as("no audit line either").isEqualTo(auditedBefore);

        long real = runToCompletion(changes, new RunOptions(false, false, 0.02));
        assertThat(counts(real)).as("the real run does what the dry run said").containsExactly(4, 3, 1, 0, 1, 0);
        String lower = name.toLowerCase();
        assertThat(loginsOf(lower)).containsExactly(Map.entry("a" + lower, "ACTIVE"), Map.entry("a" + lower + "1", "ACTIVE"),
                Map.entry("a" + lower + "2", "ACTIVE"), Map.entry("a" + lower + "3", "DISABLED"));
        assertThat(echelonOf(name, "Anne")).isEqualTo(5);
        assertThat(historyOf(name, "Anne")).as("each version of the dossier signed by the import that wrote it")
                .containsExactly("import RH|Extraction RH, import n° " + first + "|4",
                        "import RH|Extraction RH, import n° " + real + "|5");
        assertThat(historyOf(name, "Arthur")).containsExactly("import RH|Extraction RH, import n° " + real + "|4");
        assertThat(auditLinesAbout(name.toLowerCase())).as("three accounts created, one of them disabled at once")
                .isEqualTo(auditedBefore + 4);
    }

    @Test
    void aNumenRepeatedFarBelowIsRejectedWithTheLineOfItsFirstAppearance() throws Exception {
        String name = "Longue" + suffix();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 520; i++) {
            lines.add(String.format("01E%07dLLA;M.;%s;;Luc;01/02/1980;;;;;;0750655E;;;;", i, name));
        }
        // line 2 of the file again, 520 lines later
        lines.add(lines.get(1));
        long run = runToCompletion(write(StandardCharsets.UTF_8, lines.toArray(String[]::new)), new RunOptions(false, false, 0.02));

        assertThat(counts(run)).containsExactly(521, 520, 0, 0, 0, 1);
        assertThat(rejects(run)).singleElement().asString()
                .startsWith("522|**********LLA|").contains("NUMEN déjà présent plus haut dans le fichier (ligne 2)");
    }

    @Test
    void aDossierWithoutFingerprintIsComparedThenFingerprintedAndAChangedOneUpdated() throws Exception {
        String name = "Empreinte" + suffix();
        String anne = "01E2055555EEA;Mme;" + name + ";;Anne;01/02/1985;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;";
        String alain = "01E2055555EEB;M.;" + name + ";;Alain;01/02/1986;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;";
        Path extract = write(StandardCharsets.UTF_8, HEADER, anne, alain);
        runToCompletion(extract, new RunOptions(false, false, 0.02));
        assertThat(fingerprintsOf(name)).as("written with the dossier").doesNotContainNull().hasSize(2);

        // as a dossier stored before fingerprints existed
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update agent set fingerprint = null where nom = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
        long again = runToCompletion(write(StandardCharsets.UTF_8, HEADER, anne,
                alain.replace(";Classe normale;4;", ";Classe normale;5;")), new RunOptions(false, false, 0.02));

        assertThat(counts(again)).as("read, created, updated, unchanged, disabled, rejected").containsExactly(2, 0, 1, 1, 0, 0);
        assertThat(echelonOf(name, "Alain")).isEqualTo(5);
        assertThat(fingerprintsOf(name)).as("both fingerprinted again").doesNotContainNull().hasSize(2);
        long third = runToCompletion(write(StandardCharsets.UTF_8, HEADER, anne,
                alain.replace(";Classe normale;4;", ";Classe normale;5;")), new RunOptions(false, false, 0.02));
        assertThat(counts(third)).containsExactly(2, 0, 0, 2, 0, 0);
    }

    private List<Long> fingerprintsOf(String name) throws SQLException {
        List<Long> fingerprints = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select fingerprint from agent where nom = ? order by prenom")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long value = r.getLong(1);
                    fingerprints.add(r.wasNull() ? null : value);
                }
            }
        }
        return fingerprints;
    }

    private int auditLinesAbout(String lowerName) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from audit_event where target like ?")) {
            s.setString(1, "%" + lowerName + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The dossier's versions kept by Envers, oldest first: author|reason|échelon. */
    private List<String> historyOf(String name, String firstName) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select r.author, r.reason, h.echelon from agent_historique h"
                     + " join dossier_revision r on r.id = h.REV where h.nom = ? and h.prenom = ? order by h.REV")) {
            s.setString(1, name);
            s.setString(2, firstName);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3));
                }
            }
        }
        return versions;
    }

    @Test
    void aFullExtractDisablesTheActiveAccountsItNoLongerLists() throws Exception {
        String name = "Complet" + suffix();
        String kept = "01E2055555EEA;Mme;" + name + ";;Inès;01/02/1985;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;";
        String left = "01E2055555EEB;M.;" + name + ";;Ivan;01/02/1986;Professeur certifié;Classe normale;4;01/09/2023;Anglais;0750655E;Enseignant;01/09/2010;;";
        runToCompletion(write(StandardCharsets.UTF_8, HEADER, kept, left), new RunOptions(false, false, 0.02));

        // Everyone in post: the demo staff and the one who stays; the other has left the académie.
        List<String> full = new ArrayList<>(demoExtractLines());
        full.add(kept);
        // The other system tests add staff this extract does not list: the safety threshold (tested
        // on its own below) is set high enough here for the run to disable them all.
        long run = runToCompletion(write(StandardCharsets.UTF_8, full.toArray(String[]::new)), new RunOptions(false, true, 0.5));

        assertThat(outcome(run)).first().isEqualTo("COMPLETED");
        assertThat(outcome(run).get(1)).contains("absent(s) du fichier complet : désactivé(s)");
        assertThat(loginsOf(name.toLowerCase())).containsExactly(
                Map.entry("i" + name.toLowerCase(), "ACTIVE"),
                Map.entry("i" + name.toLowerCase() + "1", "DISABLED"));
        assertThat(loginsOf("pierrard")).containsEntry("mpierrard", "ACTIVE");
    }

    private List<String> demoExtractLines() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/extrait-rh-demo.csv")) {
            assertThat(in).as("the demo extract").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private int echelonOf(String name, String firstName) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select echelon from agent where nom = ? and prenom = ?")) {
            s.setString(1, name);
            s.setString(2, firstName);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getInt(1);
            }
        }
    }

    private Map<String, String> loginsOf(String lowerName) throws SQLException {
        Map<String, String> logins = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select a.login, a.status from account a join agent g on g.id = a.agent_id"
                     + " where lower(g.nom) like ? order by a.id")) {
            s.setString(1, "%" + lowerName + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    logins.put(r.getString(1), r.getString(2));
                }
            }
        }
        return logins;
    }

    private List<Integer> counts(long run) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select rows_read, created, updated, unchanged, disabled, rejected"
                     + " from provisioning_run where job_instance_id = ?")) {
            s.setLong(1, run);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("report of run " + run).isTrue();
                List<Integer> counts = new ArrayList<>();
                for (int i = 1; i <= 6; i++) {
                    counts.add(r.getInt(i));
                }
                return counts;
            }
        }
    }

    private List<String> rejects(long run) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select line_number, masked_numen, reason from provisioning_reject"
                     + " where job_instance_id = ? order by line_number")) {
            s.setLong(1, run);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3));
                }
            }
        }
        return lines;
    }

    /** Reads every text cell of every table: none may hold a NUMEN. */
    private void assertNoNumenInClear(String... numens) throws SQLException {
        int cellsRead = 0;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = meta.getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    String schema = r.getString("TABLE_SCHEM");
                    if (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
                        tables.add(r.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables).isNotEmpty();
            String quote = meta.getIdentifierQuoteString();
            for (String table : tables) {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("select * from " + quote + table + quote)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = r.getObject(i);
                            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                                    : String.valueOf(value);
                            cellsRead++;
                            for (String numen : numens) {
                                assertThat(text.toUpperCase()).as(table + " column " + i).doesNotContain(numen);
                            }
                        }
                    }
                }
            }
        }
        assertThat(cellsRead).isGreaterThan(100);
    }

    private static Path write(Charset charset, String... lines) throws IOException {
        Path file = Files.createTempFile("extrait-rh-", ".csv");
        Files.writeString(file, String.join("\r\n", lines) + (lines.length > 1 ? "\r\n" : ""), charset);
        return file;
    }

    /** A few letters that make this run's names unique (the memory database lives as long as the server). */
    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            if (Character.isLetter(c) && letters.length() < 4) {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    private static String suffixOf(String lowerName) {
        return lowerName.substring("arquillien".length());
    }
}
