package fr.academie.portail.promotions.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import fr.academie.portail.promotions.control.Avis;
import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.PromotionType;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import fr.academie.portail.promotions.entity.PromotionCandidate;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The opinions on classe exceptionnelle promouvables: a head of school gives theirs on the agents of
 * their establishment, an inspector on the agents of their discipline (the discipline of their own
 * dossier), and nobody else's. « Très favorable » and « défavorable » are given with their reason.
 */
@Stateless
@RolesAllowed({Role.Names.CHEF_ETABLISSEMENT, Role.Names.INSPECTEUR})
public class PromotionOpinions {

    static final String OUT_OF_SCOPE = "Ce promouvable ne relève pas de vous : un chef d'établissement donne son avis sur les agents "
            + "de son établissement, un inspecteur sur ceux de sa discipline.";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    /** The classe exceptionnelle campaigns past their preparation, newest first. */
    public List<PromotionCampaignSummary> campaigns() {
        PromotionBook book = new PromotionBook(em);
        return em.createNamedQuery(PromotionCampaign.ALL, PromotionCampaign.class).getResultStream()
                .filter(c -> c.getType() == PromotionType.CLASSE_EXCEPTIONNELLE && c.getPhase() != PromotionPhase.DRAFT)
                .map(c -> PromotionCampaignSummary.of(c, book.count(c.getId()))).toList();
    }

    /** The promouvables the caller is responsible for, with the opinion they gave. */
    public List<OpinionLine> mine(long campaignId) {
        PromotionCampaign campaign = opinionCampaign(campaignId);
        if (campaign.getPhase() == PromotionPhase.DRAFT) {
            return List.of(); // the list of promouvables is not settled yet
        }
        Agent me = caller();
        boolean head = asHead();
        String scope = head ? "c.establishment.id = :scope" : "lower(c.discipline) = lower(:scope)";
        return em.createQuery("select c from PromotionCandidate c join fetch c.agent join fetch c.establishment "
                        + "where c.campaign.id = :campaign and " + scope + " order by c.agent.data.nom, c.agent.data.prenom", PromotionCandidate.class)
                .setParameter("campaign", campaign.getId())
                .setParameter("scope", head ? me.getEstablishment().getId() : String.valueOf(me.getData().discipline()))
                .getResultStream()
                .map(c -> new OpinionLine(c.getId(), c.getAgent().getData().nom() + " " + c.getAgent().getData().prenom(),
                        c.getEstablishment().getName(), c.getDiscipline(), c.getGrade().label(), c.getEchelon(), c.getEchelonSince(),
                        PromotionCampaigns.label(head ? c.getHeadAvis() : c.getInspectorAvis()),
                        head ? c.getHeadComment() : c.getInspectorComment(),
                        PromotionCampaigns.label(head ? c.getInspectorAvis() : c.getHeadAvis()), cvValidated(c.getAgent())))
                .toList();
    }

    /** Gives (or changes) the caller's opinion while the campaign's window for opinions is open. */
    public OpinionLine give(long campaignId, long candidateId, Avis avis, String comment) {
        PromotionCampaign campaign = opinionCampaign(campaignId);
        PromotionCandidate candidate = em.find(PromotionCandidate.class, candidateId);
        if (candidate == null || !candidate.getCampaign().getId().equals(campaignId)) {
            throw PromotionRejectedException.of("candidat", "Aucun promouvable n° " + candidateId + " dans cette campagne.");
        }
        Agent me = caller();
        boolean head = asHead();
        if (!inScope(candidate, me, head)) {
            throw new AccessRefusedException(OUT_OF_SCOPE);
        }
        if (!campaign.opinionsOpen(Instant.now(Clock.systemUTC()))) {
            throw PromotionRejectedException.of("avis", "La période des avis de « " + campaign.getName() + " » n'est pas ouverte (du "
                    + shown(campaign.getOpinionsFrom()) + " au "
                    + shown(campaign.getOpinionsTo()) + ", étape « "
                    + campaign.getPhase().label() + " »).");
        }
        if (avis == null) {
            throw PromotionRejectedException.of("avis", "Choisissez un avis : très favorable, favorable ou défavorable.");
        }
        String reason = comment == null ? "" : comment.strip();
        if (avis != Avis.FAVORABLE && reason.isEmpty()) {
            throw PromotionRejectedException.of("comment", "Un avis « " + avis.label() + " » se motive : écrivez-en la raison.");
        }
        if (reason.length() > 1000) {
            throw PromotionRejectedException.of("comment", "La motivation tient en 1 000 caractères au plus.");
        }
        String login = session.getCallerPrincipal().getName();
        if (head) {
            candidate.headOpinion(avis, reason.isEmpty() ? null : reason, login);
        } else {
            candidate.inspectorOpinion(avis, reason.isEmpty() ? null : reason, login);
        }
        audit.recordWithChange(login, AuditAction.PROMOTION_OPINION_GIVEN, "promotion:" + campaignId,
                (head ? "Chef d'établissement" : "Inspecteur") + " : " + avis.label() + " pour " + candidate.getAgent().getData().nom());
        return mine(campaignId).stream().filter(l -> l.candidateId() == candidateId).findFirst().orElseThrow();
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(java.time.ZoneId.of("Europe/Paris"));

    private static String shown(Instant instant) {
        return SHOWN.format(instant);
    }

    private PromotionCampaign opinionCampaign(long campaignId) {
        PromotionCampaign campaign = new PromotionBook(em).campaign(campaignId);
        if (campaign.getType() != PromotionType.CLASSE_EXCEPTIONNELLE) {
            throw PromotionRejectedException.of("campagne", "Les avis des chefs d'établissement et des inspecteurs concernent la classe "
                    + "exceptionnelle ; « " + campaign.getName() + " » est un tableau de hors classe.");
        }
        return campaign;
    }

    /** A caller with both roles gives the head's opinion (their establishment), the narrower scope. */
    private boolean asHead() {
        return session.isCallerInRole(Role.Names.CHEF_ETABLISSEMENT);
    }

    private static boolean inScope(PromotionCandidate candidate, Agent me, boolean head) {
        if (head) {
            return candidate.getEstablishment().getId().equals(me.getEstablishment().getId());
        }
        return me.getData().discipline() != null && me.getData().discipline().equalsIgnoreCase(candidate.getDiscipline());
    }

    private boolean cvValidated(Agent agent) {
        return !em.createNativeQuery("SELECT 1 FROM cv WHERE agent_id = ?1 AND validated_at IS NOT NULL")
                .setParameter(1, agent.getId()).setMaxResults(1).getResultList().isEmpty();
    }

    private Agent caller() {
        return em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", session.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(Account::getAgent)
                .orElseThrow(() -> new AccessRefusedException("Aucun dossier pour ce compte"));
    }
}
