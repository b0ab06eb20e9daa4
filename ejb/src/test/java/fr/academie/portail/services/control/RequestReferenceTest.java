package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestReferenceTest {

    @Test
    void aReferenceCarriesTheYearOfSubmissionInParisAndTheNumber() {
        assertThat(RequestReference.of(42, Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo("DM-2026-000042");
        assertThat(RequestReference.of(42, Instant.parse("2026-12-31T23:00:00Z"))).as("midnight in Paris").isEqualTo("DM-2027-000042");
        assertThat(RequestReference.of(1_234_567, Instant.parse("2026-06-01T10:00:00Z"))).isEqualTo("DM-2026-1234567");
    }

    @Test
    void theNumberIsReadBackFromWhatSomeoneTyped() {
        assertThat(RequestReference.idOf("DM-2026-000042")).contains(42L);
        assertThat(RequestReference.idOf("  dm-2027-7 ")).contains(7L);
        assertThat(RequestReference.idOf("blog de la 6e B")).isEmpty();
        assertThat(RequestReference.idOf("DM-26-000042")).isEmpty();
        assertThat(RequestReference.idOf(null)).isEmpty();
    }
}
