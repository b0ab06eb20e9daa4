package fr.academie.portail.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCorrectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static DossierCorrection valid() {
        return new DossierCorrection("Mme", "Pierrard", "Lemoine", "Martine", LocalDate.of(1978, 3, 12),
                "Professeur certifié", "Classe normale", 9, LocalDate.of(2026, 9, 1), "Lettres modernes", "Enseignant",
                "0750693W", LocalDate.of(2004, 9, 1), "Arrêté d'avancement d'échelon du 1er septembre 2026");
    }

    @Test
    void aCompleteCorrectionWithAReasonHasNoProblem() {
        assertThat(valid().problems(TODAY)).isEmpty();
    }

    @Test
    void blanksAreReadAsNotGivenAndTheUaiInUpperCase() {
        DossierCorrection tidy = new DossierCorrection(" ", " Pierrard ", "", "Martine", LocalDate.of(1978, 3, 12),
                null, null, null, null, null, null, " 0750693w ", null, " Correction de l'état civil ").tidy();

        assertThat(tidy.civilite()).isNull();
        assertThat(tidy.nom()).isEqualTo("Pierrard");
        assertThat(tidy.nomNaissance()).isNull();
        assertThat(tidy.uai()).isEqualTo("0750693W");
        assertThat(tidy.reason()).isEqualTo("Correction de l'état civil");
        assertThat(tidy.problems(TODAY)).isEmpty();
    }

    @Test
    void eachBadFieldGetsItsFrenchMessage() {
        DossierCorrection bad = new DossierCorrection("Madame", null, null, "x".repeat(101), LocalDate.of(2020, 1, 1),
                null, null, 16, null, null, null, "75-0693", LocalDate.of(2027, 1, 1), "court").tidy();

        assertThat(bad.problems(TODAY))
                .containsEntry("civilite", "La civilité est « M. » ou « Mme ».")
                .containsEntry("nom", "Le nom d'usage est obligatoire.")
                .containsEntry("prenom", "100 caractères au plus.")
                .containsEntry("dateNaissance", "Une date de naissance donnant 6 ans est impossible.")
                .containsEntry("echelon", "L'échelon va de 1 à 15.")
                .containsEntry("dateEchelon", "Donnez la date depuis laquelle l'agent est à cet échelon.")
                .containsEntry("dateEntree", "La date d'entrée ne peut pas être dans le futur.")
                .containsEntry("uai", "L'UAI s'écrit avec 7 chiffres et une lettre (ex. 0750655E).")
                .containsKey("reason");
    }

    @Test
    void theReasonIsRequiredAndBounded() {
        DossierCorrection none = withReason(null);
        DossierCorrection tooLong = withReason("x".repeat(501));

        assertThat(none.problems(TODAY)).containsOnlyKeys("reason");
        assertThat(tooLong.problems(TODAY)).containsEntry("reason", "Le motif tient en 500 caractères au plus.");
        assertThat(withReason("x".repeat(10)).problems(TODAY)).isEmpty();
    }

    @Test
    void anEchelonDateInTheFutureIsRefused() {
        DossierCorrection v = valid();
        DossierCorrection future = new DossierCorrection(v.civilite(), v.nom(), v.nomNaissance(), v.prenom(),
                v.dateNaissance(), v.corps(), v.grade(), v.echelon(), TODAY.plusDays(1), v.discipline(), v.fonction(),
                v.uai(), v.dateEntree(), v.reason());

        assertThat(future.problems(TODAY)).containsOnlyKeys("dateEchelon");
    }

    static DossierCorrection withReason(String reason) {
        DossierCorrection v = valid();
        return new DossierCorrection(v.civilite(), v.nom(), v.nomNaissance(), v.prenom(), v.dateNaissance(), v.corps(),
                v.grade(), v.echelon(), v.dateEchelon(), v.discipline(), v.fonction(), v.uai(), v.dateEntree(), reason);
    }
}
