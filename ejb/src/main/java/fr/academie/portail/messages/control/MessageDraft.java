package fr.academie.portail.messages.control;

import fr.academie.portail.messages.entity.TargetKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message before it is sent: checked (subject, body, target), its target tidied (a UAI in
 * capitals, logins in lower case without duplicates). The boundary then resolves the recipients.
 */
public record MessageDraft(String subject, String body, TargetKind kind, String value) {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 8000;
    public static final int LOGINS_MAX = 1000;

    private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    /** The draft as it will be sent, or the French reasons it cannot be. */
    public record Checked(MessageDraft draft, List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Checked check(String subject, String body, TargetKind kind, String value) {
        List<String> errors = new ArrayList<>();
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.strip();
        if (s.isEmpty()) {
            errors.add("L'objet du message est obligatoire.");
        } else if (s.length() > SUBJECT_MAX || s.chars().anyMatch(Character::isISOControl)) {
            errors.add("L'objet tient sur une ligne de " + SUBJECT_MAX + " caractères au plus.");
        }
        if (b.isEmpty()) {
            errors.add("Le texte du message est obligatoire.");
        } else if (b.length() > BODY_MAX || CONTROL.matcher(b).find()) {
            errors.add("Le texte compte au plus " + BODY_MAX + " caractères, sans caractère de contrôle.");
        }
        String v = value == null ? "" : value.strip();
        String tidy = null;
        if (kind == null) {
            errors.add("Choisissez les destinataires.");
        } else {
            switch (kind) {
                case TOUS -> tidy = null;
                case CORPS, DISCIPLINE -> {
                    if (v.isEmpty() || v.length() > 100) {
                        errors.add(kind == TargetKind.CORPS ? "Choisissez le corps destinataire." : "Choisissez la discipline destinataire.");
                    }
                    tidy = v;
                }
                case ETABLISSEMENT -> {
                    tidy = v.toUpperCase(Locale.ROOT);
                    if (!UAI.matcher(tidy).matches()) {
                        errors.add("« " + v + " » n'est pas un UAI (7 chiffres et une lettre).");
                    }
                }
                case IDENTIFIANTS -> {
                    Set<String> logins = new LinkedHashSet<>();
                    for (String login : v.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
                        if (login.isEmpty()) {
                            continue;
                        }
                        if (!LOGIN.matcher(login).matches()) {
                            errors.add("« " + login + " » n'est pas un identifiant académique.");
                        }
                        logins.add(login);
                    }
                    if (logins.isEmpty()) {
                        errors.add("Donnez au moins un identifiant destinataire.");
                    } else if (logins.size() > LOGINS_MAX) {
                        errors.add("Au plus " + LOGINS_MAX + " identifiants : pour davantage, visez un corps, une discipline ou un établissement.");
                    }
                    tidy = String.join(", ", logins);
                }
            }
        }
        return new Checked(new MessageDraft(s, b, kind, tidy), List.copyOf(errors));
    }

    /** The logins of an {@link TargetKind#IDENTIFIANTS} target. */
    public List<String> logins() {
        return value == null ? List.of() : Arrays.stream(value.split(", ")).toList();
    }
}
