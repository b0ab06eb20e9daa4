package fr.academie.portail.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/** Every error of the REST API is JSON with a French message; a refusal is audited. */
@Provider
public class ApiErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415);

    @Inject
    AccessRefusals refusals;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status == 403) {
            refusals.record(request, request.getRequestURI());
        }
        String message = isOurs(exception) ? exception.getMessage()
                : WORDED.contains(status) ? ApiText.text("erreur.api." + status) : ApiText.text("erreur.api.autre", status);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, message))
                .build();
    }

    /** The portal's resources say in French what was not found; RESTEasy's own messages are English. */
    private static boolean isOurs(WebApplicationException exception) {
        String message = exception.getMessage();
        return exception instanceof NotFoundException && message != null
                && !message.startsWith("RESTEASY") && !message.startsWith("HTTP ");
    }
}
