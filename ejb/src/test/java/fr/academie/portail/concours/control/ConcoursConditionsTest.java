package fr.academie.portail.concours.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conditions of an internal concours: corps, years of service, diploma and its exemptions. */
class ConcoursConditionsTest {

    private static final LocalDate CLOSING = LocalDate.of(2026, 11, 6);
    private static final ConcoursConditions AGREGATION = new ConcoursConditions(Set.of("Professeur certifié", "Professeur des écoles"), 5, 7,
            Set.of());
    private static final ConcoursConditions CAPES = new ConcoursConditions(Set.of(), 3, 6, Set.of("Professeur des écoles"));

    @Test
    void aCertifieWithFiveYearsAndAMasterMayRegister() {
        assertThat(AGREGATION.refusals("professeur certifié", LocalDate.of(2021, 9, 1), 7, CLOSING)).isEmpty();
        assertThat(AGREGATION.refusals("Professeur certifié", LocalDate.of(2021, 11, 6), 8, CLOSING)).as("exactly five years").isEmpty();
    }

    @Test
    void eachMissingConditionIsToldInFrench() {
        assertThat(AGREGATION.refusals("Professeur agrégé", LocalDate.of(2023, 9, 1), 6, CLOSING)).containsExactly(
                "Ce concours est ouvert aux corps suivants : " + String.join(", ", AGREGATION.corps())
                        + " ; votre dossier indique « Professeur agrégé ».",
                "Ancienneté de services publics demandée au 06/11/2026 : 5 ans ; vous en comptez 3 (entrée le 01/09/2023).",
                "Un diplôme de niveau 7 (master) est demandé ; votre CV indique au plus le niveau 6 (licence).");
        assertThat(AGREGATION.refusals("Professeur certifié", null, null, CLOSING)).containsExactly(
                "Votre date d'entrée dans la fonction publique manque dans votre dossier : l'ancienneté de services demandée est de 5 ans.",
                "Un diplôme de niveau 7 (master) est demandé ; votre CV n'indique aucun diplôme : complétez-le.");
    }

    @Test
    void oneYearIsWrittenInTheSingularAndCorpsKeepTheirNames() {
        ConcoursConditions oneYear = new ConcoursConditions(Set.of(), 1, null, Set.of());
        assertThat(oneYear.refusals("Professeur certifié", LocalDate.of(2026, 9, 1), null, CLOSING))
                .containsExactly("Ancienneté de services publics demandée au 06/11/2026 : 1 an ; vous en comptez 0 (entrée le 01/09/2026).");
        ConcoursConditions named = new ConcoursConditions(new java.util.LinkedHashSet<>(java.util.List.of("Professeur certifié", "CPE")), 0,
                null, Set.of());
        assertThat(named.refusals("PLP", null, null, CLOSING))
                .containsExactly("Ce concours est ouvert aux corps suivants : Professeur certifié, CPE ; votre dossier indique « PLP ».");
    }

    @Test
    void someCorpsNeedNoDiplomaAndAnyCorpsMayRegisterWhenNoneIsNamed() {
        assertThat(CAPES.refusals("Professeur des écoles", LocalDate.of(2015, 9, 1), null, CLOSING)).isEmpty();
        assertThat(CAPES.refusals("Attaché d'administration de l'État", LocalDate.of(2015, 9, 1), 6, CLOSING)).isEmpty();
        assertThat(CAPES.refusals("Attaché d'administration de l'État", LocalDate.of(2015, 9, 1), 5, CLOSING))
                .containsExactly("Un diplôme de niveau 6 (licence) est demandé ; votre CV indique au plus le niveau 5 (bac + 2).");
    }
}
