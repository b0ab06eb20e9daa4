package fr.academie.portail.concours.boundary;

import fr.academie.portail.platform.boundary.FieldErrors;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused concours request: 400 with each problem by field, in French. */
@Provider
public class ConcoursRejectedMapper implements ExceptionMapper<ConcoursRejectedException> {

    @Override
    public Response toResponse(ConcoursRejectedException rejected) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new FieldErrors(400, rejected.getMessage(), rejected.problems())).build();
    }
}
