package fr.academie.portail.messages.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the page header and on the home page, asked once per request. */
@Named
@RequestScoped
public class UnreadView {

    @Inject
    Messages messages;

    private Long count;

    public long getCount() {
        if (count == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            boolean reader = external.isUserInRole("AGENT") && !external.isUserInRole("MOT_DE_PASSE_A_CHANGER");
            count = reader ? messages.unread() : 0L;
        }
        return count;
    }

    /** After a message is read or archived in this request: count again when next asked. */
    public void forget() {
        count = null;
    }
}
