package fr.academie.portail.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the services becomes a 403 with a French message and an audit line, never a stack trace. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    AccessRefusals refusals;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException exception) {
        refusals.record(request, request.getRequestURI());
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(403, ApiText.text("erreur.api.403")))
                .build();
    }
}
