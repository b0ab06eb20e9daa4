package fr.academie.portail.accounts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.accounts.entity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final SignInOutcome FDURAND = new SignInOutcome(SignInOutcome.Kind.SIGNED_IN, "fdurand", Set.of(Role.AGENT));

    @Test
    void recallsOnlyTheSamePasswordWithinAMinute() {
        VerifiedCredentials verified = new VerifiedCredentials();
        verified.clock = Clock.fixed(Instant.parse("2026-12-08T08:00:00Z"), ZoneOffset.UTC);
        verified.remember("fdurand", "Chevaux bleus du lundi", FDURAND, verified.changesOf("fdurand"));
        assertThat(verified.recall("fdurand", "Chevaux bleus du lundi")).isEqualTo(FDURAND);
        assertThat(verified.recall("fdurand", "Chevaux bleus du lundI")).isNull();
        assertThat(verified.recall("fdurand1", "Chevaux bleus du lundi")).isNull();
        verified.clock = Clock.fixed(Instant.parse("2026-12-08T08:01:01Z"), ZoneOffset.UTC);
        assertThat(verified.recall("fdurand", "Chevaux bleus du lundi")).as("past its lifetime").isNull();
    }

    @Test
    void forgetsAnAccountWhosePasswordChanged() {
        VerifiedCredentials verified = new VerifiedCredentials();
        verified.remember("fdurand", "Chevaux bleus du lundi", FDURAND, verified.changesOf("fdurand"));
        verified.forget("fdurand");
        assertThat(verified.recall("fdurand", "Chevaux bleus du lundi")).isNull();
    }

    @Test
    void aCheckBegunBeforeAChangeIsNotRemembered() {
        VerifiedCredentials verified = new VerifiedCredentials();
        long before = verified.changesOf("fdurand");
        verified.forget("fdurand"); // the password changed while the old one was being verified
        verified.remember("fdurand", "Ancien mot de passe ici", FDURAND, before);
        assertThat(verified.recall("fdurand", "Ancien mot de passe ici")).isNull();
    }

    @Test
    void aLoginAndPasswordCannotBeShiftedIntoAnother() {
        VerifiedCredentials verified = new VerifiedCredentials();
        verified.remember("fdurand", "xChevaux", FDURAND, 0);
        assertThat(verified.recall("fdurandx", "Chevaux")).isNull();
    }

    @Test
    void aFloodOfCredentialsNeverGrowsPastItsBound() {
        VerifiedCredentials verified = new VerifiedCredentials();
        for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
            verified.remember("agent" + i, "mot de passe " + i, FDURAND, 0);
        }
        assertThat(verified.recall("agent0", "mot de passe 0")).isNull();
        assertThat(verified.recall("agent" + VerifiedCredentials.MAX_ENTRIES, "mot de passe " + VerifiedCredentials.MAX_ENTRIES))
                .isEqualTo(FDURAND);
    }
}
