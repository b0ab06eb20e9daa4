package fr.academie.portail.accounts.boundary;

import fr.academie.portail.accounts.entity.Role;
import java.util.Set;

/** What a sign-in attempt gives: refused, accepted with roles, or accepted only to change the password. */
public record SignInOutcome(Kind kind, String login, Set<Role> roles) {

    public enum Kind {
        REFUSED,
        SIGNED_IN,
        MUST_CHANGE_PASSWORD
    }

    static SignInOutcome refused() {
        return new SignInOutcome(Kind.REFUSED, null, Set.of());
    }
}
