package fr.academie.portail.services.control;

import static fr.academie.portail.services.entity.Actor.ASSISTANCE;
import static fr.academie.portail.services.entity.Actor.CHEF_ETABLISSEMENT;
import static fr.academie.portail.services.entity.Actor.DEMANDEUR;
import static fr.academie.portail.services.entity.Actor.DSI;
import static fr.academie.portail.services.entity.RequestKind.DEMANDE;
import static fr.academie.portail.services.entity.RequestKind.SUGGESTION;
import static fr.academie.portail.services.entity.RequestState.ACCOMPAGNEMENT;
import static fr.academie.portail.services.entity.RequestState.CLOSE;
import static fr.academie.portail.services.entity.RequestState.EN_ATTENTE_DEMANDEUR;
import static fr.academie.portail.services.entity.RequestState.EN_COURS_INSTALLATION;
import static fr.academie.portail.services.entity.RequestState.INSTALLEE;
import static fr.academie.portail.services.entity.RequestState.PRISE_EN_CHARGE;
import static fr.academie.portail.services.entity.RequestState.REFUSEE;
import static fr.academie.portail.services.entity.RequestState.RETIREE;
import static fr.academie.portail.services.entity.RequestState.SOUMISE;
import static fr.academie.portail.services.entity.RequestState.TRANSMISE_DSI;

import fr.academie.portail.services.entity.Actor;
import fr.academie.portail.services.entity.RequestKind;
import fr.academie.portail.services.entity.RequestState;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of a request: every move that exists, from which state, by whom, for which
 * kind of request. Anything not listed here is refused.
 *
 * <pre>
 * SOUMISE → PRISE_EN_CHARGE (assistance) → TRANSMISE_DSI (assistance) → EN_COURS_INSTALLATION (DSI)
 *         → INSTALLEE (DSI, with the instance) → ACCOMPAGNEMENT (DSI) → CLOSE (DSI)
 * a suggestion: TRANSMISE_DSI → CLOSE (the DSI's answer)
 * EN_ATTENTE_DEMANDEUR: asked by whoever holds the request, left by the requester's answer
 * REFUSEE from any open state, with a reason; RETIREE by the requester or their head, before installation
 * </pre>
 */
public final class RequestWorkflow {

    /** One allowed move. {@code to} is null where the target depends on the request (the answer). */
    record Rule(Transition transition, RequestState from, RequestState to, Set<Actor> by, Set<RequestKind> kinds) {
    }

    private static final Set<RequestKind> BOTH = EnumSet.allOf(RequestKind.class);
    private static final Set<RequestKind> REQUESTS = EnumSet.of(DEMANDE);

    private static final List<Rule> RULES = List.of(
            new Rule(Transition.PRENDRE_EN_CHARGE, SOUMISE, PRISE_EN_CHARGE, EnumSet.of(ASSISTANCE), BOTH),
            new Rule(Transition.TRANSMETTRE_DSI, PRISE_EN_CHARGE, TRANSMISE_DSI, EnumSet.of(ASSISTANCE), BOTH),
            new Rule(Transition.DEMANDER_PRECISIONS, PRISE_EN_CHARGE, EN_ATTENTE_DEMANDEUR, EnumSet.of(ASSISTANCE), BOTH),
            new Rule(Transition.DEMANDER_PRECISIONS, TRANSMISE_DSI, EN_ATTENTE_DEMANDEUR, EnumSet.of(DSI), BOTH),
            new Rule(Transition.DEMANDER_PRECISIONS, EN_COURS_INSTALLATION, EN_ATTENTE_DEMANDEUR, EnumSet.of(DSI), REQUESTS),
            new Rule(Transition.REPONDRE, EN_ATTENTE_DEMANDEUR, null, EnumSet.of(DEMANDEUR, CHEF_ETABLISSEMENT), BOTH),
            new Rule(Transition.COMMENCER_INSTALLATION, TRANSMISE_DSI, EN_COURS_INSTALLATION, EnumSet.of(DSI), REQUESTS),
            new Rule(Transition.DECLARER_INSTALLEE, EN_COURS_INSTALLATION, INSTALLEE, EnumSet.of(DSI), REQUESTS),
            new Rule(Transition.ACCOMPAGNER, INSTALLEE, ACCOMPAGNEMENT, EnumSet.of(DSI), REQUESTS),
            new Rule(Transition.CLORE, INSTALLEE, CLOSE, EnumSet.of(DSI), REQUESTS),
            new Rule(Transition.CLORE, ACCOMPAGNEMENT, CLOSE, EnumSet.of(DSI), REQUESTS),
            new Rule(Transition.CLORE, TRANSMISE_DSI, CLOSE, EnumSet.of(DSI), EnumSet.of(SUGGESTION)),
            new Rule(Transition.REFUSER, SOUMISE, REFUSEE, EnumSet.of(ASSISTANCE), BOTH),
            new Rule(Transition.REFUSER, PRISE_EN_CHARGE, REFUSEE, EnumSet.of(ASSISTANCE), BOTH),
            new Rule(Transition.REFUSER, EN_ATTENTE_DEMANDEUR, REFUSEE, EnumSet.of(ASSISTANCE, DSI), BOTH),
            new Rule(Transition.REFUSER, TRANSMISE_DSI, REFUSEE, EnumSet.of(DSI), BOTH),
            new Rule(Transition.REFUSER, EN_COURS_INSTALLATION, REFUSEE, EnumSet.of(DSI), REQUESTS),
            new Rule(Transition.RETIRER, SOUMISE, RETIREE, EnumSet.of(DEMANDEUR, CHEF_ETABLISSEMENT), BOTH),
            new Rule(Transition.RETIRER, PRISE_EN_CHARGE, RETIREE, EnumSet.of(DEMANDEUR, CHEF_ETABLISSEMENT), BOTH),
            new Rule(Transition.RETIRER, EN_ATTENTE_DEMANDEUR, RETIREE, EnumSet.of(DEMANDEUR, CHEF_ETABLISSEMENT), BOTH),
            new Rule(Transition.RETIRER, TRANSMISE_DSI, RETIREE, EnumSet.of(DEMANDEUR, CHEF_ETABLISSEMENT), BOTH));

    /** Moves whose comment is the point of the move: a reason, a question, an answer. */
    private static final Set<Transition> NEED_A_COMMENT =
            EnumSet.of(Transition.DEMANDER_PRECISIONS, Transition.REPONDRE, Transition.REFUSER);

    private RequestWorkflow() {
    }

    /** The decision on a move: the state it leads to and the part the person plays, or why not. */
    public record Decision(RequestState to, Actor as, String refusalKey) {

        public boolean allowed() {
            return refusalKey == null;
        }
    }

    /**
     * Whether {@code actors} may make {@code transition} on a request of {@code kind} in {@code state}.
     * {@code resumeState} is where an answer takes a request that waits for its requester.
     */
    public static Decision decide(Transition transition, RequestKind kind, RequestState state, RequestState resumeState,
                                  Set<Actor> actors) {
        List<Rule> fromHere = RULES.stream()
                .filter(rule -> rule.transition() == transition && rule.from() == state && rule.kinds().contains(kind))
                .toList();
        if (fromHere.isEmpty()) {
            return new Decision(null, null, "transition.impossible");
        }
        for (Rule rule : fromHere) {
            Optional<Actor> as = rule.by().stream().filter(actors::contains).findFirst();
            if (as.isPresent()) {
                RequestState to = rule.to() != null ? rule.to() : resumeState;
                return new Decision(to, as.get(), null);
            }
        }
        return new Decision(null, null, "transition.interdite");
    }

    /** The moves {@code actors} can make now, in the order a page offers them. */
    public static Set<Transition> available(RequestKind kind, RequestState state, Set<Actor> actors) {
        Set<Transition> available = new LinkedHashSet<>();
        for (Rule rule : RULES) {
            if (rule.from() == state && rule.kinds().contains(kind) && rule.by().stream().anyMatch(actors::contains)) {
                available.add(rule.transition());
            }
        }
        return available;
    }

    public static boolean needsComment(Transition transition) {
        return NEED_A_COMMENT.contains(transition);
    }

    /** Every rule, for the tests that walk the whole matrix. */
    static List<Rule> rules() {
        return RULES;
    }
}
