package fr.academie.portail.promotions.boundary;

import fr.academie.portail.accounts.entity.Account;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.career.control.Grade;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.platform.boundary.AccessRefusedException;
import fr.academie.portail.promotions.control.Eligibility;
import fr.academie.portail.promotions.control.HorsClasseBareme;
import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.PromotionType;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import fr.academie.portail.promotions.entity.PromotionCandidate;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's promotions: for every campaign of their corps past its preparation, whether they are
 * promouvable and why not; once published, their rank and points against the « barre », and the
 * decision. Opinions and appreciations are shown only once the table is published.
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class MyPromotions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public List<MyPromotion> mine() {
        Agent agent = em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", session.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(Account::getAgent)
                .orElseThrow(() -> new AccessRefusedException("Aucun dossier pour ce compte"));
        AdministrativeData data = agent.getData();
        PromotionBook book = new PromotionBook(em);
        List<MyPromotion> mine = new ArrayList<>();
        List<PromotionCampaign> campaigns = em.createNamedQuery(PromotionCampaign.ALL, PromotionCampaign.class).getResultList();
        for (PromotionCampaign campaign : campaigns) {
            if (campaign.getPhase() == PromotionPhase.DRAFT || data.corps() == null || !data.corps().equalsIgnoreCase(campaign.getCorps())) {
                continue;
            }
            PromotionCandidate candidate = em.createNamedQuery(PromotionCandidate.OF_AGENT, PromotionCandidate.class)
                    .setParameter("campaign", campaign.getId()).setParameter("agent", agent.getId()).getResultStream().findFirst()
                    .orElse(null);
            boolean published = campaign.getPhase() == PromotionPhase.PUBLISHED;
            long promouvables = book.count(campaign.getId());
            if (candidate == null) {
                String why = Eligibility.refusal(campaign.getType(), book.rule(campaign.getCorps()).orElse(null),
                        Grade.ofLabel(data.grade()).orElse(null), data.echelon(), data.dateEchelon(), campaign.getReferenceDate())
                        .orElse("Vous ne remplissiez pas les conditions au " + DAY.format(campaign.getReferenceDate())
                                + " d'après votre dossier à cette date.");
                mine.add(new MyPromotion(campaign.getId(), campaign.getName(), campaign.getType().label(), campaign.getYear(),
                        campaign.getPhase().label(), campaign.getReferenceDate(), campaign.getEffectDate(), false, why, null, null, null,
                        published, null, null, null, 0, promouvables, null, null, null, null, campaign.getPublicationOn()));
                continue;
            }
            String bareme = campaign.getType() == PromotionType.HORS_CLASSE
                    ? published ? HorsClasseBareme.explanation(candidate.getAppreciation(), candidate.getEchelon(), candidate.getEchelonSince(),
                            campaign.getReferenceDate())
                            : HorsClasseBareme.seniorityExplanation(candidate.getEchelon(), candidate.getEchelonSince(), campaign.getReferenceDate())
                    : null;
            Integer barre = null;
            int promotions = 0;
            String decision = null;
            if (published) {
                Object[] promoted = em.createQuery("select count(c), min(c.points) from PromotionCandidate c "
                        + "where c.campaign.id = :campaign and c.promoted = 1", Object[].class).setParameter("campaign", campaign.getId())
                        .getSingleResult();
                promotions = ((Number) promoted[0]).intValue();
                barre = promoted[1] == null ? null : ((Number) promoted[1]).intValue();
                decision = candidate.isPromoted()
                        ? "Vous êtes promu(e) au grade « " + campaign.getType().to().label() + " » au " + DAY.format(campaign.getEffectDate())
                                + " (rang " + candidate.getRank() + " sur " + promouvables + ")."
                        : "Vous n'êtes pas promu(e) cette année : rang " + candidate.getRank() + " sur " + promouvables + ", " + promotions
                                + " promotion(s)" + (barre == null || campaign.getType() != PromotionType.HORS_CLASSE ? "."
                                        : ", le dernier promu avait " + barre + " points ; vous en aviez " + candidate.getPoints() + ".");
            }
            mine.add(new MyPromotion(campaign.getId(), campaign.getName(), campaign.getType().label(), campaign.getYear(),
                    campaign.getPhase().label(), campaign.getReferenceDate(), campaign.getEffectDate(), true, null, bareme,
                    published ? PromotionCampaigns.label(candidate.getHeadAvis()) : null,
                    published ? PromotionCampaigns.label(candidate.getInspectorAvis()) : null, published,
                    published ? candidate.getRank() : null, published ? candidate.getPoints() : null, barre, promotions, promouvables,
                    published ? candidate.isPromoted() : null, decision, campaign.getCvFrom(), campaign.getCvTo(),
                    campaign.getPublicationOn()));
        }
        return mine;
    }
}
