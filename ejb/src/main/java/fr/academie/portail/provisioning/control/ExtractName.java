package fr.academie.portail.provisioning.control;

/**
 * The name an uploaded extract is kept and shown under: the last part of what was sent, in
 * letters, digits, dots, hyphens and underscores only, at most {@value #MAX_LENGTH} characters.
 * Whatever a client sends ({@code /}, {@code ..}, a NUL, three hundred characters) gives a name
 * that stays inside the imports folder and that every file system accepts.
 */
public final class ExtractName {

    public static final int MAX_LENGTH = 100;
    static final String FALLBACK = "extrait.csv";

    private ExtractName() {
    }

    public static String safe(String sent) {
        if (sent == null) {
            return FALLBACK;
        }
        String unified = sent.replace('\\', '/');
        String last = unified.substring(unified.lastIndexOf('/') + 1);
        StringBuilder cleaned = new StringBuilder(Math.min(last.length(), MAX_LENGTH));
        for (int i = 0; i < last.length() && cleaned.length() < MAX_LENGTH; i++) {
            char c = last.charAt(i);
            boolean kept = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            cleaned.append(kept ? c : '_');
        }
        String name = cleaned.toString();
        return name.isBlank() || name.startsWith(".") || name.chars().allMatch(c -> c == '_') ? FALLBACK : name;
    }
}
