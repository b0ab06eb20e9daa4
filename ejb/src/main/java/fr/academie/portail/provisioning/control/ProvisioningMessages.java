package fr.academie.portail.provisioning.control;

import fr.academie.portail.platform.control.FrenchTexts;

/** The provisioning report speaks French: the académie's working language. */
public final class ProvisioningMessages {

    private static final String BUNDLE = "fr.academie.portail.provisioning.control.messages";

    private ProvisioningMessages() {
    }

    public static String format(String key, Object... arguments) {
        return FrenchTexts.format(BUNDLE, ProvisioningMessages.class, key, arguments);
    }
}
