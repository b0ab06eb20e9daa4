package fr.academie.portail.services.boundary;

import fr.academie.portail.platform.boundary.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused request, move or file: 400, 403, 404 or 409 with the French reasons. */
@Provider
public class ServiceRequestRefusalMapper implements ExceptionMapper<ServiceRequestException> {

    @Override
    public Response toResponse(ServiceRequestException refusal) {
        int status = switch (refusal.reason()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, refusal.getMessage()))
                .build();
    }
}
