package fr.academie.portail.home.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * To whom a home tile is shown: the roles, functions and disciplines the DSI listed (separated by
 * {@code |}); an empty list lets everyone through. A person sees the tile when they pass all three.
 * Functions and disciplines are compared without regard to case or accents (HR writes them freely).
 */
public record TileRule(Set<String> roles, Set<String> functions, Set<String> disciplines) {

    public static TileRule of(String roles, String functions, String disciplines) {
        return new TileRule(split(roles, false), split(functions, true), split(disciplines, true));
    }

    public boolean shows(Collection<String> callerRoles, String function, String discipline) {
        return (roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains))
                && (functions.isEmpty() || (function != null && functions.contains(comparable(function))))
                && (disciplines.isEmpty() || (discipline != null && disciplines.contains(comparable(discipline))));
    }

    /** A list as the DSI typed it, tidied: trimmed items, no empties, {@code |} between them. */
    public static String tidy(String list) {
        if (list == null) {
            return null;
        }
        String tidy = Arrays.stream(list.split("\\|")).map(String::strip).filter(item -> !item.isEmpty())
                .distinct().collect(Collectors.joining("|"));
        return tidy.isEmpty() ? null : tidy;
    }

    private static Set<String> split(String list, boolean loose) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split("\\|")).map(String::strip).filter(item -> !item.isEmpty())
                .map(item -> loose ? comparable(item) : item).collect(Collectors.toUnmodifiableSet());
    }

    static String comparable(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
