package fr.academie.portail.accounts.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/** A session opened with the NUMEN goes to the password change page before anything else. */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHANGE_PAGE = "/mot-de-passe.xhtml";
    private static final Set<String> ALWAYS_OPEN = Set.of(CHANGE_PAGE, PortailAuthenticationMechanism.LOGIN_PAGE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean open = ALWAYS_OPEN.contains(path) || path.startsWith("/jakarta.faces.resource/");
        if (!open && request.isUserInRole(SignInGroups.PASSWORD_CHANGE_REQUIRED)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
