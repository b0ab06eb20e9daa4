package fr.academie.portail.platform.control;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a call that changes something comes from another site. The API authenticates by its
 * own credentials only, but a browser that once answered a Basic challenge replays those
 * credentials to the portal from any page: such a call carries the browser's {@code Sec-Fetch-Site}
 * and {@code Origin}, which a script (curl, the académie's tools) does not send.
 */
public final class CrossSiteRule {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private CrossSiteRule() {
    }

    /**
     * @param host          the request's {@code Host} header, e.g. {@code portail.ac-paris.fr} or {@code 127.0.0.1:8180}
     * @param origin        its {@code Origin} header, or null
     * @param fetchSite     its {@code Sec-Fetch-Site} header, or null
     */
    public static boolean refuses(String method, String host, String origin, String fetchSite) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        return origin != null && !sameHost(origin, host);
    }

    private static boolean sameHost(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host.strip()) || withoutDefaultPort(uri, host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code https://portail} and a Host of {@code portail:443} are the same site. */
    private static boolean withoutDefaultPort(URI origin, String host) {
        String defaultPort = "https".equalsIgnoreCase(origin.getScheme()) ? ":443" : ":80";
        return origin.getPort() < 0 && host.strip().equalsIgnoreCase(origin.getHost() + defaultPort);
    }
}
