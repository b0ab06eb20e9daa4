package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.services.entity.Actor;
import fr.academie.portail.services.entity.Audience;
import fr.academie.portail.services.entity.RequestState;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private static final Recipients.Addresses ADDRESSES =
            new Recipients.Addresses("assistance@ac-paris.fr", "dsi@ac-paris.fr", "ac-paris.fr");

    @Test
    void anAgentsRequestTellsTheHeadAndTheAssistance() {
        assertThat(Recipients.of(RequestState.SOUMISE, Actor.DEMANDEUR, "elefevre", Actor.DEMANDEUR, List.of("pgarnier"),
                "elefevre", ADDRESSES)).containsExactly("pgarnier@ac-paris.fr", "assistance@ac-paris.fr");
    }

    @Test
    void aHeadsOwnRequestIsNotEchoedToThem() {
        assertThat(Recipients.of(RequestState.SOUMISE, Actor.CHEF_ETABLISSEMENT, "pgarnier", Actor.CHEF_ETABLISSEMENT,
                List.of("pgarnier"), "pgarnier", ADDRESSES)).containsExactly("assistance@ac-paris.fr");
    }

    @Test
    void forwardingTellsTheRequesterAndTheDsi() {
        assertThat(Recipients.of(RequestState.TRANSMISE_DSI, Actor.ASSISTANCE, "pgarnier", Actor.CHEF_ETABLISSEMENT,
                List.of("pgarnier"), "kbenali", ADDRESSES)).containsExactly("pgarnier@ac-paris.fr", "dsi@ac-paris.fr");
    }

    @Test
    void installationAndRefusalReachTheHeadEvenForTheirOwnStaffsRequests() {
        assertThat(Recipients.of(RequestState.INSTALLEE, Actor.DSI, "elefevre", Actor.DEMANDEUR, List.of("pgarnier"),
                "slambert", ADDRESSES)).containsExactly("elefevre@ac-paris.fr", "pgarnier@ac-paris.fr");
        assertThat(Recipients.of(RequestState.PRISE_EN_CHARGE, Actor.ASSISTANCE, "pgarnier", Actor.CHEF_ETABLISSEMENT,
                List.of("pgarnier"), "kbenali", ADDRESSES)).containsExactly("pgarnier@ac-paris.fr");
    }

    @Test
    void theAnswerGoesBackToTheTeamThatAsked() {
        assertThat(Recipients.of(RequestState.EN_COURS_INSTALLATION, Actor.DEMANDEUR, "pgarnier", Actor.CHEF_ETABLISSEMENT,
                List.of("pgarnier"), "pgarnier", ADDRESSES)).containsExactly("dsi@ac-paris.fr");
    }

    @Test
    void schoolLevelsFromTheKindOfEstablishment() {
        assertThat(SchoolLevel.of("École élémentaire")).isEqualTo(SchoolLevel.PREMIER_DEGRE);
        assertThat(SchoolLevel.of("ECOLE MATERNELLE")).isEqualTo(SchoolLevel.PREMIER_DEGRE);
        assertThat(SchoolLevel.of("Collège")).isEqualTo(SchoolLevel.SECOND_DEGRE);
        assertThat(SchoolLevel.of("Lycée professionnel")).isEqualTo(SchoolLevel.SECOND_DEGRE);
        assertThat(SchoolLevel.of("Services académiques")).isEqualTo(SchoolLevel.AUTRE);
        assertThat(SchoolLevel.SECOND_DEGRE.mayAskFor(Audience.PREMIER_DEGRE)).isFalse();
        assertThat(SchoolLevel.PREMIER_DEGRE.mayAskFor(Audience.PREMIER_DEGRE)).isTrue();
        assertThat(SchoolLevel.AUTRE.mayAskFor(Audience.TOUS)).isTrue();
        assertThat(SchoolLevel.AUTRE.mayAskFor(Audience.SECOND_DEGRE)).isFalse();
    }
}
