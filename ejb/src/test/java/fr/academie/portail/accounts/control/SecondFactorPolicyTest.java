package fr.academie.portail.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.entity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondFactorPolicyTest {

    @Test
    void hrTheHelpdeskAndTheDsiSignInWithASecondFactor() {
        assertThat(SecondFactorPolicy.requires(Set.of(Role.AGENT, Role.GESTIONNAIRE_RH))).isTrue();
        assertThat(SecondFactorPolicy.requires(Set.of(Role.AGENT, Role.ASSISTANCE))).isTrue();
        assertThat(SecondFactorPolicy.requires(Set.of(Role.AGENT, Role.DSI))).isTrue();
        assertThat(SecondFactorPolicy.requires(Set.of(Role.AGENT, Role.CHEF_ETABLISSEMENT))).isFalse();
        assertThat(SecondFactorPolicy.requires(Set.of(Role.AGENT, Role.INSPECTEUR))).isFalse();
        assertThat(SecondFactorPolicy.requires(Set.of(Role.AGENT))).isFalse();
    }
}
