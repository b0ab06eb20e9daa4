package fr.academie.portail.accounts.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The académie's login rule: first letter of the first name followed by the name in use,
 * normalised to lower-case ASCII letters and hyphens, cut to {@value #MAX_BASE_LENGTH} characters.
 * Homonyms get a numeric suffix chosen by {@link #firstFree(String, Set)}.
 */
public final class LoginRule {

    public static final int MAX_BASE_LENGTH = 20;

    /** Letters that Unicode decomposition leaves whole: mapped explicitly. */
    private static final Map<Character, String> LIGATURES = Map.of(
            'œ', "oe", 'æ', "ae", 'ß', "ss", 'ø', "o", 'ł', "l", 'đ', "d", 'þ', "th");

    private LoginRule() {
    }

    /**
     * The login base for a person, or empty when either name holds no letter at all
     * (such a row is rejected rather than given a made-up login).
     */
    public static Optional<String> base(String firstName, String name) {
        String first = normalise(firstName);
        String last = normalise(name);
        Optional<Character> initial = first.chars()
                .filter(c -> c >= 'a' && c <= 'z')
                .mapToObj(c -> (char) c)
                .findFirst();
        if (initial.isEmpty() || last.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        String base = trimHyphens(initial.get() + last);
        if (base.length() > MAX_BASE_LENGTH) {
            base = trimHyphens(base.substring(0, MAX_BASE_LENGTH));
        }
        return Optional.of(base);
    }

    /**
     * Whether {@link #base} gives a login base for these names. Most names hold an ASCII letter,
     * which normalisation keeps: they are answered without normalising them.
     */
    public static boolean givesBase(String firstName, String name) {
        if (hasAsciiLetter(firstName) && hasAsciiLetter(name)) {
            return true;
        }
        return base(firstName, name).isPresent();
    }

    private static boolean hasAsciiLetter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code base}, {@code base1}, {@code base2}, … that is not taken. */
    public static String firstFree(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int suffix = 1; ; suffix++) {
            String candidate = base + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Lower-case ASCII letters and single inner hyphens; spaces, apostrophes and dots vanish,
     * diacritics are stripped, anything else is dropped.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder expanded = new StringBuilder(lower.length() + 4);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String ligature = c < 128 ? null : LIGATURES.get(c);
            if (ligature == null) {
                expanded.append(c);
            } else {
                expanded.append(ligature);
            }
            ascii &= c < 128;
        }
        // most names are plain ASCII: nothing to decompose
        CharSequence decomposed = ascii ? expanded : Normalizer.normalize(expanded, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c == '-' && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
            // combining marks, spaces, apostrophes, dots and every other character are dropped
        }
        return trimHyphens(out.toString());
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
