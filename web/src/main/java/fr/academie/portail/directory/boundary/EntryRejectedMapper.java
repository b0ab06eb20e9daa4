package fr.academie.portail.directory.boundary;

import fr.academie.portail.platform.boundary.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused edit of one's entry: 400 with the French reason. */
@Provider
public class EntryRejectedMapper implements ExceptionMapper<EntryRejectedException> {

    @Override
    public Response toResponse(EntryRejectedException rejected) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(400, rejected.getMessage())).build();
    }
}
