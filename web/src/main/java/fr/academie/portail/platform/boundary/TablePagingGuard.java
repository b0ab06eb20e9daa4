package fr.academie.portail.platform.boundary;

import fr.academie.portail.platform.control.TablePaging;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A table's paging parameters are checked ({@link TablePaging}) before any component reads them:
 * a crafted page turn is answered 400, never a failure of the table or a query with a negative offset.
 */
public class TablePagingGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TablePagingGuard.class.getName());

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        ExternalContext external = faces.getExternalContext();
        for (Map.Entry<String, String> parameter : external.getRequestParameterMap().entrySet()) {
            if (!TablePaging.accepts(parameter.getKey(), parameter.getValue())) {
                LOG.info(() -> "Pagination refusée (400) : " + external.getRequestServletPath());
                external.setResponseStatus(400);
                faces.responseComplete();
                return;
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }
}
