package fr.academie.portail.testsupport;

import fr.academie.portail.accounts.control.Totp;
import fr.academie.portail.demo.boundary.DemoData;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The codes of the demo's privileged accounts, computed from the secrets the README publishes, as
 * their owners' phones would. The portal accepts each time step once and one step either side of
 * its clock: each sign-in takes the current step or the next one, waiting for the clock when both
 * are used (or when the current one ends in less than 3 seconds).
 */
public final class DemoSecondFactor {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();
    /** A test that enrolled an account anew holds its new secret here, as its owner's new phone would. */
    private static final Map<String, String> REENROLLED = new HashMap<>();

    private DemoSecondFactor() {
    }

    public static boolean concerns(String login) {
        return DemoData.DEMO_SECOND_FACTORS.containsKey(login);
    }

    /** The account was enrolled anew with {@code base32Secret}: its codes come from there from now on. */
    public static synchronized void reenrolled(String login, String base32Secret) {
        REENROLLED.put(login, base32Secret.replace(" ", ""));
    }

    public static synchronized String nextCode(String login) {
        byte[] secret = Totp.fromBase32(REENROLLED.getOrDefault(login, DemoData.DEMO_SECOND_FACTORS.get(login)));
        while (true) {
            Instant instant = Instant.now();
            long now = Totp.step(instant);
            long secondsLeft = Totp.STEP.toSeconds() - Math.floorMod(instant.getEpochSecond(), Totp.STEP.toSeconds());
            long step = Math.max(now, LAST_STEP.getOrDefault(login, Long.MIN_VALUE) + 1);
            // the current step, or the next one the server also accepts; never one about to go stale
            if (step == now + 1 || (step == now && secondsLeft > 3)) {
                LAST_STEP.put(login, step);
                return Totp.code(secret, step);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
