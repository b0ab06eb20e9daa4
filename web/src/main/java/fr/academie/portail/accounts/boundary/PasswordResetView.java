package fr.academie.portail.accounts.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;

/**
 * « Mot de passe perdu »: login, NUMEN and date of birth prove who you are, then a new password.
 * The page answers the same whether or not the proof matched.
 */
@Named
@RequestScoped
public class PasswordResetView {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private String login;
    private String numen;
    private LocalDate birthDate;
    private String newPassword;
    private String confirmation;

    public String reset() {
        String origin = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        try {
            boolean tried = accounts.resetPassword(login, numen, birthDate, newPassword, confirmation, origin);
            if (tried) {
                PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "reinitialisation.reponse");
            } else {
                PageMessages.add(faces, FacesMessage.SEVERITY_WARN, "reinitialisation.tropDeTentatives");
            }
        } catch (PasswordRejectedException rejected) {
            PageMessages.errors(faces, rejected.messageKeys());
        }
        numen = null;
        newPassword = null;
        confirmation = null;
        return null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getNumen() {
        return numen;
    }

    public void setNumen(String numen) {
        this.numen = numen;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
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
