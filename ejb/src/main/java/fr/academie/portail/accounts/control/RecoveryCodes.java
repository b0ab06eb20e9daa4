package fr.academie.portail.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes for a lost phone: ten codes of eight characters (about 40 bits each, from letters
 * and digits that cannot be mistaken for one another), shown once, kept only as SHA-256 — enough for
 * random codes that each work once and are counted like passwords.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Ten new codes, written {@code ABCD-EFGH}. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 8; c++) {
                if (c == 4) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Whether what was typed looks like a recovery code rather than a six-digit one. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && normalised(typed).length() == 8 && !normalised(typed).chars().allMatch(Character::isDigit);
    }

    /** The hash a code is kept under, the same however it is typed (case, hyphen, blanks). */
    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalised(String code) {
        return code.replace("-", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }
}
