package fr.academie.portail.accounts.control;

import java.util.Locale;

/**
 * The NUMEN (numéro d'identification Éducation nationale): 13 characters, 2 digits (académie),
 * 1 letter (population), 2 digits (year), 5 digits, 3 letters. Confidential: only its keyed hash
 * and its last three characters are ever stored.
 */
public final class Numen {

    public static final int LENGTH = 13;
    public static final int VISIBLE_SUFFIX = 3;

    private Numen() {
    }

    /** Upper case, surrounding blanks removed: the form every comparison uses. */
    public static String canonical(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String raw) {
        String numen = canonical(raw);
        // 2 digits, a letter, 7 digits, 3 letters (ASCII), checked character by character: the
        // nightly import asks a million times
        if (numen.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = numen.charAt(i);
            boolean letterExpected = i == 2 || i >= 10;
            if (letterExpected ? c < 'A' || c > 'Z' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static String suffix(String raw) {
        String numen = canonical(raw);
        return numen.substring(Math.max(0, numen.length() - VISIBLE_SUFFIX));
    }

    /** What a report, a log or a screen may show: all but the last three characters hidden. */
    public static String masked(String raw) {
        String numen = canonical(raw);
        if (numen.length() <= VISIBLE_SUFFIX) {
            return "*".repeat(numen.length());
        }
        // at most the width of a real NUMEN, whatever was typed
        int hidden = Math.min(numen.length(), LENGTH) - VISIBLE_SUFFIX;
        return "*".repeat(hidden) + suffix(numen);
    }
}
