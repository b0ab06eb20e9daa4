package fr.academie.portail.accounts.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.academie.portail.accounts.control.Totp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecondFactorSecretsTest {

    private static SecondFactorSecrets withKey(String serverSecret) {
        SecondFactorSecrets secrets = new SecondFactorSecrets();
        secrets.serverSecret = serverSecret;
        secrets.init();
        return secrets;
    }

    @Test
    void aSealedSecretOpensWithTheSameKeyOnly() {
        byte[] secret = Totp.fromBase32("DEMOASSISTANCEKBENALIPORTAILXXXX");
        String sealed = withKey("clé du serveur").seal(secret);
        assertThat(sealed).doesNotContain("DEMO");
        assertThat(withKey("clé du serveur").open(sealed)).isEqualTo(secret);
        assertThat(withKey("clé du serveur").seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> withKey("une autre clé").open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemoSecretGivesCodesTheServerAccepts() {
        byte[] secret = withKey("k").open(withKey("k").seal(Totp.fromBase32("DEMOASSISTANCEKBENALIPORTAILXXXX")));
        Instant now = Instant.now();
        long step = Totp.step(now);
        assertThat(Totp.accepts(secret, Totp.code(Totp.fromBase32("DEMOASSISTANCEKBENALIPORTAILXXXX"), step - 1), now, 0))
                .hasValue(step - 1);
    }
}
