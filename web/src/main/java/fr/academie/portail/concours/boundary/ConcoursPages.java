package fr.academie.portail.concours.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/** What the concours pages do with a service's answer: a French confirmation, or every refusal shown. */
final class ConcoursPages {

    private ConcoursPages() {
    }

    static <T> boolean attempt(Supplier<T> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, doneKey);
            return true;
        } catch (ConcoursRejectedException rejected) {
            rejected.problems().values().forEach(problem -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, "")));
        }
        faces.validationFailed();
        return false;
    }
}
