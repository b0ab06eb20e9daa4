package fr.academie.portail.promotions.boundary;

import fr.academie.portail.platform.boundary.PageMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/** What the promotion pages do with a service's answer: a French confirmation, or every refusal shown. */
final class PromotionPages {

    private PromotionPages() {
    }

    /** Runs the action; on success says {@code doneKey}, on refusal lists its reasons. Tells whether it went through. */
    static <T> boolean attempt(Supplier<T> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            PageMessages.add(faces, FacesMessage.SEVERITY_INFO, doneKey);
            return true;
        } catch (PromotionRejectedException rejected) {
            rejected.problems().values().forEach(problem -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, "")));
        } catch (EJBAccessException refused) {
            PageMessages.add(faces, FacesMessage.SEVERITY_ERROR, "promotion.horsPerimetre");
        }
        faces.validationFailed();
        return false;
    }
}
