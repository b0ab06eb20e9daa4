package fr.academie.portail.accounts.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as every
 * authenticator application computes them. A code is accepted for the step before, the step of and
 * the step after the server's clock (a phone a few seconds off), and only for a step later than the
 * last one accepted: a code seen over a shoulder cannot be used again.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

    private Totp() {
    }

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as authenticator applications take it typed: Base32, without padding. */
    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    public static byte[] fromBase32(String text) {
        return new Base32().decode(text.strip().replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** What the QR code of an enrolment holds ({@code otpauth://}, Google Authenticator's key URI format). */
    public static String keyUri(String issuer, String account, byte[] secret) {
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    public static long step(Instant when) {
        return Math.floorDiv(when.getEpochSecond(), STEP.toSeconds());
    }

    public static String code(byte[] secret, long step) {
        try {
            int value = GENERATOR.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"), Instant.ofEpochSecond(step * STEP.toSeconds()));
            return String.format("%0" + DIGITS + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step {@code typed} belongs to, when it is a fresh code of this secret at {@code now}. */
    public static OptionalLong accepts(byte[] secret, String typed, Instant now, long lastAcceptedStep) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String code = typed.replace(" ", "").strip();
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastAcceptedStep && code.equals(code(secret, step))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
