package fr.academie.portail.platform.boundary;

import fr.academie.portail.platform.control.BodyLimits;
import io.undertow.server.RequestTooBigException;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Bounds every request body by {@link BodyLimits} before anything reads it. A declared length over
 * the limit is refused at once with {@code 413} and a French message, unread; a body without a
 * declared length (chunked) is cut by Undertow where it passes the limit, since the limit is set
 * on the request's exchange, which form parsing, multipart and the REST API all read from.
 * Authentication runs before filters, so the caller's roles are known here.
 */
@WebFilter(filterName = "RequestBodyLimit", urlPatterns = "/*")
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestBodyLimit.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        long limit = BodyLimits.limit(path, new BodyLimits.Caller() {
            @Override
            public boolean isSignedIn() {
                return request.getUserPrincipal() != null;
            }

            @Override
            public boolean hasRole(String role) {
                return request.isUserInRole(role);
            }
        });
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, path, limit);
            return;
        }
        ServletRequestContext.requireCurrent().getExchange().setMaxEntitySize(limit);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooBig(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, path, limit);
        }
    }

    /** Whether Undertow cut a body at its limit somewhere under {@code e}. */
    public static boolean tooBig(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooBigException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, long limit)
            throws IOException {
        LOG.warning(() -> "Corps de requête refusé (413) : " + request.getMethod() + " " + path + ", "
                + request.getContentLengthLong() + " octets annoncés, limite " + limit);
        String message = ApiText.text("erreur.corpsTropGros", BodyLimits.readable(limit));
        response.reset();
        SecurityHeaders.apply(request, response); // reset() took them away
        response.setStatus(413);
        response.setHeader("Connection", "close"); // the rest of the body is never read
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(jsonError(413, message));
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>"
                    + ApiText.text("erreur.corpsTropGros.titre") + "</title></head><body><main><h1>"
                    + ApiText.text("erreur.corpsTropGros.titre") + "</h1><p>" + message + "</p><p><a href=\""
                    + request.getContextPath() + "/accueil.xhtml\">" + ApiText.text("erreur.retourAccueil")
                    + "</a></p></main></body></html>");
        }
    }

    /** The API's error body, written without JSON-B: the message is one of the bundle's. */
    static String jsonError(int status, String message) {
        return jakarta.json.Json.createObjectBuilder().add("status", status).add("message", message).build().toString();
    }
}
