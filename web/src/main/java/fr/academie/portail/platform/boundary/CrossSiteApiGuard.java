package fr.academie.portail.platform.boundary;

import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.platform.control.CrossSiteRule;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The API refuses, before any resource runs, a call that changes something and comes from another site ({@link CrossSiteRule}). */
@Provider
@PreMatching
public class CrossSiteApiGuard implements ContainerRequestFilter {

    @Inject
    AuditTrail audit;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String origin = context.getHeaderString("Origin");
        String fetchSite = context.getHeaderString("Sec-Fetch-Site");
        if (CrossSiteRule.refuses(context.getMethod(), context.getHeaderString("Host"), origin, fetchSite)) {
            String caller = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
            audit.record(caller, AuditAction.CROSS_SITE_REFUSED, caller, AccessRefusals.detail(context.getMethod(),
                    request.getRequestURI() + " depuis " + (origin != null ? origin : fetchSite)), request.getRemoteAddr());
            context.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ApiError(403, ApiText.text("erreur.autreSite"))).build());
        }
    }
}
