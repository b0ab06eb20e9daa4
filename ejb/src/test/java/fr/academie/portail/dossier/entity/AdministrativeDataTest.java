package fr.academie.portail.dossier.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdministrativeDataTest {

    private static final AdministrativeData ANNE = new AdministrativeData("Mme", "Lefèvre", null, "Anne",
            LocalDate.of(1985, 2, 1), "Professeur certifié", "Classe normale", 4, LocalDate.of(2023, 9, 1), "Anglais",
            "Enseignant", LocalDate.of(2010, 9, 1), null, null);

    @Test
    void equalDataAtTheSameEstablishmentHaveTheSameFingerprint() {
        AdministrativeData same = new AdministrativeData("Mme", "Lefèvre", null, "Anne", LocalDate.of(1985, 2, 1),
                "Professeur certifié", "Classe normale", 4, LocalDate.of(2023, 9, 1), "Anglais", "Enseignant",
                LocalDate.of(2010, 9, 1), null, null);
        assertThat(same.fingerprint(7)).isEqualTo(ANNE.fingerprint(7));
    }

    @Test
    void everyFieldAndTheEstablishmentChangeTheFingerprint() {
        List<AdministrativeData> variants = List.of(
                new AdministrativeData("M.", "Lefèvre", null, "Anne", ANNE.dateNaissance(), "Professeur certifié",
                        "Classe normale", 4, ANNE.dateEchelon(), "Anglais", "Enseignant", ANNE.dateEntree(), null, null),
                // an accent only: the import compares exactly, unlike the database's collation
                new AdministrativeData("Mme", "Lefevre", null, "Anne", ANNE.dateNaissance(), "Professeur certifié",
                        "Classe normale", 4, ANNE.dateEchelon(), "Anglais", "Enseignant", ANNE.dateEntree(), null, null),
                // empty is not missing
                new AdministrativeData("Mme", "Lefèvre", "", "Anne", ANNE.dateNaissance(), "Professeur certifié",
                        "Classe normale", 4, ANNE.dateEchelon(), "Anglais", "Enseignant", ANNE.dateEntree(), null, null),
                new AdministrativeData("Mme", "Lefèvre", null, "Anne", ANNE.dateNaissance(), "Professeur certifié",
                        "Classe normale", 5, ANNE.dateEchelon(), "Anglais", "Enseignant", ANNE.dateEntree(), null, null),
                new AdministrativeData("Mme", "Lefèvre", null, "Anne", ANNE.dateNaissance(), "Professeur certifié",
                        "Classe normale", 4, ANNE.dateEchelon(), "Anglais", "Enseignant", ANNE.dateEntree(),
                        LocalDate.of(2026, 8, 31), null),
                new AdministrativeData("Mme", "Lefèvre", null, "Anne", ANNE.dateNaissance(), "Professeur certifié",
                        "Classe normale", 4, ANNE.dateEchelon(), "Anglais", "Enseignant", ANNE.dateEntree(), null,
                        "anne@example.org"));
        Set<Long> fingerprints = new HashSet<>();
        fingerprints.add(ANNE.fingerprint(7));
        fingerprints.add(ANNE.fingerprint(8));
        variants.forEach(data -> fingerprints.add(data.fingerprint(7)));
        assertThat(fingerprints).hasSize(variants.size() + 2);
    }

    @Test
    void valuesDoNotRunIntoTheirNeighbours() {
        AdministrativeData split = new AdministrativeData(null, "Le", "Goff", "Anne", ANNE.dateNaissance(), null, null,
                null, null, null, null, null, null, null);
        AdministrativeData joined = new AdministrativeData(null, "LeGoff", null, "Anne", ANNE.dateNaissance(), null, null,
                null, null, null, null, null, null, null);
        assertThat(split.fingerprint(1)).isNotEqualTo(joined.fingerprint(1));
    }

    @Test
    void theFingerprintIsTheOneTheStoredDossiersWereGiven() {
        // computed by the first version (every value's toString): a change would make every dossier look changed
        AdministrativeData odd = new AdministrativeData(null, "O'Brien", "", "Zoé", LocalDate.of(-5, 12, 31), null, null,
                null, LocalDate.of(12345, 1, 9), null, null, LocalDate.of(7, 3, 4), LocalDate.of(2026, 11, 30), "z@x.fr");
        assertThat(ANNE.fingerprint(7)).isEqualTo(-7281006102707337008L);
        assertThat(odd.fingerprint(123456789012L)).isEqualTo(861818436847655710L);
    }
}
