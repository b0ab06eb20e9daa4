package fr.academie.portail.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 secret. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void givesTheRfcCodes() {
        // the RFC gives 8 digits (94287082, 07081804): the last six are what a 6-digit application shows
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void acceptsTheNeighbouringStepsOnceEach() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.accepts(RFC_SECRET, Totp.code(RFC_SECRET, step), now, 0)).hasValue(step);
        assertThat(Totp.accepts(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.accepts(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.accepts(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).as("too old").isEmpty();
        assertThat(Totp.accepts(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).as("already used").isEmpty();
    }

    @Test
    void refusesWhatIsNoCode() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(Totp.accepts(RFC_SECRET, null, now, 0)).isEmpty();
        assertThat(Totp.accepts(RFC_SECRET, "12345", now, 0)).isEmpty();
        assertThat(Totp.accepts(RFC_SECRET, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.accepts(RFC_SECRET, "1".repeat(5000), now, 0)).isEmpty();
    }

    @Test
    void writesTheSecretAsApplicationsReadIt() {
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        String base32 = Totp.base32(secret);
        assertThat(base32).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.fromBase32(base32.toLowerCase())).isEqualTo(secret);
        assertThat(Totp.keyUri("Portail académique", "cmoreau", secret))
                .startsWith("otpauth://totp/Portail%20acad%C3%A9mique%3Acmoreau?secret=" + base32)
                .contains("&issuer=Portail%20acad%C3%A9mique", "&digits=6", "&period=30");
    }
}
