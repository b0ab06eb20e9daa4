package fr.academie.portail.services.control;

import fr.academie.portail.services.entity.FormField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what a person typed in a service's request form against the service's fields, and
 * gives the values as they are kept (trimmed, dates and times in one form, logins in lower case).
 * Whether the logins exist is the boundary's question: this class has no database.
 */
public final class RequestForm {

    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;
    public static final int LOGINS_MAX = 200;

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    /** The outcome: the values to keep, the errors, the instance's end, the logins to look up. */
    public record Checked(Map<String, String> values, List<FieldError> errors, LocalDate expiresOn,
                          Map<String, Set<String>> logins) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private RequestForm() {
    }

    public static Checked check(List<FormField> fields, Map<String, String> typed, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Set<String>> logins = new LinkedHashMap<>();
        LocalDate expiresOn = null;
        Map<String, String> given = typed == null ? Map.of() : typed;
        Set<String> known = new LinkedHashSet<>();
        fields.forEach(field -> known.add(field.getCode()));
        given.keySet().stream().filter(code -> !known.contains(code))
                .forEach(code -> errors.add(FieldError.of(code, "champ.inconnu", code)));

        for (FormField field : fields) {
            String raw = given.get(field.getCode());
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty()) {
                if (field.isRequired()) {
                    errors.add(FieldError.of(field.getCode(), "champ.obligatoire", field.getLabel()));
                }
                continue;
            }
            if (CONTROL.matcher(text).find()) {
                errors.add(FieldError.of(field.getCode(), "champ.caracteres", field.getLabel()));
                continue;
            }
            int before = errors.size();
            String kept = switch (field.getKind()) {
                case TEXT -> limited(field, text, TEXT_MAX, errors);
                case LONG_TEXT -> limited(field, text, LONG_TEXT_MAX, errors);
                case DATE -> date(field, text, today, errors);
                case TIME -> time(field, text, errors);
                case NUMBER -> number(field, text, errors);
                case CHOICE -> choice(field, text, errors);
                case SCHOOL_YEAR -> schoolYear(field, text, today, errors);
                case LOGIN -> loginList(field, text, 1, errors, logins);
                case LOGINS -> loginList(field, text, LOGINS_MAX, errors, logins);
            };
            if (errors.size() == before) {
                values.put(field.getCode(), kept);
                if (field.getKind() == fr.academie.portail.services.entity.FieldKind.SCHOOL_YEAR) {
                    expiresOn = SchoolYear.parse(kept).orElseThrow().end();
                }
            }
        }
        return new Checked(values, List.copyOf(errors), expiresOn, logins);
    }

    /** The subject of a request or a suggestion: required, one line, at most 200 characters. */
    public static Optional<FieldError> checkSubject(String subject) {
        String text = subject == null ? "" : subject.strip();
        if (text.isEmpty()) {
            return Optional.of(FieldError.of("objet", "objet.obligatoire"));
        }
        if (text.length() > SUBJECT_MAX || text.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(FieldError.of("objet", "objet.invalide", SUBJECT_MAX));
        }
        return Optional.empty();
    }

    /** A free text (the details of a request, a comment): at most 4000 characters, no control characters. */
    public static Optional<FieldError> checkLongText(String field, String label, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > LONG_TEXT_MAX) {
            return Optional.of(FieldError.of(field, "champ.tropLong", label, LONG_TEXT_MAX));
        }
        if (CONTROL.matcher(text).find()) {
            return Optional.of(FieldError.of(field, "champ.caracteres", label));
        }
        return Optional.empty();
    }

    private static String limited(FormField field, String text, int max, List<FieldError> errors) {
        if (text.length() > max) {
            errors.add(FieldError.of(field.getCode(), "champ.tropLong", field.getLabel(), max));
        } else if (max == TEXT_MAX && (text.contains("\n") || text.contains("\r"))) {
            errors.add(FieldError.of(field.getCode(), "champ.uneLigne", field.getLabel()));
        }
        return text;
    }

    private static String date(FormField field, String text, LocalDate today, List<FieldError> errors) {
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            errors.add(FieldError.of(field.getCode(), "champ.date.invalide", field.getLabel(), text));
            return text;
        }
        if (date.isBefore(today)) {
            errors.add(FieldError.of(field.getCode(), "champ.date.passee", field.getLabel()));
        } else if (date.isAfter(today.plusYears(1))) {
            errors.add(FieldError.of(field.getCode(), "champ.date.lointaine", field.getLabel()));
        }
        return FRENCH_DATE.format(date);
    }

    private static String time(FormField field, String text, List<FieldError> errors) {
        try {
            String normalised = text.replace('h', ':').replace('H', ':');
            if (normalised.endsWith(":")) {
                normalised += "00";
            }
            if (normalised.indexOf(':') == 1) {
                normalised = "0" + normalised;
            }
            return TIME.format(LocalTime.parse(normalised, TIME));
        } catch (DateTimeException e) {
            errors.add(FieldError.of(field.getCode(), "champ.heure.invalide", field.getLabel(), text));
            return text;
        }
    }

    private static String number(FormField field, String text, List<FieldError> errors) {
        List<String> bounds = field.getChoiceList();
        long min = bounds.size() == 2 ? Long.parseLong(bounds.get(0)) : 1;
        long max = bounds.size() == 2 ? Long.parseLong(bounds.get(1)) : 100_000;
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                errors.add(FieldError.of(field.getCode(), "champ.nombre.horsBornes", field.getLabel(), min, max));
            }
            return Long.toString(value);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field.getCode(), "champ.nombre.invalide", field.getLabel(), text));
            return text;
        }
    }

    private static String choice(FormField field, String text, List<FieldError> errors) {
        return field.getChoiceList().stream().filter(choice -> choice.equalsIgnoreCase(text)).findFirst()
                .orElseGet(() -> {
                    errors.add(FieldError.of(field.getCode(), "champ.choix.invalide", field.getLabel(),
                            String.join(", ", field.getChoiceList())));
                    return text;
                });
    }

    private static String schoolYear(FormField field, String text, LocalDate today, List<FieldError> errors) {
        Optional<SchoolYear> year = SchoolYear.parse(text);
        if (year.isEmpty()) {
            errors.add(FieldError.of(field.getCode(), "champ.anneeScolaire.invalide", field.getLabel(), text));
            return text;
        }
        SchoolYear current = SchoolYear.of(today);
        if (year.get().firstYear() < current.firstYear() || year.get().firstYear() > current.firstYear() + 1) {
            errors.add(FieldError.of(field.getCode(), "champ.anneeScolaire.horsPeriode", field.getLabel(),
                    current.toString(), new SchoolYear(current.firstYear() + 1).toString()));
        }
        return year.get().toString();
    }

    private static String loginList(FormField field, String text, int max, List<FieldError> errors,
                                    Map<String, Set<String>> logins) {
        Set<String> found = new LinkedHashSet<>();
        for (String part : text.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!LOGIN.matcher(part).matches()) {
                errors.add(FieldError.of(field.getCode(), "champ.identifiant.invalide", field.getLabel(), part));
                return text;
            }
            found.add(part);
        }
        if (found.size() > max) {
            errors.add(max == 1
                    ? FieldError.of(field.getCode(), "champ.identifiant.unSeul", field.getLabel())
                    : FieldError.of(field.getCode(), "champ.identifiants.tropNombreux", field.getLabel(), max));
            return text;
        }
        logins.put(field.getCode(), found);
        return String.join(", ", found);
    }
}
