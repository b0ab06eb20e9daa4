package fr.academie.portail.accounts.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fr.academie.portail.platform.boundary.PageMessages;
import fr.academie.portail.services.control.QrCodes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;

/**
 * « Second facteur »: after the password, HR, the helpdesk and the DSI type a code of their
 * authenticator application (or a recovery code). The first time, the page enrols one: a QR code
 * to scan, its secret to type, then ten recovery codes shown once.
 */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

    public static final String PAGE = "/deuxieme-facteur.xhtml";
    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SecurityContext security;

    private String login;
    private boolean enrolled;
    private String secret;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void init() {
        var caller = security.getCallerPrincipal();
        if (caller == null || !security.isCallerInRole(SignInGroups.SECOND_FACTOR_REQUIRED)) {
            return;
        }
        login = caller.getName();
        enrolled = secondFactors.isEnrolled(login);
        if (!enrolled) {
            SecondFactors.Enrolment enrolment = secondFactors.startEnrolment();
            secret = enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
            try {
                qrCode = "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(QrCodes.png(enrolment.keyUri(), 240, QrCodes.Correction.M));
            } catch (QrCodes.Refused e) {
                qrCode = null; // the secret typed by hand still enrols
            }
        }
    }

    /** The page is for a session owing its second factor; anyone else goes home. */
    public String leaveUnlessPending() {
        return login == null ? "/accueil.xhtml?faces-redirect=true" : null;
    }

    public String verify() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (login == null || !security.isCallerInRole(SignInGroups.SECOND_FACTOR_REQUIRED)
                || !login.equals(security.getCallerPrincipal().getName())) {
            // only the session whose password was just verified, for that login, takes this step
            return "/accueil.xhtml?faces-redirect=true";
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        try {
            // the request holds the password-only identity: the container would not authenticate it again
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new SecondFactorCredential(login, code)).newAuthentication(true));
        code = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            PageMessages.add(faces, FacesMessage.SEVERITY_ERROR, "facteur.refuse");
            return null;
        }
        if (!enrolled) {
            recoveryCodes = secondFactors.newRecoveryCodes();
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "facteur.active");
            return null;
        }
        return "/accueil.xhtml?faces-redirect=true";
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isShowingRecoveryCodes() {
        return !recoveryCodes.isEmpty();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getSecret() {
        return secret;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
