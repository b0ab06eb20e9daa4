package fr.academie.portail.accounts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a chosen password must respect. Each violation is a key of the French message bundle. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    public enum Violation {
        TOO_SHORT("motdepasse.regle.longueur"),
        IS_NUMEN("motdepasse.regle.numen"),
        CONTAINS_LOGIN("motdepasse.regle.identifiant"),
        CONFIRMATION_DIFFERS("motdepasse.regle.confirmation");

        private final String messageKey;

        Violation(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PasswordPolicy() {
    }

    /**
     * @param numenMatches whether the candidate is the account's NUMEN (checked by the caller,
     *                     which alone holds the NUMEN key)
     */
    public static List<Violation> check(String candidate, String confirmation, String login,
                                        boolean numenMatches) {
        List<Violation> violations = new ArrayList<>();
        String password = candidate == null ? "" : candidate;
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        }
        if (numenMatches) {
            violations.add(Violation.IS_NUMEN);
        }
        if (login != null && !login.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.CONTAINS_LOGIN);
        }
        if (!password.equals(confirmation)) {
            violations.add(Violation.CONFIRMATION_DIFFERS);
        }
        return violations;
    }
}
