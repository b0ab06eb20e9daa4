package fr.academie.portail.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfessionalAddressTest {

    @Test
    void firstNameDotNameWrittenLikeTheLogin() {
        assertThat(ProfessionalAddress.base("Élise", "Lefèvre")).contains("elise.lefevre");
        assertThat(ProfessionalAddress.base("Jean-Pierre", "Le Goff")).contains("jean-pierre.legoff");
        assertThat(ProfessionalAddress.base("Chloé", "d'Artagnan")).contains("chloe.dartagnan");
        assertThat(ProfessionalAddress.base("Æsa", "Œuvray")).contains("aesa.oeuvray");
        assertThat(ProfessionalAddress.base("", "Durand")).isEmpty();
        assertThat(ProfessionalAddress.base("Florent", "???")).isEmpty();
        assertThat(ProfessionalAddress.base("Marie-Bernadette-Sophie", "de La Tour d'Auvergne-Lauraguais-Montmorency"))
                .hasValueSatisfying(base -> assertThat(base).hasSize(ProfessionalAddress.MAX_BASE_LENGTH));
    }

    @Test
    void homonymsAreNumberedAndNoAddressIsGivenTwice() {
        Set<String> taken = new HashSet<>();
        String first = ProfessionalAddress.firstFree("florent.durand", "ac-paris.fr", taken);
        taken.add(first);
        String second = ProfessionalAddress.firstFree("florent.durand", "ac-paris.fr", taken);
        taken.add(second);
        String third = ProfessionalAddress.firstFree("florent.durand", "ac-paris.fr", taken);
        assertThat(first).isEqualTo("florent.durand@ac-paris.fr");
        assertThat(second).isEqualTo("florent.durand1@ac-paris.fr");
        assertThat(third).isEqualTo("florent.durand2@ac-paris.fr");
    }
}
