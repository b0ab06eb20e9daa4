package fr.academie.portail.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA-256) of a NUMEN. The key comes from the server's configuration, never
 * from the database, so a stolen database does not let anyone confirm a guessed NUMEN.
 */
public final class NumenKey {

    private static final String ALGORITHM = "HmacSHA256";
    public static final int MIN_SECRET_LENGTH = 16;

    /** Initialised once; each hash works on a copy, so that threads may hash at the same time. */
    private final Mac prototype;

    public NumenKey(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "The NUMEN key must hold at least " + MIN_SECRET_LENGTH + " characters");
        }
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    /** Lower-case hexadecimal HMAC of the canonical (upper-case) NUMEN: 64 characters. */
    public String hash(String numen) {
        try {
            Mac mac = (Mac) prototype.clone();
            byte[] digest = mac.doFinal(Numen.canonical(numen).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA-256 cannot be copied", e);
        }
    }

    /** Constant-time comparison of a typed NUMEN with a stored hash. */
    public boolean matches(String typed, String storedHash) {
        if (typed == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(typed).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
