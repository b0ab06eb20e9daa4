package fr.academie.portail.provisioning.control;

import static fr.academie.portail.provisioning.control.HrExtractFormat.*;

import fr.academie.portail.accounts.control.LoginRule;
import fr.academie.portail.accounts.control.Numen;
import fr.academie.portail.dossier.entity.AdministrativeData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one extract line against the contract of format v1. Every problem of the line is
 * reported at once, so HR can fix the line in one go.
 */
public final class RowValidator {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_ECHELON = 20;

    /** Column widths of the dossier; a longer value is refused rather than cut. */
    private static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(
            Map.entry(CIVILITE, 10), Map.entry(NOM, 100), Map.entry(NOM_NAISSANCE, 100),
            Map.entry(PRENOM, 100), Map.entry(CORPS, 100), Map.entry(GRADE, 100),
            Map.entry(DISCIPLINE, 100), Map.entry(FONCTION, 100), Map.entry(EMAIL_PERSO, 254));

    private final LocalDate today;

    public RowValidator(LocalDate today) {
        this.today = today;
    }

    public RowOutcome validate(ExtractRow row) {
        String numen = row.value(NUMEN);
        if (row.structuralProblem() != null) {
            return reject(row, List.of(row.structuralProblem()));
        }
        List<String> problems = new ArrayList<>();

        for (String column : REQUIRED) {
            if (row.value(column) == null) {
                problems.add(ProvisioningMessages.format("ligne.obligatoire", column));
            }
        }
        row.values().forEach((column, value) -> {
            if (value != null && hasControlCharacter(value)) {
                problems.add(ProvisioningMessages.format("ligne.controle", column));
            }
            Integer max = MAX_LENGTHS.get(column);
            if (max != null && value != null && value.strip().length() > max) {
                problems.add(ProvisioningMessages.format("ligne.trop.long", column, max));
            }
        });
        if (numen != null && !Numen.isWellFormed(numen)) {
            problems.add(ProvisioningMessages.format("ligne.numen"));
        }
        String uai = row.value(UAI);
        if (uai != null && !isUaiShaped(uai.toUpperCase())) {
            problems.add(ProvisioningMessages.format("ligne.uai", uai));
        }
        for (String column : List.of(NOM, NOM_NAISSANCE, PRENOM)) {
            String name = row.value(column);
            if (name != null && !isNameShaped(name)) {
                problems.add(ProvisioningMessages.format("ligne.nom.caracteres", column));
            }
        }
        if (problems.isEmpty() && !LoginRule.givesBase(row.value(PRENOM), row.value(NOM))) {
            problems.add(ProvisioningMessages.format("ligne.nom.sans.lettre"));
        }
        LocalDate birth = date(row, DATE_NAISSANCE, problems);
        LocalDate echelonDate = date(row, DATE_ECHELON, problems);
        LocalDate entry = date(row, DATE_ENTREE, problems);
        LocalDate exit = date(row, DATE_SORTIE, problems);
        if (birth != null && !birth.isBefore(today)) {
            problems.add(ProvisioningMessages.format("ligne.naissance.future"));
        }
        Integer echelon = echelon(row, problems);
        String email = row.value(EMAIL_PERSO);
        if (email != null && !isEmailShaped(email)) {
            problems.add(ProvisioningMessages.format("ligne.email"));
        }
        if (!problems.isEmpty()) {
            return reject(row, problems);
        }
        AdministrativeData data = new AdministrativeData(
                row.value(CIVILITE), row.value(NOM), row.value(NOM_NAISSANCE), row.value(PRENOM), birth,
                row.value(CORPS), row.value(GRADE), echelon, echelonDate, row.value(DISCIPLINE),
                row.value(FONCTION), entry, exit, email);
        return new RowOutcome.Accepted(
                new StaffRecord(row.lineNumber(), Numen.canonical(numen), uai.toUpperCase(), data));
    }

    /** The NUMEN masked only for a rejected line: a million accepted lines do not need it. */
    private static RowOutcome reject(ExtractRow row, List<String> problems) {
        String numen = row.value(NUMEN);
        String masked = numen == null ? "" : Numen.masked(numen);
        String wellFormed = numen != null && Numen.isWellFormed(numen) ? Numen.canonical(numen) : null;
        return new RowOutcome.Rejected(new RowRejection(row.lineNumber(), masked, String.join(" ; ", problems), wellFormed));
    }

    /*
     * The shapes below are checked character by character rather than by regular expressions: the
     * nightly import checks a million lines, and those expressions were most of its time.
     */

    /** Whether the text holds a control character ({@code \p{Cntrl}}: U+0000 to U+001F, U+007F). */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** 7 digits and a letter (ASCII). */
    static boolean isUaiShaped(String uai) {
        if (uai.length() != 8) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (uai.charAt(i) < '0' || uai.charAt(i) > '9') {
                return false;
            }
        }
        return uai.charAt(7) >= 'A' && uai.charAt(7) <= 'Z';
    }

    /** Letters, combining marks, spaces, apostrophes (' and ’), dots and hyphens, at least one of them. */
    static boolean isNameShaped(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int type = Character.getType(c);
            boolean allowed = Character.isLetter(c) || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || c == ' ' || c == '\'' || c == '’' || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Something, one @, a domain with a dot inside; no blank ({@code [^@\s]+@[^@\s]+\.[^@\s]+}). */
    static boolean isEmailShaped(String email) {
        int at = email.indexOf('@');
        if (at < 1 || email.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        int dot = email.indexOf('.', at + 2);
        return dot > 0 && dot < email.length() - 1;
    }

    private static LocalDate date(ExtractRow row, String column, List<String> problems) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        try {
            if (isDateShaped(value)) {
                // dd/MM/yyyy read directly; LocalDate.of refuses an impossible date as the strict format does
                return LocalDate.of(Integer.parseInt(value, 6, 10, 10), Integer.parseInt(value, 3, 5, 10),
                        Integer.parseInt(value, 0, 2, 10));
            }
            return LocalDate.parse(value, DATE);
        } catch (DateTimeException e) {
            problems.add(ProvisioningMessages.format("ligne.date", column, value));
            return null;
        }
    }

    private static boolean isDateShaped(String value) {
        if (value.length() != 10 || value.charAt(2) != '/' || value.charAt(5) != '/') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 2 && i != 5 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static Integer echelon(ExtractRow row, List<String> problems) {
        String value = row.value(ECHELON);
        if (value == null) {
            return null;
        }
        try {
            int echelon = Integer.parseInt(value);
            if (echelon >= 1 && echelon <= MAX_ECHELON) {
                return echelon;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ProvisioningMessages.format("ligne.echelon", value));
        return null;
    }
}
