package fr.academie.portail.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** « Cette page s'ouvre depuis le portail »: the portal's own link, with its token, to the protected page asked for. */
@Named
@RequestScoped
public class ProtectedViewNotice {

    @Inject
    FacesContext faces;

    /** The page's address with the session's token, or null when what was asked for is no protected page. */
    public String getLink() {
        Map<String, String> request = faces.getExternalContext().getRequestParameterMap();
        String viewId = request.get("vue");
        if (viewId == null || !faces.getApplication().getViewHandler().getProtectedViewsUnmodifiable().contains(viewId)) {
            return null;
        }
        return faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, parameters(request.get("parametres")), false);
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.length() > 2000) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!name.isBlank() && !name.startsWith("jakarta.faces")) {
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }
}
