package fr.academie.portail.platform.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The pages that change many people's data are Faces protected views (faces-config.xml): a link of
 * the portal carries the session's token, and Faces refuses one that does not — a bookmark, a link
 * from a mail or from another site. Such a request is sent, before Faces refuses it, to a page
 * that says so and offers the portal's own link to the same page ({@link ProtectedViewNotice}).
 */
public class ProtectedViewEntry implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String NOTICE = "/erreur/page-protegee.xhtml";

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String viewId = request.getServletPath();
        if (!"GET".equals(request.getMethod()) || external.getRequestParameterMap().containsKey(ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM)
                || !faces.getApplication().getViewHandler().getProtectedViewsUnmodifiable().contains(viewId)) {
            return;
        }
        try {
            String query = request.getQueryString();
            external.redirect(external.getRequestContextPath() + NOTICE + "?vue=" + URLEncoder.encode(viewId, StandardCharsets.UTF_8)
                    + (query == null ? "" : "&parametres=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
