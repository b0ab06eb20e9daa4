package fr.academie.portail.provisioning.control;

import static fr.academie.portail.provisioning.control.HrExtractFormat.*;

import fr.academie.portail.accounts.control.LoginRule;
import fr.academie.portail.accounts.control.Numen;
import fr.academie.portail.dossier.entity.AdministrativeData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one extract line against the contract of format v1. Every problem of the line is
 * reported at once, so HR can fix the line in one go.
 */
public final class RowValidator {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern UAI_SHAPE = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern NAME_SHAPE = Pattern.compile("[\\p{L}\\p{M} '’.-]+");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
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
        String masked = numen == null ? "" : Numen.masked(numen);
        if (row.structuralProblem() != null) {
            return reject(row, masked, List.of(row.structuralProblem()));
        }
        List<String> problems = new ArrayList<>();

        for (String column : REQUIRED) {
            if (row.value(column) == null) {
                problems.add(ProvisioningMessages.format("ligne.obligatoire", column));
            }
        }
        for (Map.Entry<String, String> entry : row.values().entrySet()) {
            String value = entry.getValue();
            if (value != null && CONTROL_CHARACTERS.matcher(value).find()) {
                problems.add(ProvisioningMessages.format("ligne.controle", entry.getKey()));
            }
            Integer max = MAX_LENGTHS.get(entry.getKey());
            if (max != null && value != null && value.strip().length() > max) {
                problems.add(ProvisioningMessages.format("ligne.trop.long", entry.getKey(), max));
            }
        }
        if (numen != null && !Numen.isWellFormed(numen)) {
            problems.add(ProvisioningMessages.format("ligne.numen"));
        }
        String uai = row.value(UAI);
        if (uai != null && !UAI_SHAPE.matcher(uai.toUpperCase()).matches()) {
            problems.add(ProvisioningMessages.format("ligne.uai", uai));
        }
        for (String column : List.of(NOM, NOM_NAISSANCE, PRENOM)) {
            String name = row.value(column);
            if (name != null && !NAME_SHAPE.matcher(name).matches()) {
                problems.add(ProvisioningMessages.format("ligne.nom.caracteres", column));
            }
        }
        if (problems.isEmpty() && LoginRule.base(row.value(PRENOM), row.value(NOM)).isEmpty()) {
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
        if (email != null && !EMAIL_SHAPE.matcher(email).matches()) {
            problems.add(ProvisioningMessages.format("ligne.email"));
        }
        if (!problems.isEmpty()) {
            return reject(row, masked, problems);
        }
        AdministrativeData data = new AdministrativeData(
                row.value(CIVILITE), row.value(NOM), row.value(NOM_NAISSANCE), row.value(PRENOM), birth,
                row.value(CORPS), row.value(GRADE), echelon, echelonDate, row.value(DISCIPLINE),
                row.value(FONCTION), entry, exit, email);
        return new RowOutcome.Accepted(
                new StaffRecord(row.lineNumber(), Numen.canonical(numen), uai.toUpperCase(), data));
    }

    private static RowOutcome reject(ExtractRow row, String masked, List<String> problems) {
        String numen = row.value(NUMEN);
        String wellFormed = numen != null && Numen.isWellFormed(numen) ? Numen.canonical(numen) : null;
        return new RowOutcome.Rejected(new RowRejection(row.lineNumber(), masked, String.join(" ; ", problems), wellFormed));
    }

    private static LocalDate date(ExtractRow row, String column, List<String> problems) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            problems.add(ProvisioningMessages.format("ligne.date", column, value));
            return null;
        }
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
