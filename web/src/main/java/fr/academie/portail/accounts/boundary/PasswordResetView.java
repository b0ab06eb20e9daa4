package fr.academie.portail.accounts.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * « Mot de passe perdu », in two steps on one page: login, NUMEN and date of birth prove who you
 * are and send a one-time code to the personal address HR knows; then the code and a new password.
 * Each step answers the same whether or not the proof matched. The proof stays on the server
 * between the steps, never in the page.
 */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String login;
    private String numen;
    private LocalDate birthDate;
    private boolean codeAsked;
    private String code;
    private String newPassword;
    private String confirmation;

    public void askCode() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (accounts.sendResetCode(login, numen, birthDate, origin(faces))) {
            codeAsked = true;
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "reinitialisation.codeEnvoye");
        } else {
            PageMessages.add(faces, FacesMessage.SEVERITY_WARN, "reinitialisation.tropDeTentatives");
        }
    }

    public String reset() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            boolean tried = accounts.resetPassword(login, numen, birthDate, code, newPassword, confirmation, origin(faces));
            if (tried) {
                PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "reinitialisation.reponse");
            } else {
                PageMessages.add(faces, FacesMessage.SEVERITY_WARN, "reinitialisation.tropDeTentatives");
            }
        } catch (PasswordRejectedException rejected) {
            PageMessages.errors(faces, rejected.messageKeys());
        }
        code = null;
        newPassword = null;
        confirmation = null;
        return null;
    }

    /** Back to the first step: another login or a mistyped NUMEN. */
    public void restart() {
        numen = null;
        birthDate = null;
        codeAsked = false;
    }

    private static String origin(FacesContext faces) {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean isCodeAsked() {
        return codeAsked;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
