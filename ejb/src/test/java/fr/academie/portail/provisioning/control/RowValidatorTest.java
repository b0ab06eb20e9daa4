package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

    private final RowValidator validator = new RowValidator(LocalDate.of(2026, 11, 29));

    private static Map<String, String> validLine() {
        Map<String, String> values = new HashMap<>();
        values.put("numen", "01E9501234ABC");
        values.put("civilite", "Mme");
        values.put("nom", "Pierrard");
        values.put("nom_naissance", "Lemoine");
        values.put("prenom", "Martine");
        values.put("date_naissance", "12/03/1978");
        values.put("corps", "Professeur certifié");
        values.put("grade", "Classe normale");
        values.put("echelon", "7");
        values.put("date_echelon", "01/09/2022");
        values.put("discipline", "Lettres modernes");
        values.put("uai", "0750655e");
        values.put("fonction", "Enseignant");
        values.put("date_entree", "01/09/2004");
        values.put("date_sortie", "");
        values.put("email_perso", "martine.p@example.org");
        return values;
    }

    private RowOutcome validate(Map<String, String> values) {
        return validator.validate(new ExtractRow(7, values, null));
    }

    private String reasonOf(Map<String, String> values) {
        RowOutcome outcome = validate(values);
        assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
        RowRejection rejection = ((RowOutcome.Rejected) outcome).rejection();
        assertThat(rejection.lineNumber()).isEqualTo(7);
        return rejection.reason();
    }

    @Test
    void acceptsAValidLine() {
        RowOutcome outcome = validate(validLine());
        assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
        StaffRecord staff = ((RowOutcome.Accepted) outcome).staff();
        assertThat(staff.uai()).isEqualTo("0750655E");
        assertThat(staff.data().dateNaissance()).isEqualTo(LocalDate.of(1978, 3, 12));
        assertThat(staff.data().echelon()).isEqualTo(7);
        assertThat(staff.data().dateSortie()).isNull();
        assertThat(staff.toString()).doesNotContain("01E9501234ABC");
    }

    @Test
    void rejectsABadNumenAndMasksIt() {
        Map<String, String> line = validLine();
        line.put("numen", "01E95012ABCDE");
        RowOutcome.Rejected rejected = (RowOutcome.Rejected) validate(line);
        assertThat(rejected.rejection().reason()).contains("NUMEN invalide");
        assertThat(rejected.rejection().maskedNumen()).isEqualTo("**********CDE");
    }

    @Test
    void rejectsMissingRequiredFields() {
        Map<String, String> line = validLine();
        line.put("uai", " ");
        line.put("prenom", "");
        assertThat(reasonOf(line)).contains("Champ obligatoire vide : uai").contains("Champ obligatoire vide : prenom");
        // in the header's order, every night the same: HR compares reports from one night to the next
        assertThat(reasonOf(line)).containsSubsequence("Champ obligatoire vide : prenom", "Champ obligatoire vide : uai");
    }

    @Test
    void rejectsImpossibleOrMalformedDates() {
        Map<String, String> line = validLine();
        line.put("date_naissance", "31/02/1980");
        assertThat(reasonOf(line)).contains("Date invalide dans le champ date_naissance : « 31/02/1980 »");
        line.put("date_naissance", "1980-02-01");
        assertThat(reasonOf(line)).contains("JJ/MM/AAAA");
        line.put("date_naissance", "01/01/2030");
        assertThat(reasonOf(line)).contains("La date de naissance doit être passée");
    }

    @Test
    void rejectsBadShapesOfUaiEchelonAndEmail() {
        Map<String, String> line = validLine();
        line.put("uai", "075065E");
        line.put("echelon", "douze");
        line.put("email_perso", "pas-une-adresse");
        assertThat(reasonOf(line))
                .contains("UAI invalide : « 075065E »")
                .contains("Échelon invalide : « douze »")
                .contains("Adresse électronique personnelle invalide");
    }

    @Test
    void rejectsControlCharactersFormulaLikeNamesAndOversizedFields() {
        Map<String, String> line = validLine();
        line.put("discipline", "Lettres\u0007");
        assertThat(reasonOf(line)).contains("Caractère de contrôle interdit dans le champ discipline");

        line = validLine();
        line.put("nom", "=cmd|' /C calc'!A0");
        assertThat(reasonOf(line)).contains("Caractères non autorisés dans le champ nom");

        line = validLine();
        line.put("fonction", "x".repeat(1_000_000));
        assertThat(reasonOf(line)).contains("Champ fonction trop long (au plus 100 caractères)");
    }

    @Test
    void rejectsANameThatGivesNoLogin() {
        Map<String, String> line = validLine();
        line.put("nom", "' '");
        assertThat(reasonOf(line)).contains("au moins une lettre");
    }

    @Test
    void reportsAStructuralProblemAsItIs() {
        RowOutcome outcome = validator.validate(ExtractRow.problem(9, validLine(), "Nombre de champs incorrect : 3 au lieu de 16."));
        assertThat(((RowOutcome.Rejected) outcome).rejection().reason()).isEqualTo("Nombre de champs incorrect : 3 au lieu de 16.");
    }

    @Test
    void reportsEveryHeaderProblem() {
        assertThat(HrExtractFormat.headerProblems(List.of("numen", "nom", "prenom", "date_naissance", "uai"))).isEmpty();
        assertThat(HrExtractFormat.headerProblems(List.of("NUMEN", "Nom", "prenom", "date_naissance", "salaire", "nom")))
                .containsExactly(
                        "Colonnes obligatoires absentes de l'en-tête : uai.",
                        "Colonnes inconnues dans l'en-tête : salaire.",
                        "Colonnes présentes plusieurs fois dans l'en-tête : nom.");
    }

    /** The character-by-character checks say what the contract's regular expressions say. */
    @Test
    void theFastShapeChecksAgreeWithTheContractsExpressions() {
        Pattern uai = Pattern.compile("\\d{7}[A-Z]");
        Pattern name = Pattern.compile("[\\p{L}\\p{M} '’.-]+");
        Pattern control = Pattern.compile("\\p{Cntrl}");
        Pattern numen = Pattern.compile("\\d{2}[A-Z]\\d{7}[A-Z]{3}");
        Pattern email = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        String alphabet = "0123456789AZaz éèÉçœ'’.-_\t\u0001\u007F\u0301\u20DD\u0903٣@@..;\"\r\f\u000B\u00A0";
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                // mostly digits and capitals, so that well-shaped values come up too
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(random.nextInt(36)));
            }
            if (random.nextInt(50) == 0) {
                text.appendCodePoint(0x1D49C); // a letter outside the basic plane
            }
            String value = text.toString();
            assertThat(RowValidator.isUaiShaped(value)).as(value).isEqualTo(uai.matcher(value).matches());
            assertThat(RowValidator.isNameShaped(value)).as(value).isEqualTo(name.matcher(value).matches());
            assertThat(RowValidator.hasControlCharacter(value)).as(value).isEqualTo(control.matcher(value).find());
            assertThat(RowValidator.isEmailShaped(value)).as(value).isEqualTo(email.matcher(value).matches());
            assertThat(fr.academie.portail.accounts.control.Numen.isWellFormed(value)).as(value)
                    .isEqualTo(numen.matcher(fr.academie.portail.accounts.control.Numen.canonical(value)).matches());
        }
    }

    @Test
    void datesReadFastAreTheStrictFormatsDates() {
        Map<String, String> leapDay = validLine();
        leapDay.put("date_naissance", "29/02/1984");
        assertThat(validate(leapDay)).isInstanceOfSatisfying(RowOutcome.Accepted.class,
                a -> assertThat(a.staff().data().dateNaissance()).isEqualTo(LocalDate.of(1984, 2, 29)));
        for (String bad : List.of("29/02/1985", "31/04/1990", "00/01/1990", "01/13/1990", "1/1/1990", "01-01-1990", "01/01/199a")) {
            Map<String, String> values = validLine();
            values.put("date_naissance", bad);
            assertThat(reasonOf(values)).as(bad).contains("date_naissance");
        }
    }
}
