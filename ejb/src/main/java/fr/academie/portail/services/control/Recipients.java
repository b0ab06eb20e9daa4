package fr.academie.portail.services.control;

import fr.academie.portail.services.entity.Actor;
import fr.academie.portail.services.entity.RequestState;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is told of a request's new state: the requester; the establishment's head when an agent
 * asked on the school's behalf; the team whose turn it is (the assistance, then the DSI). Never
 * the person who made the move: they know.
 */
public final class Recipients {

    /** Team mailboxes stand for the assistance and the DSI; people are known by their login. */
    public record Addresses(String assistance, String dsi, String domain) {

        public String of(String login) {
            return login + "@" + domain;
        }
    }

    private Recipients() {
    }

    /** The people (logins) told of the new state: the requester, and the head where it concerns them. */
    public static Set<String> people(RequestState state, String requesterLogin, Actor requestedAs,
                                     Collection<String> headLogins, String actorLogin) {
        Set<String> logins = new LinkedHashSet<>();
        logins.add(requesterLogin);
        if (requestedAs == Actor.DEMANDEUR || state == RequestState.INSTALLEE || state == RequestState.REFUSEE) {
            logins.addAll(headLogins);
        }
        logins.remove(actorLogin);
        return logins;
    }

    /**
     * @param state      the request's new state
     * @param actor      the part the mover played ({@code DEMANDEUR} for a submission)
     */
    public static Set<String> of(RequestState state, Actor actor, String requesterLogin, Actor requestedAs,
                                 Collection<String> headLogins, String actorLogin, Addresses addresses) {
        Set<String> to = new LinkedHashSet<>();
        people(state, requesterLogin, requestedAs, headLogins, actorLogin).forEach(login -> to.add(addresses.of(login)));
        boolean fromTheSchool = actor == Actor.DEMANDEUR || actor == Actor.CHEF_ETABLISSEMENT;
        if (fromTheSchool) {
            switch (state) {
                case SOUMISE, PRISE_EN_CHARGE -> to.add(addresses.assistance());
                case TRANSMISE_DSI, EN_COURS_INSTALLATION -> to.add(addresses.dsi());
                case RETIREE -> {
                    to.add(addresses.assistance());
                    to.add(addresses.dsi());
                }
                default -> {
                    // nothing for the teams
                }
            }
        } else if (state == RequestState.TRANSMISE_DSI) {
            to.add(addresses.dsi());
        }
        return to;
    }
}
