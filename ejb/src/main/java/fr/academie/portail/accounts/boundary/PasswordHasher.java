package fr.academie.portail.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
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

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
