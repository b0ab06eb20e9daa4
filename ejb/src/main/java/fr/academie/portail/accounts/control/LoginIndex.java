package fr.academie.portail.accounts.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every login ever given, in memory, to hand out the next ones without a query. For each base it
 * also remembers where the numbering stands: a common name (« jmartin », hundreds of homonyms) then
 * costs one look-up, not one per homonym already numbered.
 *
 * <p>All suffixes below the remembered one are taken: the login rule numbers each base from the
 * first free suffix up, and a base holds no digit, so no other base can take one of its logins.
 */
public final class LoginIndex {

    private Supplier<Set<String>> source;
    private Set<String> given;
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** @param given every login given so far (the index adds to this set) */
    public LoginIndex(Set<String> given) {
        this.given = given;
    }

    /**
     * An index that loads the logins given so far when it first gives one: a night without a
     * newcomer never reads the million logins.
     */
    public static LoginIndex loadedOnFirstUse(Supplier<Set<String>> given) {
        LoginIndex index = new LoginIndex(null);
        index.source = given;
        return index;
    }

    /** The login {@link LoginRule#firstFree} gives for {@code base}, now counted as given. */
    public String give(String base) {
        if (given == null) {
            given = source.get();
        }
        int suffix = nextSuffix.getOrDefault(base, 0);
        String login = suffix == 0 ? base : base + suffix;
        while (given.contains(login)) {
            suffix++;
            login = base + suffix;
        }
        given.add(login);
        nextSuffix.put(base, suffix + 1);
        return login;
    }

    public int size() {
        if (given == null) {
            given = source.get();
        }
        return given.size();
    }
}
