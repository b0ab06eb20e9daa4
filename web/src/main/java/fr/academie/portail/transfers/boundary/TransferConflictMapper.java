package fr.academie.portail.transfers.boundary;

import fr.academie.portail.platform.boundary.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A save based on a stale version: 409, nothing overwritten, the French message says what to do. */
@Provider
public class TransferConflictMapper implements ExceptionMapper<TransferConflictException> {

    @Override
    public Response toResponse(TransferConflictException conflict) {
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(409, conflict.getMessage())).build();
    }
}
