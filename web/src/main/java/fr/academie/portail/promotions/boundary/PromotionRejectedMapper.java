package fr.academie.portail.promotions.boundary;

import fr.academie.portail.platform.boundary.FieldErrors;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused promotion request: 400 with each problem by field, in French. */
@Provider
public class PromotionRejectedMapper implements ExceptionMapper<PromotionRejectedException> {

    @Override
    public Response toResponse(PromotionRejectedException rejected) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new FieldErrors(400, rejected.getMessage(), rejected.problems())).build();
    }
}
