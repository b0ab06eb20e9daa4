package fr.academie.portail.directory.control;

import fr.academie.portail.accounts.control.LoginRule;
import java.util.Optional;
import java.util.Set;

/**
 * The professional e-mail address: {@code prenom.nom@} the académie's domain, written like the
 * login (accents removed, spaces and apostrophes dropped, hyphens kept), numbered like the login
 * when taken ({@code florent.durand1@}), and never given twice.
 */
public final class ProfessionalAddress {

    /** The local part of an address has at most 64 characters: room is left for a number. */
    static final int MAX_BASE_LENGTH = 58;

    private ProfessionalAddress() {
    }

    /** {@code prenom.nom}, or nothing when a name has no letter left. */
    public static Optional<String> base(String firstName, String name) {
        String first = LoginRule.normalise(firstName);
        String last = LoginRule.normalise(name);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        String base = first + "." + last;
        return Optional.of(base.length() > MAX_BASE_LENGTH ? base.substring(0, MAX_BASE_LENGTH) : base);
    }

    /** The first free address among {@code base@domain}, {@code base1@domain}, … */
    public static String firstFree(String base, String domain, Set<String> taken) {
        String address = base + "@" + domain;
        for (int n = 1; taken.contains(address); n++) {
            address = base + n + "@" + domain;
        }
        return address;
    }
}
