package fr.academie.portail.accounts.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/** The login page: académie login and password (the NUMEN for a first sign-in). */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String login;
    private String password;

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String typedLogin = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new PageSignInCredential(typedLogin, password == null ? "" : password))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS:
                // the mechanism gave the session a new id as it signed the person in
                if (security.isCallerInRole(SignInGroups.PASSWORD_CHANGE_REQUIRED)) {
                    return "/mot-de-passe.xhtml?faces-redirect=true";
                }
                return security.isCallerInRole(SignInGroups.SECOND_FACTOR_REQUIRED)
                        ? SecondFactorView.PAGE + "?faces-redirect=true"
                        : "/accueil.xhtml?faces-redirect=true";
            case SEND_CONTINUE:
                faces.responseComplete();
                return null;
            default:
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        PageMessages.text(faces, "connexion.echec"), PageMessages.text(faces, "connexion.echec.detail")));
                password = null;
                return null;
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
