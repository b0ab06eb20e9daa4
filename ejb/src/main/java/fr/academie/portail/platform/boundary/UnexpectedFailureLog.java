package fr.academie.portail.platform.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.lang.ref.WeakReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every bean's unexpected failure is logged once, with its stack trace, where it happens — a timer,
 * an asynchronous mail, a batch step as much as a page's or the API's call — and a refusal never
 * is. The server's own logging of system exceptions is off (configure-server.cli): it logged each
 * refusal (an {@link EJBAccessException}, answered 403 and audited by the portal) as a failed
 * invocation with a 165-line stack trace. Bound to every bean of the ejb and batch modules by their
 * ejb-jar.xml.
 */
public class UnexpectedFailureLog {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureLog.class.getName());
    /** The last failure logged on this thread: a bean calling a failing bean does not log it again. */
    private static final ThreadLocal<WeakReference<Throwable>> LAST_LOGGED = new ThreadLocal<>();

    @AroundInvoke
    public Object aroundInvoke(InvocationContext invocation) throws Exception {
        return proceed(invocation);
    }

    @AroundTimeout
    public Object aroundTimeout(InvocationContext invocation) throws Exception {
        return proceed(invocation);
    }

    private static Object proceed(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error failure) {
            if (isUnexpected(failure) && !alreadyLogged(failure)) {
                LAST_LOGGED.set(new WeakReference<>(failure));
                LOG.log(Level.SEVERE, "Échec inattendu de " + invocation.getMethod().getDeclaringClass().getSimpleName()
                        + "." + invocation.getMethod().getName(), failure);
            }
            throw failure;
        }
    }

    static boolean isUnexpected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException || isApplicationException(cause.getClass())) {
                return false;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return true;
    }

    private static boolean isApplicationException(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ApplicationException annotation = c.getAnnotation(ApplicationException.class);
            if (annotation != null) {
                return c == type || annotation.inherited();
            }
        }
        return false;
    }

    private static boolean alreadyLogged(Throwable failure) {
        WeakReference<Throwable> last = LAST_LOGGED.get();
        Throwable logged = last == null ? null : last.get();
        for (Throwable cause = failure; cause != null && logged != null; cause = cause.getCause()) {
            if (cause == logged) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
