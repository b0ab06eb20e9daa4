package fr.academie.portail.transfers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date of arrival in the post, read from the dossier's versions. */
class InPostSinceTest {

    private static final LocalDate ENTREE = LocalDate.of(2008, 9, 1);

    @Test
    void theVersionWhereTheEstablishmentLastChangedGivesTheDate() {
        List<InPostSince.Version> versions = List.of(new InPostSince.Version(LocalDate.of(2020, 1, 5), 1L),
                new InPostSince.Version(LocalDate.of(2022, 9, 1), 2L), new InPostSince.Version(LocalDate.of(2024, 3, 1), 2L));

        assertThat(InPostSince.of(versions, 2L, ENTREE)).isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void whenTheFirstVersionAlreadyHadThePostTheDateOfEntryStandsIn() {
        List<InPostSince.Version> versions = List.of(new InPostSince.Version(LocalDate.of(2026, 1, 5), 1L));

        assertThat(InPostSince.of(versions, 1L, ENTREE)).isEqualTo(ENTREE);
        assertThat(InPostSince.of(List.of(), 1L, ENTREE)).as("no history at all").isEqualTo(ENTREE);
    }

    @Test
    void aPostTheHistoryNeverHadIsUnknown() {
        assertThat(InPostSince.of(List.of(new InPostSince.Version(LocalDate.of(2026, 1, 5), 1L)), 3L, ENTREE)).isNull();
    }
}
