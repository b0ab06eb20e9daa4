package fr.academie.portail.demo.boundary;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.academie.portail.accounts.boundary.PasswordHasher;
import fr.academie.portail.accounts.boundary.SecondFactors;
import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.provisioning.boundary.ProvisioningFinished;
import fr.academie.portail.provisioning.boundary.ProvisioningLauncher;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demonstration data, loaded at the first start of a server with {@code portail.demo.enabled}:
 * establishments, then ~200 staff imported through the provisioning job itself, then one account
 * per role with a known password (listed in the README), a few service requests at every stage, and
 * an open mutation campaign, next year's promotion campaigns at the time of opinions, and two
 * internal concours sessions open for registration.
 */
@Singleton
@Startup
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String DEMO_PASSWORD = "Portail-Demo-2026";
    static final String EXTRACT = "demo/extrait-rh-demo.csv";
    static final String ESTABLISHMENTS = "demo/etablissements.csv";

    /** Demo accounts that get a password and roles; every other staff member signs in with their NUMEN. */
    static final Map<String, Set<Role>> ROLE_ACCOUNTS = Map.of(
            "fdurand", Set.of(Role.AGENT),
            "cmoreau", Set.of(Role.AGENT, Role.GESTIONNAIRE_RH),
            "kbenali", Set.of(Role.AGENT, Role.ASSISTANCE),
            "slambert", Set.of(Role.AGENT, Role.DSI),
            "pgarnier", Set.of(Role.AGENT, Role.CHEF_ETABLISSEMENT),
            "ofabre", Set.of(Role.AGENT, Role.INSPECTEUR));

    /**
     * The second factor of the demo's privileged accounts: published secrets (README), so that anyone
     * trying the demo can add them to an authenticator application or compute a code
     * ({@code oathtool --totp -b <secret>}). Never a real account's.
     */
    public static final Map<String, String> DEMO_SECOND_FACTORS = Map.of(
            "cmoreau", "DEMORHCMOREAUPORTAILACADEMIEXXXX",
            "kbenali", "DEMOASSISTANCEKBENALIPORTAILXXXX",
            "slambert", "DEMODSISLAMBERTPORTAILACADEMIEXX");

    @Inject
    SecondFactors secondFactors;

    @Inject
    @ConfigProperty(name = "portail.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    ProvisioningLauncher launcher;

    @Inject
    PasswordHasher hasher;

    @PostConstruct
    void loadOnFirstStart() {
        if (!enabled) {
            return;
        }
        long establishments = em.createQuery("select count(e) from Establishment e", Long.class).getSingleResult();
        if (establishments == 0) {
            readCsv(ESTABLISHMENTS).forEach(line -> em.persist(new Establishment(
                    line.getField("uai"), line.getField("nom"), line.getField("type"), line.getField("commune"),
                    line.getField("zone"))));
            LOG.info("Données de démonstration : établissements créés.");
        }
        if (demoAccountsReady() < ROLE_ACCOUNTS.size()) {
            // Also after an import cut short by a stop: the job only creates what is missing.
            // It starts once the deployment is up, since its chunks call this application's EJBs.
            timers.createSingleActionTimer(500, new TimerConfig("demo-provisioning", false));
            LOG.info("Données de démonstration : import RH de démonstration programmé.");
        }
    }

    private long demoAccountsReady() {
        return em.createQuery("select count(a) from Account a where a.login in :logins and a.passwordHash is not null",
                        Long.class)
                .setParameter("logins", ROLE_ACCOUNTS.keySet())
                .getSingleResult();
    }

    @Timeout
    void startDemoImport() {
        Path extract = Path.of(serverDataDir, "portail", "extrait-rh-demo.csv");
        try (InputStream in = resource(EXTRACT)) {
            Files.createDirectories(extract.getParent());
            Files.copy(in, extract, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a delta run: the demo import only adds what is missing, it never disables anyone
        launcher.start(extract, "extrait-rh-demo.csv", new RunOptions(false, false, RunOptions.DEFAULT_MAX_DISABLED_SHARE));
    }

    /** After the demo import: the role accounts get their password, once (a password changed since is kept). */
    public void grantDemoRoles(@Observes ProvisioningFinished finished) {
        if (!enabled) {
            return;
        }
        ROLE_ACCOUNTS.forEach((login, roles) -> em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login)
                .getResultStream()
                .filter(Account::mustChangePassword)
                .forEach(account -> {
                    roles.forEach(account::grant);
                    account.choosePassword(hasher.hash(DEMO_PASSWORD), java.time.Instant.now());
                    if (DEMO_SECOND_FACTORS.containsKey(login)) {
                        secondFactors.enrolForDemo(login, DEMO_SECOND_FACTORS.get(login));
                    }
                    LOG.info(() -> "Compte de démonstration prêt : " + login + " " + roles);
                }));
        DemoServiceRequests requests = new DemoServiceRequests(em, java.time.Instant.now());
        if (!requests.alreadyThere()) {
            requests.create();
            LOG.info("Données de démonstration : demandes de services créées.");
        }
        DemoTransfers transfers = new DemoTransfers(em, java.time.Instant.now());
        if (!transfers.alreadyThere()) {
            transfers.create();
            LOG.info("Données de démonstration : campagne de mutation ouverte.");
        }
        DemoPromotions promotions = new DemoPromotions(em, java.time.Instant.now());
        if (!promotions.alreadyThere()) {
            promotions.create();
            LOG.info("Données de démonstration : campagnes de promotion ouvertes aux avis.");
        }
        DemoConcours concours = new DemoConcours(em, java.time.Instant.now());
        if (!concours.alreadyThere()) {
            concours.create();
            LOG.info("Données de démonstration : sessions de concours internes ouvertes.");
        }
    }

    private static List<NamedCsvRecord> readCsv(String name) {
        try (Reader reader = new InputStreamReader(resource(name), StandardCharsets.UTF_8);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofNamedCsvRecord(reader)) {
            return csv.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Ressource de démonstration absente : " + name);
        }
        return in;
    }
}
