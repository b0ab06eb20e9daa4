package fr.academie.portail.accounts.control;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a chosen password must respect. Each violation is a key of the French message bundle.
 * How hard it is to guess is zxcvbn's estimate (Dropbox's model, as zxcvbn4j ports it): common and
 * breached passwords, dictionary words, keyboard walks, repeated and sequential characters, dates;
 * the person's login and names, and the portal's own words, count as already known. A long phrase of
 * ordinary words passes; « azertyuiop123 » does not.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** More is never needed, and a password is hashed 210 000 times over. */
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's « very unguessable »: at least 10^10 guesses, even knowing the person's names. */
    static final int MIN_SCORE = 4;
    private static final List<String> PORTAL_WORDS = List.of("portail", "academie", "académie", "education",
            "éducation", "nationale", "rectorat", "motdepasse", "password", "numen", "paris", "ac-paris");
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    public enum Violation {
        TOO_SHORT("motdepasse.regle.longueur"),
        TOO_LONG("motdepasse.regle.longueurMax"),
        TOO_GUESSABLE("motdepasse.regle.devinable"),
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
     * The longest password a sign-in verifies: passwords chosen before {@link #MAX_LENGTH} existed
     * still open their account; what is longer is refused unhashed (the body limit bounds it anyway).
     */
    public static final int MAX_VERIFIED_LENGTH = 4096;

    /** Whether a typed password is worth verifying at a sign-in. */
    public static boolean withinMaxLength(String password) {
        return password.length() <= MAX_VERIFIED_LENGTH;
    }

    /** The same as {@link #check(String, String, String, boolean, List)} with no names known. */
    public static List<Violation> check(String candidate, String confirmation, String login, boolean numenMatches) {
        return check(candidate, confirmation, login, numenMatches, List.of());
    }

    /**
     * @param numenMatches whether the candidate is the account's NUMEN (checked by the caller,
     *                     which alone holds the NUMEN key)
     * @param knownWords   what others know of the person (first and last names): no help to a password
     */
    public static List<Violation> check(String candidate, String confirmation, String login, boolean numenMatches,
                                        List<String> knownWords) {
        List<Violation> violations = new ArrayList<>();
        String password = candidate == null ? "" : candidate;
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        } else if (password.length() > MAX_LENGTH) {
            violations.add(Violation.TOO_LONG);
        } else if (guessScore(password, login, knownWords) < MIN_SCORE) {
            violations.add(Violation.TOO_GUESSABLE);
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

    /** zxcvbn's score, 0 (guessed at once) to 4, knowing the person's login and names. */
    static int guessScore(String password, String login, List<String> knownWords) {
        List<String> known = new ArrayList<>(PORTAL_WORDS);
        if (login != null && !login.isBlank()) {
            known.add(login.toLowerCase(Locale.ROOT));
        }
        knownWords.stream().filter(w -> w != null && !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT)).forEach(known::add);
        return ESTIMATOR.measure(password, known).getScore();
    }
}
