package fr.academie.portail.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the services becomes a 403 with a French message, never a stack trace. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException exception) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(403, "Accès refusé : cette ressource ne vous est pas ouverte."))
                .build();
    }
}
