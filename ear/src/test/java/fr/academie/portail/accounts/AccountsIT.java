package fr.academie.portail.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.boundary.Accounts;
import fr.academie.portail.accounts.boundary.SignInGuard;
import fr.academie.portail.accounts.boundary.SignInOutcome;
import fr.academie.portail.provisioning.boundary.ProvisioningLauncher;
import fr.academie.portail.provisioning.boundary.ProvisioningRuns;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accounts service on the real server: lockout counted in Infinispan, every attempt audited. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RealEar.withTests(AccountsIT.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    SignInGuard guard;

    @Resource(lookup = "java:jboss/datasources/PortailDS")
    DataSource dataSource;

    @Inject
    ProvisioningLauncher launcher;

    @Inject
    ProvisioningRuns runs;

    @Test
    void failuresLockTheAccountAndEveryAttemptIsAuditedWithoutSecrets() throws Exception {
        String name = "Audit" + letters();
        String numen = "01E22" + String.format("%05d", new Random().nextInt(100_000)) + "AUD";
        provision(numen + ";Mme;" + name + ";;Odile;05/05/1975;;;;;;0750655E;;;;");
        String login = "o" + name.toLowerCase();

        for (int i = 1; i <= 5; i++) {
            assertThat(accounts.signIn(login, "mauvais-" + i, "192.0.2.7").kind()).isEqualTo(SignInOutcome.Kind.REFUSED);
        }
        assertThat(guard.isLocked(login)).isTrue();
        assertThat(accounts.signIn(login, numen, "192.0.2.7").kind()).as("locked").isEqualTo(SignInOutcome.Kind.REFUSED);

        guard.unlock(login);
        SignInOutcome opened = accounts.signIn(" " + login.toUpperCase() + " ", numen.toLowerCase(), "192.0.2.8");
        assertThat(opened.kind()).isEqualTo(SignInOutcome.Kind.MUST_CHANGE_PASSWORD);
        assertThat(opened.login()).isEqualTo(login);

        List<String[]> trail = auditTrail(login);
        assertThat(trail).extracting(event -> event[0]).containsExactly("ACCOUNT_CREATED",
                "SIGN_IN_REFUSED", "SIGN_IN_REFUSED", "SIGN_IN_REFUSED", "SIGN_IN_REFUSED", "SIGN_IN_REFUSED",
                "ACCOUNT_LOCKED", "SIGN_IN_WHILE_LOCKED", "SIGN_IN_WITH_NUMEN");
        assertThat(trail.subList(1, trail.size())).allSatisfy(event -> {
            assertThat(event[1]).as("when").isNotNull();
            assertThat(event[2]).as("from where").startsWith("192.0.2.");
            assertThat(String.valueOf(event[3])).doesNotContain(numen).doesNotContain("mauvais");
        });
    }

    /** Action, time, origin and detail of an account's audit lines, oldest first. */
    private List<String[]> auditTrail(String login) throws Exception {
        List<String[]> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select action, occurred_at, origin, detail from audit_event where target = ? order by id")) {
            s.setString(1, login);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
        }
        return lines;
    }

    private void provision(String line) throws Exception {
        Path extract = Files.createTempFile("extrait-rh-", ".csv");
        Files.writeString(extract, "numen;civilite;nom;nom_naissance;prenom;date_naissance;corps;grade;echelon;"
                + "date_echelon;discipline;uai;fonction;date_entree;date_sortie;email_perso\n" + line + "\n", StandardCharsets.UTF_8);
        long run = launcher.start(extract, "audit.csv", new RunOptions(false, false, 0.02));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (runs.find(run).map(r -> r.getEndedAt() == null).orElse(true)) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        Random random = new Random();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
