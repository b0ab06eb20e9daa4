package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.LockoutPolicy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The counters behind {@link LockoutPolicy}, in the server's Infinispan cache {@code portail/sign-in},
 * so that the servers of a cluster share them. Every count is a compare-and-set on the entry
 * ({@code putIfAbsent}, {@code replace(old, new)}), atomic on the entry's owner also in a cluster,
 * and made <em>before</em> a password is verified: thirty guesses sent at once are thirty counts,
 * of which only the first {@link LockoutPolicy#MAX_FAILURES} are ever verified.
 */
@ApplicationScoped
public class SignInGuard {

    private static final String ATTEMPTS = "tentatives:";
    private static final String LOCKED = "verrou:";
    private static final String RESETS = "reinitialisations:";
    private static final String RESET_CODE = "code-reinitialisation:";
    private static final java.security.SecureRandom CODES = new java.security.SecureRandom();
    private static final long WINDOW_MINUTES = LockoutPolicy.LOCK.toMinutes();

    /** What {@link #admit} answers for an attempt it refuses unverified. */
    public static final int REFUSED = -1;

    @Resource(lookup = "java:jboss/infinispan/cache/portail/sign-in")
    Cache<String, Integer> counters;

    java.time.Clock clock = java.time.Clock.systemUTC();

    public boolean isLocked(String login) {
        return counters.containsKey(LOCKED + login);
    }

    /**
     * Counts a sign-in attempt before its password is verified; answers whether it may be verified.
     * A locked account, or one that already has its threshold of attempts under way or failed,
     * is refused without verifying anything — even the right password.
     */
    public int admit(String login) {
        if (isLocked(login)) {
            return REFUSED;
        }
        int attempt = increment(ATTEMPTS + login);
        return LockoutPolicy.admits(attempt) ? attempt : REFUSED;
    }

    /** The {@code attempt}-th admitted attempt failed; answers whether it locked the account. */
    public boolean failed(String login, int attempt) {
        if (!LockoutPolicy.locks(attempt)) {
            return false;
        }
        return counters.putIfAbsent(LOCKED + login, attempt, WINDOW_MINUTES, TimeUnit.MINUTES) == null;
    }

    /** The admitted attempt succeeded: the failures in a row start again from none. */
    public void succeeded(String login) {
        counters.remove(windowed(ATTEMPTS + login));
    }

    /** A proven password reset, or the helpdesk, opens the account again. */
    public void unlock(String login) {
        counters.remove(windowed(ATTEMPTS + login));
        counters.remove(LOCKED + login);
    }

    /** Counts a reset attempt for an account and from an address; answers whether it may go on. */
    public boolean allowsResetAttempt(String login, String address) {
        boolean forAccount = LockoutPolicy.allowsResetForAccount(increment(RESETS + "compte:" + login));
        boolean fromAddress = LockoutPolicy.allowsResetFromAddress(increment(RESETS + "adresse:" + address));
        return forAccount && fromAddress;
    }

    /** Counts a try of a one-time code (e-mailed reset code, second factor); answers whether it may be checked. */
    public boolean allowsCodeAttempt(String purpose, String login) {
        return LockoutPolicy.admits(increment("code:" + purpose + ":" + login));
    }

    /** A code was right: its tries start again from none. */
    public void codeSucceeded(String purpose, String login) {
        counters.remove(windowed("code:" + purpose + ":" + login));
    }

    /** A fresh one-time reset code for the account, valid a quarter of an hour; replaces any earlier one. */
    public int issueResetCode(String login) {
        int code = CODES.nextInt(1_000_000);
        counters.put(RESET_CODE + login, code, WINDOW_MINUTES, TimeUnit.MINUTES);
        return code;
    }

    /** Whether {@code code} is the account's reset code; a right code is used up at once, also across servers. */
    public boolean consumeResetCode(String login, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        return counters.remove(RESET_CODE + login, Integer.valueOf(code.strip()));
    }

    /**
     * Adds one to the counter of the current quarter of an hour. Windows are fixed: a try every
     * fourteen minutes never keeps a counter (or a victim's lock) alive for good.
     */
    private int increment(String counter) {
        String key = windowed(counter);
        while (true) {
            Integer before = counters.putIfAbsent(key, 1, 2 * WINDOW_MINUTES, TimeUnit.MINUTES);
            if (before == null) {
                return 1;
            }
            if (counters.replace(key, before, before + 1, 2 * WINDOW_MINUTES, TimeUnit.MINUTES)) {
                return before + 1;
            }
        }
    }

    private String windowed(String counter) {
        return counter + "@" + Math.floorDiv(clock.millis(), TimeUnit.MINUTES.toMillis(WINDOW_MINUTES));
    }
}
