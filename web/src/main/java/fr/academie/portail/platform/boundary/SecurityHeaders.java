package fr.academie.portail.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer of the portal carries. Pages get their Content-Security-Policy from
 * PrimeFaces' CSP mode (web.xml), which adds a fresh nonce to each page's scripts; the API's
 * answers get a policy that allows nothing to run. Pages
 * and API answers hold personal data: never stored by the browser, so that after signing out the
 * Back button shows nothing of the previous person — not even a typed password.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RESOURCES = "/jakarta.faces.resource/";
    /** For anything that is not a page: no script, no frame, nothing loaded. */
    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** The headers of {@code request}'s answer; also for an answer a filter writes itself after a reset. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getServletPath();
        if (!path.startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            if (path.startsWith("/api/")) {
                response.setHeader("Content-Security-Policy", NOTHING_RUNS);
            }
        }
    }
}
