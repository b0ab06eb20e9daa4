package fr.academie.portail.provisioning.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The provisioning report speaks French: the académie's working language. */
public final class ProvisioningMessages {

    private static final Locale REPORT_LOCALE = Locale.FRENCH;
    private static final String BUNDLE = "fr.academie.portail.provisioning.control.messages";

    private ProvisioningMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, REPORT_LOCALE,
                ProvisioningMessages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), REPORT_LOCALE).format(arguments);
    }
}
