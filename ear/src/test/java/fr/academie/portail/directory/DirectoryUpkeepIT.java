package fr.academie.portail.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.provisioning.boundary.ProvisioningLauncher;
import fr.academie.portail.provisioning.entity.RunOptions;
import fr.academie.portail.testsupport.RealEar;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annuaire step of an HR import on the real server: it looks only at the people the import
 * touched on a quiet night, and over everyone when something else changed since it last followed
 * (an establishment renamed, an import that wrote and failed before reaching it).
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryUpkeepIT {

    private static final String HEADER = "numen;civilite;nom;nom_naissance;prenom;date_naissance;corps;grade;"
            + "echelon;date_echelon;discipline;uai;fonction;date_entree;date_sortie;email_perso";
    private static final Random RANDOM = new Random();

    @Deployment
    static EnterpriseArchive deployment() {
        return RealEar.withTests(DirectoryUpkeepIT.class);
    }

    @Inject
    ProvisioningLauncher launcher;

    @Resource(lookup = "java:jboss/datasources/PortailDS")
    DataSource dataSource;

    @Test
    void aRenamedEstablishmentReachesItsEntriesAtTheNextImport() throws Exception {
        String uai = String.format("09%05dX", RANDOM.nextInt(100_000));
        sql("insert into establishment (id, uai, name, kind, commune) values (?, ?, 'Collège des Tilleuls', 'Collège',"
                + " 'Vincennes')", 9_000_000_000L + RANDOM.nextInt(1_000_000), uai);
        String name = "Tilleul" + letters();
        importLines(person(name, "Anne", uai, "Enseignant"));
        assertThat(entry(name, "establishment_name")).isEqualTo("Collège des Tilleuls");

        sql("update establishment set name = 'Collège Simone-Veil' where uai = ?", uai);
        importLines(person("Autre" + letters(), "Paul", "0750655E", "Enseignant"));

        assertThat(entry(name, "establishment_name")).as("not touched by the import, followed all the same")
                .isEqualTo("Collège Simone-Veil");
    }

    @Test
    void aQuietImportLooksOnlyAtWhomItTouchedAndOneAfterAFailedImportAtEveryone() throws Exception {
        String name = "Suivi" + letters();
        importLines(person(name, "Claire", "0750655E", "Enseignant"));
        // a change the annuaire is not told about, as an import's chunk committed before it failed
        sql("update agent set fonction = 'Documentaliste' where nom = ?", name);

        importLines(person("Calme" + letters(), "Luc", "0750655E", "Enseignant"));
        assertThat(entry(name, "fonction")).as("a quiet night: only the people it touched").isEqualTo("Enseignant");

        // the failed import had noted, before writing, that it would
        sql("insert into directory_pending_run (job_instance_id) values (?)", 987_654_321L);
        importLines(person("Apres" + letters(), "Marc", "0750655E", "Enseignant"));

        assertThat(entry(name, "fonction")).as("after a failed import: everyone").isEqualTo("Documentaliste");
        assertThat(count("select count(*) from directory_pending_run")).as("all followed now").isZero();
    }

    private static String person(String name, String firstName, String uai, String function) {
        String numen = String.format("01E%07d%s", RANDOM.nextInt(10_000_000), letters().substring(0, 3).toUpperCase());
        return numen + ";Mme;" + name + ";;" + firstName + ";01/02/1985;Professeur certifié;Classe normale;4;01/09/2023;"
                + "Anglais;" + uai + ";" + function + ";01/09/2010;;";
    }

    /** A delta import of these lines, to its end. */
    private void importLines(String... lines) throws Exception {
        Path file = Files.createTempFile("extrait-rh-", ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        long run = launcher.start(file, file.getFileName().toString(), new RunOptions(false, false, 0.02));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (count("select count(*) from provisioning_run where job_instance_id = " + run + " and ended_at is not null") == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Import " + run + " non terminé après 2 minutes");
    }

    private String entry(String name, String column) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select d." + column
                     + " from directory_entry d join agent a on a.id = d.agent_id where a.nom = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("entry of " + name).isTrue();
                return r.getString(1);
            }
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }
}
