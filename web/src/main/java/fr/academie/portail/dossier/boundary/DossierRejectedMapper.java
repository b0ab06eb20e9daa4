package fr.academie.portail.dossier.boundary;

import fr.academie.portail.platform.boundary.FieldErrors;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused correction of a dossier: 400 with the French reasons, field by field. */
@Provider
public class DossierRejectedMapper implements ExceptionMapper<DossierRejectedException> {

    @Override
    public Response toResponse(DossierRejectedException rejected) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new FieldErrors(400, rejected.getMessage(), rejected.problems())).build();
    }
}
