package fr.academie.portail.accounts.control;

import fr.academie.portail.accounts.entity.Role;
import java.util.Set;

/**
 * Who signs in with a second factor: those who can read or change many people's data — HR, the
 * helpdesk, the DSI — as the académies' OTP keys already require for their HR applications.
 */
public final class SecondFactorPolicy {

    public static final Set<Role> PRIVILEGED = Set.of(Role.GESTIONNAIRE_RH, Role.ASSISTANCE, Role.DSI);

    private SecondFactorPolicy() {
    }

    public static boolean requires(Set<Role> roles) {
        return roles.stream().anyMatch(PRIVILEGED::contains);
    }
}
