package fr.academie.portail.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;

/** Messages of the pages, in the page's language: texts of the {@code msg} bundle by key. */
public final class PageMessages {

    private PageMessages() {
    }

    public static String text(FacesContext faces, String key, Object... arguments) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public static void add(FacesContext faces, FacesMessage.Severity severity, String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(severity, text(faces, key, arguments), ""));
    }

    public static void errors(FacesContext faces, List<String> keys) {
        keys.forEach(key -> add(faces, FacesMessage.SEVERITY_ERROR, key));
    }
}
