package fr.academie.portail.promotions.boundary;

import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.career.control.Grade;
import fr.academie.portail.career.control.Grid;
import fr.academie.portail.dossier.entity.AdministrativeData;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.dossier.entity.DossierRevision;
import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.Reclassement;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import fr.academie.portail.promotions.entity.PromotionCandidate;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Puts published promotions into the dossiers on their effect date: the new grade, and the échelon
 * and seniority of the reclassement (same or next higher index of the corps' grid). Run at
 * publication and every night, so a table published before its effect date applies on that date.
 */
@Singleton
@PermitAll
public class PromotionEffects {

    private static final Logger LOG = Logger.getLogger(PromotionEffects.class.getName());
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String AUTHOR = "tableau d'avancement";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    @Schedule(hour = "4", minute = "15", persistent = false, info = "Promotions dont la date d'effet est arrivée")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        List<Long> published = em.createQuery("select c.id from PromotionCampaign c where c.phase = :published", Long.class)
                .setParameter("published", PromotionPhase.PUBLISHED).getResultList();
        PromotionEffects self = context.getBusinessObject(PromotionEffects.class);
        published.forEach(id -> self.applyDueAlone(id));
    }

    /** One campaign in its own transaction: its own dossier revision, signed with its name. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int applyDueAlone(long campaignId) {
        return applyDue(campaignId, AUTHOR);
    }

    /** Applies the campaign's promotions whose effect date has come and that are not applied yet; returns how many. */
    public int applyDue(long campaignId, String by) {
        PromotionCampaign campaign = em.find(PromotionCampaign.class, campaignId);
        LocalDate today = LocalDate.now(Clock.system(PARIS));
        if (campaign == null || campaign.getPhase() != PromotionPhase.PUBLISHED || campaign.getEffectDate().isAfter(today)) {
            return 0;
        }
        List<PromotionCandidate> due = em.createQuery("""
                select c from PromotionCandidate c join fetch c.agent
                where c.campaign.id = :campaign and c.promoted = 1 and c.appliedAt is null""", PromotionCandidate.class)
                .setParameter("campaign", campaignId).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Grade, Grid> grids = new PromotionBook(em).grids(campaign.getCorps(), campaign.getEffectDate());
        Grid from = grids.get(campaign.getType().from());
        Grid to = grids.get(campaign.getType().to());
        Instant now = Instant.now(Clock.systemUTC());
        int applied = 0;
        for (PromotionCandidate candidate : due) {
            Agent agent = candidate.getAgent();
            AdministrativeData data = agent.getData();
            if (!campaign.getType().from().label().equalsIgnoreCase(data.grade() == null ? "" : data.grade().strip())) {
                // the dossier changed grade since the table (an HR import): nothing to reclassify, HR decides
                LOG.warning(() -> campaign.getName() + " : dossier " + agent.getId() + " au grade « " + data.grade()
                        + " », promotion non portée.");
                candidate.applied(now);
                continue;
            }
            Integer echelon = data.echelon();
            LocalDate since = data.dateEchelon();
            if (from != null && to != null && data.echelon() != null && from.position(data.echelon()).isPresent()) {
                Reclassement.Placement placement = Reclassement.of(from, to, data.echelon(), data.dateEchelon(), campaign.getEffectDate());
                echelon = placement.echelon();
                since = placement.echelonSince();
            } else {
                // no grid known for this corps: the new grade only; HR sets the échelon by a correction
                LOG.warning(() -> campaign.getName() + " : pas de grille pour reclasser le dossier " + agent.getId() + ".");
            }
            agent.takeOver(new AdministrativeData(data.civilite(), data.nom(), data.nomNaissance(), data.prenom(), data.dateNaissance(),
                    data.corps(), campaign.getType().to().label(), echelon, since, data.discipline(), data.fonction(), data.dateEntree(),
                    data.dateSortie(), data.emailPerso()), agent.getEstablishment());
            candidate.applied(now);
            applied++;
        }
        em.flush();
        if (applied > 0) {
            AuditReaderFactory.get(em).getCurrentRevision(DossierRevision.class, true).sign(by,
                    campaign.getName() + " : promotion au grade « " + campaign.getType().to().label() + " »");
        }
        audit.recordWithChange(by, AuditAction.PROMOTION_APPLIED, "promotion:" + campaignId, applied + " dossier(s) promu(s)");
        int done = applied;
        LOG.info(() -> campaign.getName() + " : " + done + " promotion(s) portée(s) aux dossiers.");
        return applied;
    }
}
