package fr.academie.portail.messages.boundary;

import fr.academie.portail.platform.boundary.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused message: 400 with the reasons; a message that is not the caller's: 404. */
@Provider
public class MessageRejectedMapper implements ExceptionMapper<MessageRejectedException> {

    @Override
    public Response toResponse(MessageRejectedException rejected) {
        int status = rejected.notFound() ? 404 : 400;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, rejected.getMessage())).build();
    }
}
