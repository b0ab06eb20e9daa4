package fr.academie.portail.services.control;

import fr.academie.portail.platform.control.FrenchTexts;

/** Messages of the collaborative services (refusals, e-mails), in French. */
public final class ServiceMessages {

    private static final String BUNDLE = "fr.academie.portail.services.control.messages";

    private ServiceMessages() {
    }

    public static String format(String key, Object... arguments) {
        return FrenchTexts.format(BUNDLE, ServiceMessages.class, key, arguments);
    }
}
