package fr.academie.portail.transfers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page's reminders of the mutation windows open now. */
@Named
@RequestScoped
public class DeadlinesView {

    @Inject
    MyTransfers transfers;

    private List<Deadline> deadlines;

    public List<Deadline> getDeadlines() {
        if (deadlines == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            boolean agent = external.isUserInRole("AGENT") && !external.isUserInRole("MOT_DE_PASSE_A_CHANGER");
            deadlines = agent ? transfers.deadlines() : List.of();
        }
        return deadlines;
    }
}
