package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.control.LockoutPolicy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The counters behind {@link LockoutPolicy}, in the server's Infinispan cache {@code portail/sign-in}
 * (entries expire by themselves after 15 minutes), so that the servers of a cluster share them.
 */
@ApplicationScoped
public class SignInGuard {

    private static final String FAILURES = "echecs:";
    private static final String LOCKED = "verrou:";
    private static final String RESETS = "reinitialisations:";

    @Resource(lookup = "java:jboss/infinispan/cache/portail/sign-in")
    Cache<String, Integer> counters;

    public boolean isLocked(String login) {
        return counters.containsKey(LOCKED + login);
    }

    /** Counts a failed sign-in; answers whether it locked the account. */
    public boolean failed(String login) {
        int failures = counters.merge(FAILURES + login, 1, Integer::sum);
        if (LockoutPolicy.locks(failures)) {
            counters.put(LOCKED + login, failures, LockoutPolicy.LOCK.toMinutes(), TimeUnit.MINUTES);
            counters.remove(FAILURES + login);
            return true;
        }
        return false;
    }

    public void succeeded(String login) {
        counters.remove(FAILURES + login);
    }

    /** A password reset proved the person: the account opens again. */
    public void unlock(String login) {
        counters.remove(FAILURES + login);
        counters.remove(LOCKED + login);
    }

    /** Counts a reset attempt for an account and from an address; answers whether it may go on. */
    public boolean allowsResetAttempt(String login, String address) {
        boolean forAccount = LockoutPolicy.allowsResetForAccount(counters.merge(RESETS + "compte:" + login, 1, Integer::sum));
        boolean fromAddress = LockoutPolicy.allowsResetFromAddress(counters.merge(RESETS + "adresse:" + address, 1, Integer::sum));
        return forAccount && fromAddress;
    }
}
