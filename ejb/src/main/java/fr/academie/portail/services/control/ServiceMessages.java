package fr.academie.portail.services.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages of the collaborative services (refusals, e-mails), in French. */
public final class ServiceMessages {

    private static final Locale LOCALE = Locale.FRENCH;
    private static final String BUNDLE = "fr.academie.portail.services.control.messages";

    private ServiceMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, LOCALE, ServiceMessages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), LOCALE).format(arguments);
    }
}
