package fr.academie.portail.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.dossier.control.DossierHistory.Change;
import fr.academie.portail.dossier.control.DossierHistory.FieldChange;
import fr.academie.portail.dossier.control.DossierHistory.Milestone;
import fr.academie.portail.dossier.control.DossierHistory.PathEvent;
import fr.academie.portail.dossier.entity.AdministrativeData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierHistoryTest {

    static final AdministrativeData ENTRY = new AdministrativeData("Mme", "Pierrard", "Lemoine", "Martine",
            LocalDate.of(1978, 3, 12), "Professeur certifié", "Classe normale", 8, LocalDate.of(2023, 9, 1),
            "Lettres modernes", "Enseignant", LocalDate.of(2004, 9, 1), null, null);
    static final String LYCEE = "Lycée Victor Hugo (0750693W), Paris";
    static final String COLLEGE = "Collège Jean Moulin (0750655E), Paris";

    static DossierVersion version(String when, String author, String reason, AdministrativeData data, String establishment) {
        return new DossierVersion(Instant.parse(when), author, reason, data, establishment);
    }

    @Test
    void everyChangeSaysWhichFieldsWentFromWhatToWhatWhoAndWhyNewestFirst() {
        AdministrativeData echelon9 = new AdministrativeData("Mme", "Pierrard", "Lemoine", "Martine",
                LocalDate.of(1978, 3, 12), "Professeur certifié", "Classe normale", 9, LocalDate.of(2027, 3, 1),
                "Lettres modernes", "Enseignant", LocalDate.of(2004, 9, 1), null, null);
        List<Change> changes = DossierHistory.changes(List.of(
                version("2026-01-10T08:00:00Z", "import RH", "import RH n° 4", ENTRY, LYCEE),
                version("2026-02-01T09:00:00Z", "cmoreau", "Arrêté de promotion d'échelon du 12/01", echelon9, LYCEE),
                version("2026-03-01T09:00:00Z", "import RH", "import RH n° 9", echelon9, LYCEE),
                version("2026-04-01T09:00:00Z", "cmoreau", "Mutation intra-académique", echelon9, COLLEGE)));

        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).author()).isEqualTo("cmoreau");
        assertThat(changes.get(0).fields()).containsExactly(new FieldChange("etablissement", LYCEE, COLLEGE));
        assertThat(changes.get(1).reason()).isEqualTo("Arrêté de promotion d'échelon du 12/01");
        assertThat(changes.get(1).fields()).containsExactly(new FieldChange("echelon", 8, 9),
                new FieldChange("dateEchelon", LocalDate.of(2023, 9, 1), LocalDate.of(2027, 3, 1)));
        assertThat(changes.get(2).creation()).isTrue();
    }

    @Test
    void thePathShowsEntryAffectationsGradesAndEchelonsAtTheDatesTheyTookEffect() {
        AdministrativeData horsClasse = new AdministrativeData("Mme", "Pierrard", "Lemoine", "Martine",
                LocalDate.of(1978, 3, 12), "Professeur certifié", "Hors classe", 2, LocalDate.of(2026, 9, 1),
                "Lettres modernes", "Enseignant", LocalDate.of(2004, 9, 1), null, null);
        List<PathEvent> path = DossierHistory.path(List.of(
                version("2026-01-10T08:00:00Z", "import RH", null, ENTRY, LYCEE),
                version("2026-09-02T08:00:00Z", "import RH", null, horsClasse, COLLEGE)));

        assertThat(path).containsExactly(
                // Same day: the later event first, as everywhere on the newest-first path.
                new PathEvent(LocalDate.of(2026, 9, 2), Milestone.GRADE, "Professeur certifié, hors classe"),
                new PathEvent(LocalDate.of(2026, 9, 2), Milestone.AFFECTATION, COLLEGE),
                new PathEvent(LocalDate.of(2026, 9, 1), Milestone.ECHELON, "2"),
                new PathEvent(LocalDate.of(2023, 9, 1), Milestone.ECHELON, "8"),
                new PathEvent(LocalDate.of(2004, 9, 1), Milestone.GRADE, "Professeur certifié, classe normale"),
                new PathEvent(LocalDate.of(2004, 9, 1), Milestone.ENTREE, LYCEE));
    }

    @Test
    void aDepartureEndsThePathAndADossierWithoutDatesUsesTheDayOfRecording() {
        AdministrativeData bare = new AdministrativeData(null, "Martin", null, "Paul", LocalDate.of(1990, 1, 1),
                null, null, null, null, null, null, null, null, null);
        AdministrativeData gone = new AdministrativeData(null, "Martin", null, "Paul", LocalDate.of(1990, 1, 1),
                null, null, null, null, null, null, null, LocalDate.of(2026, 8, 31), null);
        List<PathEvent> path = DossierHistory.path(List.of(
                version("2026-01-10T23:30:00Z", "import RH", null, bare, LYCEE),
                version("2026-09-01T08:00:00Z", "import RH", null, gone, LYCEE)));

        assertThat(path).containsExactly(
                new PathEvent(LocalDate.of(2026, 8, 31), Milestone.SORTIE, LYCEE),
                // 23:30 UTC is already the 11th in Paris.
                new PathEvent(LocalDate.of(2026, 1, 11), Milestone.ENTREE, LYCEE));
    }
}
