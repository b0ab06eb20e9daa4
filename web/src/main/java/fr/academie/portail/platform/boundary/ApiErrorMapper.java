package fr.academie.portail.platform.boundary;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Every error of the REST API is JSON with a French message. */
@Provider
public class ApiErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "Requête invalide.",
            401, "Authentification requise.",
            403, "Accès refusé : cette ressource ne vous est pas ouverte.",
            404, "Ressource introuvable.",
            405, "Méthode non permise sur cette ressource.",
            406, "Format de réponse non disponible.",
            415, "Format de contenu non accepté.");

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String message = isOurs(exception) ? exception.getMessage() : MESSAGES.getOrDefault(status, "Erreur " + status + ".");
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
