package fr.academie.portail.accounts.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A session opened with the NUMEN goes to the password change page before anything else, a
 * privileged account's session to its second factor's page. The
 * pages of a role refuse such a session before any filter runs (it has no role yet): their
 * « accès refusé » error dispatch is turned into the same redirection.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class PasswordChangeRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHANGE_PAGE = "/mot-de-passe.xhtml";
    /** What a session that still owes its password change or its second factor may open besides that page. */
    private static final Set<String> ALWAYS_OPEN = Set.of(PortailAuthenticationMechanism.LOGIN_PAGE,
            "/mot-de-passe-perdu.xhtml", "/erreur/session-expiree.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = requestedPath(request);
        String pending = request.isUserInRole(SignInGroups.PASSWORD_CHANGE_REQUIRED) ? CHANGE_PAGE
                : request.isUserInRole(SignInGroups.SECOND_FACTOR_REQUIRED) ? SecondFactorView.PAGE : null;
        // a password alone opens its second factor's page, not the password change
        boolean open = ALWAYS_OPEN.contains(path) || path.equals(pending) || path.startsWith("/jakarta.faces.resource/");
        if (!open && pending != null) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + pending);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path the person asked for, also when this is the error dispatch of a refusal. */
    private static String requestedPath(HttpServletRequest request) {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getDispatcherType() == DispatcherType.ERROR && failedUri != null) {
            return failedUri.toString().substring(request.getContextPath().length());
        }
        return request.getServletPath();
    }
}
