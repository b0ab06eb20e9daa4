package fr.academie.portail.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for the whole portal (Jakarta Security 3 allows one), with one rule each side:
 * <ul>
 * <li>pages: the French login page, then the session keeps the person signed in — and only the
 * session that the login page itself opened (its id is changed at sign-in);</li>
 * <li>the REST API ({@code /api/}): HTTP Basic on every call, never the browser's session, so a
 * cross-site page can make a browser send its cookie without ever acting as its owner. A Basic
 * call neither creates nor upgrades a session.</li>
 * </ul>
 * The session is kept by hand rather than by {@code @AutoApplySession}, which applies a session's
 * identity to every request of it, the API's included, and ignores a Basic header sent with it.
 */
@ApplicationScoped
public class PortailAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/connexion.xhtml";
    static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";
    /** Longer than any login and password the portal accepts, Base64-encoded: nothing else is decoded. */
    private static final int MAX_BASIC_LENGTH = 1024;

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // a page called SecurityContext.authenticate(): a failure is shown on that page
            return signInFromPage(request, context, credential);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        SignedIn signedIn = SignedIn.of(request.getSession(false));
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.login(), signedIn.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request of an expired session (a save after a long pause): Faces is told to go to the
            // login page, which then says that what was just typed was not saved
            return ajaxRedirect(response, loginPage + "?expiree=true");
        }
        return context.redirect(loginPage);
    }

    private AuthenticationStatus signInFromPage(HttpServletRequest request, HttpMessageContext context,
                                                Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // whatever session the browser came with (a planted cookie) gets a new id before it holds anyone
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        SignedIn.keep(session, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected() ? challengeBasic(response, context) : context.doNothing();
        }
        UsernamePasswordCredential basic = decodeBasic(authorization.substring(BASIC.length()));
        CredentialValidationResult result = basic == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(basic);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return challengeBasic(response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith(API_PREFIX)
                || (request.getServletPath().equals("/api") && request.getPathInfo() != null);
    }

    private static AuthenticationStatus challengeBasic(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Portail academique\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UsernamePasswordCredential decodeBasic(String encoded) {
        if (encoded.length() > MAX_BASIC_LENGTH) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
