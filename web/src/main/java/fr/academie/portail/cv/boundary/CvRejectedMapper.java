package fr.academie.portail.cv.boundary;

import fr.academie.portail.platform.boundary.FieldErrors;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused change of a CV: 400 with the French reasons, field by field. */
@Provider
public class CvRejectedMapper implements ExceptionMapper<CvRejectedException> {

    @Override
    public Response toResponse(CvRejectedException rejected) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new FieldErrors(400, rejected.getMessage(), rejected.problems())).build();
    }
}
