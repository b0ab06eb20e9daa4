package fr.academie.portail.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text of a capability's bundle in French, the académie's working language: what the services
 * write to people (e-mails, reports, refusals) outside any page and its locale.
 */
public final class FrenchTexts {

    private FrenchTexts() {
    }

    /** @param bundle the bundle's base name, read with the class loader of {@code owner} */
    public static String format(String bundle, Class<?> owner, String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, Locale.FRENCH, owner.getClassLoader());
        return new MessageFormat(texts.getString(key), Locale.FRENCH).format(arguments);
    }
}
