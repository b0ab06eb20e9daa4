package fr.academie.portail.accounts.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fr.academie.portail.accounts.control.PasswordPolicy;
import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * « Changer votre mot de passe ». Compulsory after a sign-in with the NUMEN; then the session is
 * opened anew with the new password, and with it the account's roles.
 */
@Named
@RequestScoped
public class PasswordChangeView {

    @Inject
    Accounts accounts;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isFirstSignIn() {
        return security.isCallerInRole(SignInGroups.PASSWORD_CHANGE_REQUIRED);
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String change() {
        try {
            accounts.changeMyPassword(currentPassword, newPassword, confirmation,
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
        } catch (PasswordRejectedException rejected) {
            PageMessages.errors(faces, rejected.messageKeys());
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        String login = security.getCallerPrincipal().getName();
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        faces.getExternalContext().invalidateSession();
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new PageSignInCredential(login, newPassword)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return "/connexion.xhtml?faces-redirect=true";
        }
        if (security.isCallerInRole(SignInGroups.SECOND_FACTOR_REQUIRED)) {
            return SecondFactorView.PAGE + "?faces-redirect=true";
        }
        return "/dossier/mon-dossier.xhtml?faces-redirect=true&motDePasseChange=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
