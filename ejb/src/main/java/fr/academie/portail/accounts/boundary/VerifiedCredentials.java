package fr.academie.portail.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The API authenticates every call by its credentials, and a password costs a 200 ms hash to
 * verify: a script's thousand calls would be a thousand hashes and a thousand sign-ins in the
 * audit. A login and password verified a moment ago are remembered for {@link #LIFETIME}, on this
 * server only, under an HMAC with a key drawn at start-up (never the password itself), and
 * forgotten as soon as the account's password changes or is reset here (another server of a
 * cluster forgets it within the lifetime).
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** How many times each account's password changed here: a check begun before a change is not remembered. */
    private final Map<String, Long> changes = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    Clock clock = Clock.systemUTC();

    record Verified(SignInOutcome outcome, Instant until) {
    }

    public VerifiedCredentials() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** The outcome of the same login and password verified within the lifetime, or null. */
    SignInOutcome recall(String login, String password) {
        Verified entry = verified.get(fingerprint(login, password));
        if (entry == null || clock.instant().isAfter(entry.until())) {
            return null;
        }
        return entry.outcome();
    }

    /** To be read before verifying, and given back to {@link #remember}. */
    long changesOf(String login) {
        return changes.getOrDefault(login, 0L);
    }

    void remember(String login, String password, SignInOutcome outcome, long changesBefore) {
        if (changesOf(login) != changesBefore) {
            return; // the password changed while it was being verified
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear(); // a flood of distinct credentials costs hashes again, never memory
        }
        verified.put(fingerprint(login, password), new Verified(outcome, clock.instant().plus(LIFETIME)));
    }

    /** The account's password changed: whatever was remembered of it no longer opens anything. */
    void forget(String login) {
        changes.merge(login, 1L, Long::sum);
        verified.values().removeIf(entry -> login.equals(entry.outcome().login()));
    }

    private String fingerprint(String login, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(login.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
