package fr.academie.portail.platform.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the REST API and of the servlet filters, from the pages' bundle: French, the portal's
 * language, since a script or a refusal outside a page has no page locale to follow.
 */
public final class ApiText {

    private static final String BUNDLE = "fr.academie.portail.web.messages";

    private ApiText() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(arguments);
    }
}
