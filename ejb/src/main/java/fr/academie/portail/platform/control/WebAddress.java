package fr.academie.portail.platform.control;

import java.net.URI;

/** Addresses the portal links to: http or https, with a host (never {@code javascript:} or a bare path). */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isHttp(String text) {
        if (text == null) {
            return false;
        }
        try {
            URI uri = URI.create(text.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
