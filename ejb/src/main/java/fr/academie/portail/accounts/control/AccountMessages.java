package fr.academie.portail.accounts.control;

import fr.academie.portail.platform.control.FrenchTexts;

/** Texts the accounts send their owners (password notices, one-time codes), in French. */
public final class AccountMessages {

    private static final String BUNDLE = "fr.academie.portail.accounts.control.messages";

    private AccountMessages() {
    }

    public static String format(String key, Object... arguments) {
        return FrenchTexts.format(BUNDLE, AccountMessages.class, key, arguments);
    }
}
