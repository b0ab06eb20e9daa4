package fr.academie.portail.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What no other mapper answers. A body in a character set the server does not know is the
 * client's mistake (415); anything else is the portal's, logged once with its stack trace under an
 * incident number that the answer gives — never the exception's text, nor a server path.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (RequestBodyLimit.tooBig(exception)) {
            return answer(413, ApiText.text("erreur.api.413"));
        }
        if (isCharset(exception)) {
            return answer(415, ApiText.text("erreur.api.jeuDeCaracteres"));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Erreur inattendue de l'API, incident " + incident, exception);
        return answer(500, ApiText.text("erreur.api.500", incident));
    }

    private static boolean isCharset(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalCharsetNameException || cause instanceof UnsupportedCharsetException
                    || cause instanceof CharacterCodingException || cause instanceof UnsupportedEncodingException) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, message)).build();
    }
}
