package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.academie.portail.services.entity.Actor;
import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestWorkflowTest {

    /**
     * Every allowed move, written out by hand from the workflow: (transition, kind, from) →
     * (to, who). The matrix test below checks that nothing else is allowed.
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("PRENDRE_EN_CHARGE DEMANDE SOUMISE", "PRISE_EN_CHARGE [ASSISTANCE]"),
            Map.entry("PRENDRE_EN_CHARGE SUGGESTION SOUMISE", "PRISE_EN_CHARGE [ASSISTANCE]"),
            Map.entry("TRANSMETTRE_DSI DEMANDE PRISE_EN_CHARGE", "TRANSMISE_DSI [ASSISTANCE]"),
            Map.entry("TRANSMETTRE_DSI SUGGESTION PRISE_EN_CHARGE", "TRANSMISE_DSI [ASSISTANCE]"),
            Map.entry("DEMANDER_PRECISIONS DEMANDE PRISE_EN_CHARGE", "EN_ATTENTE_DEMANDEUR [ASSISTANCE]"),
            Map.entry("DEMANDER_PRECISIONS SUGGESTION PRISE_EN_CHARGE", "EN_ATTENTE_DEMANDEUR [ASSISTANCE]"),
            Map.entry("DEMANDER_PRECISIONS DEMANDE TRANSMISE_DSI", "EN_ATTENTE_DEMANDEUR [DSI]"),
            Map.entry("DEMANDER_PRECISIONS SUGGESTION TRANSMISE_DSI", "EN_ATTENTE_DEMANDEUR [DSI]"),
            Map.entry("DEMANDER_PRECISIONS DEMANDE EN_COURS_INSTALLATION", "EN_ATTENTE_DEMANDEUR [DSI]"),
            Map.entry("REPONDRE DEMANDE EN_ATTENTE_DEMANDEUR", "(resume) [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("REPONDRE SUGGESTION EN_ATTENTE_DEMANDEUR", "(resume) [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("COMMENCER_INSTALLATION DEMANDE TRANSMISE_DSI", "EN_COURS_INSTALLATION [DSI]"),
            Map.entry("DECLARER_INSTALLEE DEMANDE EN_COURS_INSTALLATION", "INSTALLEE [DSI]"),
            Map.entry("ACCOMPAGNER DEMANDE INSTALLEE", "ACCOMPAGNEMENT [DSI]"),
            Map.entry("CLORE DEMANDE INSTALLEE", "CLOSE [DSI]"),
            Map.entry("CLORE DEMANDE ACCOMPAGNEMENT", "CLOSE [DSI]"),
            Map.entry("CLORE SUGGESTION TRANSMISE_DSI", "CLOSE [DSI]"),
            Map.entry("REFUSER DEMANDE SOUMISE", "REFUSEE [ASSISTANCE]"),
            Map.entry("REFUSER SUGGESTION SOUMISE", "REFUSEE [ASSISTANCE]"),
            Map.entry("REFUSER DEMANDE PRISE_EN_CHARGE", "REFUSEE [ASSISTANCE]"),
            Map.entry("REFUSER SUGGESTION PRISE_EN_CHARGE", "REFUSEE [ASSISTANCE]"),
            Map.entry("REFUSER DEMANDE EN_ATTENTE_DEMANDEUR", "REFUSEE [ASSISTANCE, DSI]"),
            Map.entry("REFUSER SUGGESTION EN_ATTENTE_DEMANDEUR", "REFUSEE [ASSISTANCE, DSI]"),
            Map.entry("REFUSER DEMANDE TRANSMISE_DSI", "REFUSEE [DSI]"),
            Map.entry("REFUSER SUGGESTION TRANSMISE_DSI", "REFUSEE [DSI]"),
            Map.entry("REFUSER DEMANDE EN_COURS_INSTALLATION", "REFUSEE [DSI]"),
            Map.entry("RETIRER DEMANDE SOUMISE", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("RETIRER SUGGESTION SOUMISE", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("RETIRER DEMANDE PRISE_EN_CHARGE", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("RETIRER SUGGESTION PRISE_EN_CHARGE", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("RETIRER DEMANDE EN_ATTENTE_DEMANDEUR", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("RETIRER SUGGESTION EN_ATTENTE_DEMANDEUR", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("RETIRER DEMANDE TRANSMISE_DSI", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"),
            Map.entry("RETIRER SUGGESTION TRANSMISE_DSI", "RETIREE [DEMANDEUR, CHEF_ETABLISSEMENT]"));

    /** Every (transition, kind, state, single actor): allowed exactly where the table says, by exactly whom. */
    @Test
    void everyMoveIsAllowedExactlyWhereTheTableSaysAndByWhom() {
        int checked = 0;
        for (Transition transition : Transition.values()) {
            for (RequestKind kind : RequestKind.values()) {
                for (RequestState state : RequestState.values()) {
                    String key = transition + " " + kind + " " + state;
                    Set<Actor> allowedActors = EnumSet.noneOf(Actor.class);
                    RequestState reached = null;
                    for (Actor actor : Actor.values()) {
                        RequestWorkflow.Decision decision = RequestWorkflow.decide(transition, kind, state,
                                RequestState.TRANSMISE_DSI, EnumSet.of(actor));
                        checked++;
                        if (decision.allowed()) {
                            allowedActors.add(actor);
                            reached = decision.to();
                            assertThat(decision.as()).isEqualTo(actor);
                        } else {
                            assertThat(decision.refusalKey()).as(key + " by " + actor)
                                    .isEqualTo(ALLOWED.containsKey(key) ? "transition.interdite" : "transition.impossible");
                        }
                    }
                    if (ALLOWED.containsKey(key)) {
                        String expected = ALLOWED.get(key);
                        String target = transition == Transition.REPONDRE ? "(resume)" : String.valueOf(reached);
                        assertThat(target + " " + allowedActors).as(key).isEqualTo(expected);
                    } else {
                        assertThat(allowedActors).as(key).isEmpty();
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(Transition.values().length * 2 * RequestState.values().length * 4);
    }

    @Test
    void theAnswerTakesTheRequestBackWhereItWasWhenTheQuestionWasAsked() {
        var decision = RequestWorkflow.decide(Transition.REPONDRE, RequestKind.DEMANDE, RequestState.EN_ATTENTE_DEMANDEUR,
                RequestState.EN_COURS_INSTALLATION, EnumSet.of(Actor.DEMANDEUR));
        assertThat(decision.to()).isEqualTo(RequestState.EN_COURS_INSTALLATION);
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = {"CLOSE", "REFUSEE", "RETIREE"})
    void nothingHappensToAnEndedRequest(RequestState ended) {
        for (RequestKind kind : RequestKind.values()) {
            assertThat(RequestWorkflow.available(kind, ended, EnumSet.allOf(Actor.class))).isEmpty();
        }
    }

    @Test
    void aSuggestionIsNeverInstalled() {
        Set<Transition> dsi = RequestWorkflow.available(RequestKind.SUGGESTION, RequestState.TRANSMISE_DSI, EnumSet.of(Actor.DSI));
        assertThat(dsi).containsExactlyInAnyOrder(Transition.DEMANDER_PRECISIONS, Transition.CLORE, Transition.REFUSER)
                .doesNotContain(Transition.COMMENCER_INSTALLATION);
    }

    @Test
    void aPersonWithSeveralPartsGetsEveryMoveOfEach() {
        Set<Transition> both = RequestWorkflow.available(RequestKind.DEMANDE, RequestState.PRISE_EN_CHARGE,
                EnumSet.of(Actor.DEMANDEUR, Actor.ASSISTANCE));
        assertThat(both).containsExactlyInAnyOrder(Transition.TRANSMETTRE_DSI, Transition.DEMANDER_PRECISIONS,
                Transition.REFUSER, Transition.RETIRER);
    }

    @Test
    void reasonsQuestionsAndAnswersNeedAComment() {
        Set<Transition> needing = EnumSet.allOf(Transition.class).stream().filter(RequestWorkflow::needsComment)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Transition.class)));
        assertThat(needing).containsExactlyInAnyOrder(Transition.REFUSER, Transition.DEMANDER_PRECISIONS, Transition.REPONDRE);
    }

    @Test
    void theTableHasNoDuplicateRule() {
        assertThat(RequestWorkflow.rules().stream().map(r -> r.transition() + " " + r.from()).distinct().count())
                .isEqualTo(RequestWorkflow.rules().size());
    }
}
