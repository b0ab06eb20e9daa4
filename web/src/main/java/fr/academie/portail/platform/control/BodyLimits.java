package fr.academie.portail.platform.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How large a request body may be, by what it is for and who sends it. Each limit is what its
 * use legitimately needs, so that nobody — least of all an anonymous visitor — can make the server
 * read hundreds of megabytes: a few kilobytes before sign-in, a page's form or a JSON body after,
 * an attachment's ten megabytes where attachments are sent, and the national HR extract only on its
 * two upload points (page and API), only for the DSI.
 */
public final class BodyLimits {

    public static final long KIB = 1024;
    public static final long MIB = 1024 * KIB;

    /** Sign-in, lost password, and whatever is sent before the sender is known. */
    public static final long ANONYMOUS = 16 * KIB;
    /** A page's form (with its view state) or a JSON body: the longest text fields are a few thousand characters. */
    public static final long SIGNED_IN = 256 * KIB;
    /** A 10 MB attachment in a multipart form, with the form around it. */
    public static final long ATTACHMENT = 11 * MIB;
    /** A campaign's posts as CSV, a simulated market as JSON: a whole académie's worth. */
    public static final long HR_FILE = 16 * MIB;
    /** A national HR extract: a few hundred megabytes (the server's listeners allow no more than this). */
    public static final long HR_EXTRACT = 1024 * MIB;

    private static final List<Rule> RULES = List.of(
            new Rule("/dsi/imports\\.xhtml|/api/v1/provisioning/runs", "DSI", HR_EXTRACT),
            new Rule("/services/suivi\\.xhtml|/api/v1/service-requests/[^/]+/attachments", null, ATTACHMENT),
            new Rule("/mutations/campagne\\.xhtml|/api/v1/transfer-campaigns/[^/]+/posts/import|/api/v1/transfer-simulations",
                    "GESTIONNAIRE_RH", HR_FILE));

    private BodyLimits() {
    }

    /** What a caller may send; a role the caller lacks gives the ordinary limit, never the larger one. */
    public interface Caller {
        boolean isSignedIn();

        boolean hasRole(String role);
    }

    /** @param path the request's path inside the portal, e.g. {@code /dsi/imports.xhtml} */
    public static long limit(String path, Caller caller) {
        if (!caller.isSignedIn()) {
            return ANONYMOUS;
        }
        for (Rule rule : RULES) {
            if (rule.path().matcher(path).matches() && (rule.role() == null || caller.hasRole(rule.role()))) {
                return rule.limit();
            }
        }
        return SIGNED_IN;
    }

    /** A limit as people read it: « 16 Ko », « 11 Mo ». */
    public static String readable(long bytes) {
        return bytes >= MIB ? bytes / MIB + " Mo" : bytes / KIB + " Ko";
    }

    private record Rule(Pattern path, String role, long limit) {
        Rule(String path, String role, long limit) {
            this(Pattern.compile(path), role, limit);
        }
    }
}
