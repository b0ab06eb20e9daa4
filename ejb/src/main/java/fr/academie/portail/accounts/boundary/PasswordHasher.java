package fr.academie.portail.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Chosen passwords are kept as PBKDF2-HMAC-SHA512 hashes (Jakarta Security). Each stored hash
 * carries its own algorithm, iterations and salt, so the parameters can be raised later without
 * invalidating the hashes already stored.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a random secret nobody knows: what a sign-in without a real hash verifies against. */
    private String standIn;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        standIn = hash(Base64.getEncoder().encodeToString(secret));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Costs what {@link #verify} costs, and is always false. */
    public void verifyStandIn(String password) {
        pbkdf2.verify((password == null ? "" : password).toCharArray(), standIn);
    }
}
