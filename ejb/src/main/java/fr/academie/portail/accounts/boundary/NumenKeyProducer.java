package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.NumenKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the NUMEN key from the server's configuration ({@code portail.numen-key}, set from the
 * {@code PORTAIL_NUMEN_KEY} environment variable): never from the database.
 */
@ApplicationScoped
public class NumenKeyProducer {

    /** The key of the demonstration server; a production server must set its own. */
    static final String DEMO_KEY = "portail-demo-key-not-for-production";

    private static final Logger LOG = Logger.getLogger(NumenKeyProducer.class.getName());

    @Inject
    @ConfigProperty(name = "portail.numen-key")
    String secret;

    private NumenKey key;

    @PostConstruct
    void init() {
        if (DEMO_KEY.equals(secret)) {
            LOG.warning("Clé NUMEN de démonstration utilisée : définir PORTAIL_NUMEN_KEY en production.");
        }
        key = new NumenKey(secret);
    }

    @Produces
    NumenKey numenKey() {
        return key;
    }
}
