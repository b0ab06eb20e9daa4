package fr.academie.portail.accounts.control;

import java.time.Duration;

/**
 * Guessing passwords is made slow: 5 failed sign-ins in a row lock the account for 15 minutes,
 * and the self-service password reset takes 5 attempts per quarter of an hour per account, and 50 per
 * address (a whole school may sit behind one address).
 */
public final class LockoutPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int MAX_RESET_ATTEMPTS_PER_ACCOUNT = 5;
    public static final int MAX_RESET_ATTEMPTS_PER_ADDRESS = 50;

    private LockoutPolicy() {
    }

    /**
     * Whether the {@code attempts}-th attempt in a row (counted before it is verified, so the
     * ones still under way count) may be verified at all.
     */
    public static boolean admits(int attempts) {
        return attempts <= MAX_FAILURES;
    }

    /** Whether the {@code failures}-th failure in a row locks the account. */
    public static boolean locks(int failures) {
        return failures >= MAX_FAILURES;
    }

    /** Whether the {@code attempts}-th reset attempt for one account, this quarter of an hour, may be tried. */
    public static boolean allowsResetForAccount(int attempts) {
        return attempts <= MAX_RESET_ATTEMPTS_PER_ACCOUNT;
    }

    /** Whether the {@code attempts}-th reset attempt from one address, this quarter of an hour, may be tried. */
    public static boolean allowsResetFromAddress(int attempts) {
        return attempts <= MAX_RESET_ATTEMPTS_PER_ADDRESS;
    }
}
