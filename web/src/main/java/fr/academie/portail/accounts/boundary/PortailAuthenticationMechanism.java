package fr.academie.portail.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for the whole portal (Jakarta Security 3 allows one): people sign in on the
 * French login page (the session keeps them signed in), scripts call the REST API with HTTP Basic.
 */
@ApplicationScoped
@AutoApplySession
public class PortailAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/connexion.xhtml";
    private static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // the login page called SecurityContext.authenticate(): a failure is shown on the page
            CredentialValidationResult result = identityStores.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(BASIC.length()));
            CredentialValidationResult result = basic == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challengeBasic(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getServletPath().startsWith(API_PREFIX)) {
            return challengeBasic(response, context);
        }
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request of an expired session: Faces must be told to go to the login page
            return ajaxRedirect(response, loginPage);
        }
        return context.redirect(loginPage);
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

    private static UsernamePasswordCredential decodeBasic(String encoded) {
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
