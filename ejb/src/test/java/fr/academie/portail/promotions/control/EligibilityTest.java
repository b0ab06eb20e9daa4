package fr.academie.portail.promotions.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.career.control.CorpsRule;
import fr.academie.portail.career.control.Grade;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who is promouvable at the reference date, and the reason given to those who are not. */
class EligibilityTest {

    private static final CorpsRule CERTIFIES = new CorpsRule("Professeur certifié", 9, 24, 5);
    private static final CorpsRule AGREGES = new CorpsRule("Professeur agrégé", 9, 24, 4);
    private static final LocalDate REFERENCE = LocalDate.of(2026, 8, 31);

    @Test
    void theHorsClasseOpensAfterTwoYearsInTheNinthEchelonOrAnyHigherOne() {
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, CERTIFIES, Grade.CLASSE_NORMALE, 9, LocalDate.of(2024, 8, 31), REFERENCE))
                .as("exactly two years").isEmpty();
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, CERTIFIES, Grade.CLASSE_NORMALE, 10, null, REFERENCE)).isEmpty();
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, CERTIFIES, Grade.CLASSE_NORMALE, 9, LocalDate.of(2025, 1, 15), REFERENCE))
                .contains("La hors classe est ouverte après 2 ans dans le 9e échelon de la classe normale au 31/08/2026 ; vous y êtes "
                        + "depuis le 15/01/2025 : vous remplirez la condition le 15/01/2027.");
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, CERTIFIES, Grade.CLASSE_NORMALE, 7, LocalDate.of(2020, 1, 1), REFERENCE))
                .contains("La hors classe est ouverte après 2 ans dans le 9e échelon de la classe normale au 31/08/2026 ; vous êtes au "
                        + "7e échelon.");
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, CERTIFIES, Grade.HORS_CLASSE, 2, null, REFERENCE))
                .contains("Vous êtes déjà à la hors classe.");
    }

    @Test
    void theClasseExceptionnelleOpensAtTheCorpsEchelonOfTheHorsClasse() {
        assertThat(Eligibility.refusal(PromotionType.CLASSE_EXCEPTIONNELLE, CERTIFIES, Grade.HORS_CLASSE, 5, null, REFERENCE)).isEmpty();
        assertThat(Eligibility.refusal(PromotionType.CLASSE_EXCEPTIONNELLE, CERTIFIES, Grade.HORS_CLASSE, 4, null, REFERENCE))
                .contains("La classe exceptionnelle est ouverte à partir du 5e échelon de la hors classe au 31/08/2026 ; vous êtes au "
                        + "4e échelon de la hors classe.");
        assertThat(Eligibility.refusal(PromotionType.CLASSE_EXCEPTIONNELLE, AGREGES, Grade.HORS_CLASSE, 4, null, REFERENCE)).isEmpty();
        assertThat(Eligibility.refusal(PromotionType.CLASSE_EXCEPTIONNELLE, CERTIFIES, Grade.CLASSE_NORMALE, 11, null, REFERENCE))
                .contains("La classe exceptionnelle est ouverte à partir du 5e échelon de la hors classe au 31/08/2026 ; vous êtes à la "
                        + "classe normale.");
        assertThat(Eligibility.refusal(PromotionType.CLASSE_EXCEPTIONNELLE, CERTIFIES, Grade.CLASSE_EXCEPTIONNELLE, 1, null, REFERENCE))
                .contains("Vous êtes déjà à la classe exceptionnelle.");
    }

    @Test
    void missingFactsAreToldNotGuessed() {
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, null, Grade.CLASSE_NORMALE, 10, null, REFERENCE))
                .contains("Le portail ne connaît pas les règles de promotion de votre corps : adressez-vous à votre gestionnaire.");
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, CERTIFIES, null, 10, null, REFERENCE))
                .contains("Votre grade ou votre échelon manque dans votre dossier : signalez-le à votre gestionnaire.");
        assertThat(Eligibility.refusal(PromotionType.HORS_CLASSE, CERTIFIES, Grade.CLASSE_NORMALE, 9, null, REFERENCE).orElseThrow())
                .endsWith("la date de votre passage au 9e échelon manque dans votre dossier : signalez-le à votre gestionnaire.");
        assertThat(Eligibility.refusal(PromotionType.CLASSE_EXCEPTIONNELLE, new CorpsRule("X", 9, 24, null), Grade.HORS_CLASSE, 6, null,
                REFERENCE)).contains("Le portail ne connaît pas l'échelon d'accès à la classe exceptionnelle de votre corps.");
    }
}
