package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.services.entity.FieldKind;
import fr.academie.portail.services.entity.FieldRequirement;
import fr.academie.portail.services.entity.FormField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static final List<FormField> CYBERCARNET = List.of(
            new FormField(1, "annee_scolaire", "Année scolaire", FieldKind.SCHOOL_YEAR, FieldRequirement.REQUIRED, null, null),
            new FormField(2, "acces", "Accès au blog", FieldKind.CHOICE, FieldRequirement.REQUIRED, "PUBLIC|RESTREINT", null),
            new FormField(3, "classes", "Classes concernées", FieldKind.TEXT, FieldRequirement.REQUIRED, null, null),
            new FormField(4, "enseignant", "Enseignant responsable", FieldKind.LOGIN, FieldRequirement.REQUIRED, null, null));

    private static final List<FormField> VISIO = List.of(
            new FormField(1, "date", "Date de la réunion", FieldKind.DATE, FieldRequirement.REQUIRED, null, null),
            new FormField(2, "heure", "Heure de début", FieldKind.TIME, FieldRequirement.REQUIRED, null, null),
            new FormField(3, "participants", "Participants", FieldKind.NUMBER, FieldRequirement.REQUIRED, "2|500", null),
            new FormField(4, "membres", "Membres", FieldKind.LOGINS, FieldRequirement.OPTIONAL, null, null),
            new FormField(5, "usage", "Usage", FieldKind.LONG_TEXT, FieldRequirement.OPTIONAL, null, null));

    @Test
    void aGoodCybercarnetRequestIsKeptTidyAndExpiresAtTheEndOfItsSchoolYear() {
        RequestForm.Checked checked = RequestForm.check(CYBERCARNET, Map.of(
                "annee_scolaire", " 2026 / 2027 ", "acces", "restreint", "classes", "6e B, 5e A", "enseignant", " EL efevre"
                        .replace(" ", "")), TODAY);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.values()).containsExactly(Map.entry("annee_scolaire", "2026-2027"), Map.entry("acces", "RESTREINT"),
                Map.entry("classes", "6e B, 5e A"), Map.entry("enseignant", "elefevre"));
        assertThat(checked.expiresOn()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(checked.logins()).containsEntry("enseignant", Set.of("elefevre"));
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        RequestForm.Checked checked = RequestForm.check(CYBERCARNET, Map.of("classes", "   "), TODAY);
        assertThat(checked.errors()).extracting(FieldError::message).containsExactly(
                "Le champ « Année scolaire » est obligatoire.", "Le champ « Accès au blog » est obligatoire.",
                "Le champ « Classes concernées » est obligatoire.", "Le champ « Enseignant responsable » est obligatoire.");
    }

    @Test
    void schoolYearsMustBeConsecutiveAndCurrentOrNext() {
        assertThat(messages(CYBERCARNET, "annee_scolaire", "2026-2028")).anyMatch(m -> m.contains("n'est pas une année scolaire"));
        assertThat(messages(CYBERCARNET, "annee_scolaire", "2024-2025")).anyMatch(m -> m.contains("2026-2027 ou 2027-2028"));
        assertThat(messages(CYBERCARNET, "annee_scolaire", "2027-2028")).noneMatch(m -> m.contains("scolaire"));
        assertThat(SchoolYear.of(LocalDate.of(2027, 8, 31))).isEqualTo(new SchoolYear(2026));
        assertThat(SchoolYear.of(LocalDate.of(2027, 9, 1))).isEqualTo(new SchoolYear(2027));
    }

    @Test
    void choicesLoginsAndUnknownFieldsAreChecked() {
        assertThat(messages(CYBERCARNET, "acces", "secret")).contains("Valeur non prévue pour « Accès au blog » ; valeurs possibles : PUBLIC, RESTREINT.");
        assertThat(messages(CYBERCARNET, "enseignant", "m.pierrard")).anyMatch(m -> m.contains("n'est pas un identifiant académique valide"));
        assertThat(messages(CYBERCARNET, "enseignant", "mpierrard elefevre")).contains("Un seul identifiant est attendu pour « Enseignant responsable ».");
        Map<String, String> withExtra = new HashMap<>(good());
        withExtra.put("motdepasse", "x");
        assertThat(RequestForm.check(CYBERCARNET, withExtra, TODAY).errors()).extracting(FieldError::message)
                .containsExactly("Champ inconnu pour ce service : « motdepasse ».");
    }

    @Test
    void datesTimesAndNumbersOfAMeeting() {
        RequestForm.Checked good = RequestForm.check(VISIO, Map.of("date", "2027-01-15", "heure", "9h30", "participants", "25",
                "membres", "mpierrard; ELEFEVRE,mpierrard  fdurand"), TODAY);
        assertThat(good.errors()).isEmpty();
        assertThat(good.values()).containsEntry("date", "15/01/2027").containsEntry("heure", "09:30")
                .containsEntry("membres", "mpierrard, elefevre, fdurand");
        assertThat(good.expiresOn()).isNull();

        RequestForm.Checked bad = RequestForm.check(VISIO, Map.of("date", "31/02/2027", "heure", "25:00", "participants", "1"), TODAY);
        assertThat(bad.errors()).extracting(FieldError::message).containsExactly(
                "« 31/02/2027 » n'est pas une date valide pour « Date de la réunion » (attendu : jj/mm/aaaa).",
                "« 25:00 » n'est pas une heure valide pour « Heure de début » (attendu : hh:mm).",
                "Le champ « Participants » doit être compris entre 2 et 500.");
        assertThat(messages(VISIO, "date", "28/11/2026")).contains("La date « Date de la réunion » est passée.");
        assertThat(messages(VISIO, "date", "29/11/2026")).noneMatch(m -> m.contains("Date de la réunion"));
        assertThat(messages(VISIO, "date", "01/01/2028")).contains("La date « Date de la réunion » est à plus d'un an.");
        assertThat(messages(VISIO, "participants", "douze")).contains("« douze » n'est pas un nombre entier pour « Participants ».");
    }

    @Test
    void lengthsLinesAndControlCharacters() {
        assertThat(messages(CYBERCARNET, "classes", "x".repeat(201))).contains("Le champ « Classes concernées » dépasse 200 caractères.");
        assertThat(messages(CYBERCARNET, "classes", "6e B\n5e A")).contains("Le champ « Classes concernées » doit tenir sur une ligne.");
        assertThat(messages(CYBERCARNET, "classes", "6e\u0007B")).contains("Le champ « Classes concernées » contient des caractères de contrôle.");
        assertThat(messages(VISIO, "usage", "ligne 1\nligne 2")).noneMatch(m -> m.contains("Usage"));
        assertThat(RequestForm.checkSubject("  ")).map(FieldError::message).contains("L'objet de la demande est obligatoire.");
        assertThat(RequestForm.checkSubject("a".repeat(201))).isPresent();
        assertThat(RequestForm.checkSubject("<script>alert(1)</script>")).as("kept as text, escaped when shown").isEmpty();
        assertThat(RequestForm.checkLongText("precisions", "Précisions", "x".repeat(4001))).isPresent();
    }

    private static Map<String, String> good() {
        return Map.of("annee_scolaire", "2026-2027", "acces", "PUBLIC", "classes", "CM2", "enseignant", "mpierrard");
    }

    private static List<String> messages(List<FormField> fields, String field, String value) {
        Map<String, String> values = new HashMap<>(fields == CYBERCARNET ? good()
                : Map.of("date", "15/01/2027", "heure", "10:00", "participants", "10"));
        values.put(field, value);
        return RequestForm.check(fields, values, TODAY).errors().stream().map(FieldError::message).toList();
    }
}
