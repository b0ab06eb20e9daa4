package fr.academie.portail.platform.boundary;

import fr.academie.portail.accounts.boundary.PortailAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The page frame: who is signed in, and signing out. The menu's items ask the roles themselves. */
@Named
@RequestScoped
public class ShellView {

    @Inject
    FacesContext faces;

    public String getCallerLogin() {
        var principal = faces.getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String signOut() throws ServletException {
        ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        faces.getExternalContext().invalidateSession();
        return PortailAuthenticationMechanism.LOGIN_PAGE + "?faces-redirect=true&deconnecte=true";
    }
}
