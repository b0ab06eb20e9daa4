package fr.academie.portail.accounts.boundary;

import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditEvent;
import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * « Comptes », the helpdesk's page: an account's state, whether it is locked, and its audit
 * trail (who, when, what, from where), newest first; the helpdesk can unlock it.
 */
@Named
@ViewScoped
public class AccountLookupView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    private String login;
    private AccountSummary account;
    private boolean locked;
    private List<AuditEvent> trail = List.of();

    public void search() {
        String wanted = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        account = accounts.summary(wanted).orElse(null);
        if (account == null) {
            trail = List.of();
            PageMessages.add(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_WARN, "comptes.inconnu", wanted);
            return;
        }
        locked = accounts.isLocked(account.login());
        secondFactor = secondFactors.isEnrolled(account.login());
        List<AuditEvent> newestFirst = new ArrayList<>(audit.of(account.login()));
        Collections.reverse(newestFirst);
        trail = newestFirst;
    }

    private boolean secondFactor;

    @Inject
    SecondFactors secondFactors;

    public void unlock() {
        FacesContext faces = FacesContext.getCurrentInstance();
        accounts.unlock(account.login(), ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
        PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "comptes.deverrouille", account.login());
        search();
    }

    /** The person lost their phone and their recovery codes, and the helpdesk checked who is asking. */
    public void removeSecondFactor() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            secondFactors.reset(account.login(), ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, "comptes.facteurRetire", account.login());
        } catch (EJBAccessException refused) {
            PageMessages.add(faces, FacesMessage.SEVERITY_ERROR, "comptes.facteur.refuse");
        }
        search();
    }

    public boolean isSecondFactor() {
        return secondFactor;
    }

    public String format(Instant instant) {
        return instant == null ? "" : LOCAL_TIME.format(instant);
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public AccountSummary getAccount() {
        return account;
    }

    public boolean isLocked() {
        return locked;
    }

    public List<AuditEvent> getTrail() {
        return trail;
    }
}
