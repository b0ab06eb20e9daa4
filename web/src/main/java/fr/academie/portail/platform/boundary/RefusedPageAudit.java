package fr.academie.portail.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A page a role may not open (web.xml's constraints) is shown « accès refusé » and audited. */
@WebFilter(urlPatterns = "/erreur/acces-refuse.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPageAudit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)) && uri != null
                && request.getUserPrincipal() != null) {
            refusals.record(request, uri.toString());
        }
        chain.doFilter(request, response);
    }
}
