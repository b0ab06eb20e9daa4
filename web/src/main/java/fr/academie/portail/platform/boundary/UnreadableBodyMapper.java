package fr.academie.portail.platform.boundary;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the API cannot read (broken JSON, wrong types) is a 400 with a French message, not RESTEasy's English. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        if (RequestBodyLimit.tooBig(exception)) {
            return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ApiError(413, ApiText.text("erreur.api.413"))).build();
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(400, "Corps de la requête illisible : un JSON valide est attendu."))
                .build();
    }
}
