package fr.academie.portail.transfers.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import fr.academie.portail.transfers.control.Bareme;
import fr.academie.portail.transfers.control.InPostSince;
import fr.academie.portail.transfers.control.Place;
import fr.academie.portail.transfers.control.WishPlace;
import fr.academie.portail.transfers.control.WishRules;
import fr.academie.portail.transfers.entity.TransferCampaign;
import fr.academie.portail.transfers.entity.TransferContestation;
import fr.academie.portail.transfers.entity.TransferParticipant;
import fr.academie.portail.transfers.entity.TransferWish;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent's and HR's services both read: campaigns, the académie's places, a participant's
 * barème with the corrections HR accepted. Works inside the caller's transaction.
 */
final class CampaignBook {

    private final EntityManager em;
    private Map<String, Place> places;

    CampaignBook(EntityManager em) {
        this.em = em;
    }

    TransferCampaign campaign(long id) {
        TransferCampaign campaign = em.find(TransferCampaign.class, id);
        if (campaign == null) {
            throw TransferRejectedException.of("campagne", "Aucune campagne de mutation n° " + id + ".");
        }
        return campaign;
    }

    Agent agentOf(String login) {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", login).getResultStream().findFirst()
                .map(Account::getAgent).orElseThrow(() -> new AccessRefusedException("Aucun dossier pour ce compte"));
    }

    /** Every school and establishment staff may ask for (not the rectorat's services), by UAI; read once per book. */
    Map<String, Place> places() {
        if (places == null) {
            places = new LinkedHashMap<>();
            for (Establishment e : em.createQuery("select e from Establishment e order by e.name", Establishment.class).getResultList()) {
                if (!e.getKind().startsWith("Services")) {
                    places.put(e.getUai(), new Place(e.getUai(), e.getName(), e.getCommune(), e.getZone()));
                }
            }
        }
        return places;
    }

    WishRules rules(TransferCampaign campaign, Map<String, Place> places) {
        return new WishRules(campaign.getMaxWishes(), campaign.wishTypes(), places);
    }

    /** The barème as the agent and HR see it: computed from the copy of the dossier, HR's accepted corrections applied. */
    Bareme bareme(TransferParticipant participant, WishRules rules) {
        List<WishPlace> places = new ArrayList<>();
        for (TransferWish wish : participant.getWishes()) {
            places.add(new WishPlace(wish.getRank(), rules.departement(wish.request()), wish.isHandicapAccepted()));
        }
        Bareme computed = Bareme.compute(participant.getCampaign().rules(), participant.situation(),
                participant.getCampaign().schedule().referenceDate(), places);
        return computed.corrected(corrections(participant));
    }

    Map<String, BigDecimal> corrections(TransferParticipant participant) {
        Map<String, BigDecimal> corrections = new HashMap<>();
        for (TransferContestation c : contestations(participant)) {
            if (c.getStatus() == TransferContestation.Status.ACCEPTEE) {
                corrections.put(c.getElementCode(), c.getCorrectedPoints());
            }
        }
        return corrections;
    }

    List<TransferContestation> contestations(TransferParticipant participant) {
        if (participant.getId() == null) {
            return List.of();
        }
        return em.createNamedQuery(TransferContestation.OF_PARTICIPANT, TransferContestation.class)
                .setParameter("participant", participant.getId()).getResultList();
    }

    /** The date the agent arrived in their current post, from the dossier's history. */
    LocalDate inPostSince(Agent agent) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.recorded_at, h.establishment_id
                FROM agent_historique h JOIN dossier_revision r ON r.id = h.REV
                WHERE h.id = ?1 ORDER BY h.REV""").setParameter(1, agent.getId()).getResultList();
        List<InPostSince.Version> versions = new ArrayList<>();
        for (Object[] row : rows) {
            versions.add(new InPostSince.Version(CampaignRun.day(row[0]), row[1] == null ? null : ((Number) row[1]).longValue()));
        }
        return InPostSince.of(versions, agent.getEstablishment().getId(), agent.getData().dateEntree());
    }
}
