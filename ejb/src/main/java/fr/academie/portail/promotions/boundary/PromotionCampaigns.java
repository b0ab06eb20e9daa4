package fr.academie.portail.promotions.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.promotions.control.Appreciation;
import fr.academie.portail.promotions.control.HorsClasseBareme;
import fr.academie.portail.promotions.control.PromotionPhase;
import fr.academie.portail.promotions.control.PromotionTable;
import fr.academie.portail.promotions.entity.PromotionCampaign;
import fr.academie.portail.promotions.entity.PromotionCandidate;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * HR's side of the tableaux d'avancement: set up a campaign for a corps, a promotion and a year, draw
 * up the promouvables from the dossiers at the reference date, give the hors classe appreciations,
 * read the ranked table (with its balance of women and men), validate it once nothing is missing,
 * and publish it. Every change is audited with its author.
 */
@Stateless
@RolesAllowed(Role.Names.GESTIONNAIRE_RH)
public class PromotionCampaigns {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PromotionCampaigns.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    @EJB
    PromotionEffects effects;

    public List<PromotionCampaignSummary> all() {
        PromotionBook book = book();
        return em.createNamedQuery(PromotionCampaign.ALL, PromotionCampaign.class).getResultStream()
                .map(c -> PromotionCampaignSummary.of(c, book.count(c.getId()))).toList();
    }

    public PromotionCampaignSummary campaign(long id) {
        PromotionCampaign campaign = book().campaign(id);
        return PromotionCampaignSummary.of(campaign, book().count(id));
    }

    /** Creates the campaign and draws up its promouvables at once. */
    public PromotionCampaignSummary create(PromotionCampaignForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        PromotionBook book = book();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            problems.put("name", "Donnez un nom à la campagne.");
        }
        String corps = form.corps() == null ? "" : form.corps().strip();
        if (book.rule(corps).isEmpty()) {
            problems.put("corps", "Le portail ne connaît pas les règles de promotion du corps « " + corps + " ».");
        }
        if (form.type() == null) {
            problems.put("type", "Choisissez la promotion : hors classe ou classe exceptionnelle.");
        }
        if (form.year() == null || form.year() < 2000 || form.year() > 2999) {
            problems.put("year", "Donnez l'année du tableau (par exemple 2027).");
        }
        if (form.referenceDate() == null) {
            problems.put("referenceDate", "Donnez la date d'observation des conditions (le 31 août de l'année en général).");
        }
        if (form.effectDate() == null) {
            problems.put("effectDate", "Donnez la date d'effet des promotions (le 1er septembre en général).");
        } else if (form.referenceDate() != null && form.effectDate().isBefore(form.referenceDate())) {
            problems.put("effectDate", "La date d'effet ne peut pas précéder la date d'observation.");
        }
        if (form.opinionsFrom() == null || form.opinionsTo() == null || !form.opinionsFrom().isBefore(form.opinionsTo())) {
            problems.put("opinionsTo", "La période des avis doit avoir un début et une fin, la fin après le début.");
        }
        if ((form.cvFrom() == null) != (form.cvTo() == null) || form.cvFrom() != null && !form.cvFrom().isBefore(form.cvTo())) {
            problems.put("cvTo", "La période de mise à jour des CV a un début et une fin, la fin après le début (ou ni l'un ni l'autre).");
        }
        if (form.publicationOn() != null && form.opinionsTo() != null
                && form.publicationOn().isBefore(form.opinionsTo().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate())) {
            problems.put("publicationOn", "La publication prévue ne peut pas précéder la fin des avis.");
        }
        BigDecimal ratio = form.ratio();
        if (ratio == null && form.type() != null && form.year() != null) {
            ratio = book.nationalRatio(corps, form.type().name(), form.year()).orElse(null);
        }
        if (ratio == null) {
            problems.put("ratio", "Aucun taux national connu pour ce corps et cette année : saisissez le taux promus / promouvables.");
        } else if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            problems.put("ratio", "Le taux promus / promouvables doit être compris entre 0 et 100 %.");
        }
        BigDecimal carried = form.carried() != null ? form.carried()
                : form.type() == null || form.year() == null ? BigDecimal.ZERO : lastYearsFraction(corps, form.type(), form.year());
        if (carried.signum() < 0 || carried.compareTo(BigDecimal.ONE) >= 0) {
            problems.put("carried", "Le report de l'année précédente est une fraction de promotion, entre 0 et 1.");
        }
        BigDecimal tolerance = form.parityTolerance() == null ? BigDecimal.valueOf(5) : form.parityTolerance();
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("parityTolerance", "L'écart toléré entre les parts de femmes est un nombre de points entre 0 et 100.");
        }
        if (problems.isEmpty() && !em.createQuery("select c.id from PromotionCampaign c where c.corps = :corps and c.type = :type "
                + "and c.year = :year", Long.class).setParameter("corps", corps).setParameter("type", form.type())
                .setParameter("year", form.year()).getResultList().isEmpty()) {
            problems.put("year", "Une campagne « " + form.type().label() + " » " + form.year() + " existe déjà pour ce corps.");
        }
        if (!problems.isEmpty()) {
            throw new PromotionRejectedException(problems);
        }
        PromotionCampaign campaign = new PromotionCampaign(name, corps, form.type(), form.year(), form.referenceDate(), form.effectDate(),
                form.opinionsFrom(), form.opinionsTo(), ratio, carried, tolerance);
        campaign.plan(form.cvFrom(), form.cvTo(), form.publicationOn());
        em.persist(campaign);
        int drawn = new Promouvables(em).drawUp(campaign);
        audit.recordWithChange(login(), AuditAction.PROMOTION_CAMPAIGN_CHANGED, "promotion:" + campaign.getId(),
                "Création : " + name + " (" + drawn + " promouvable(s))");
        return PromotionCampaignSummary.of(campaign, drawn);
    }

    /** The fraction last year's validated table of the same corps and promotion carried over; 0 when none. */
    private BigDecimal lastYearsFraction(String corps, fr.academie.portail.promotions.control.PromotionType type, int year) {
        return em.createQuery("select c.carriedOver from PromotionCampaign c where c.corps = :corps and c.type = :type and c.year = :year "
                + "and c.carriedOver is not null", BigDecimal.class).setParameter("corps", corps).setParameter("type", type)
                .setParameter("year", year - 1).getResultStream().findFirst().orElse(BigDecimal.ZERO);
    }

    /** Draws up the promouvables again from the dossiers (while the campaign is in preparation). */
    public PromotionCampaignSummary redraw(long id) {
        PromotionCampaign campaign = book().campaign(id);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        if (campaign.getPhase() != PromotionPhase.DRAFT) {
            throw PromotionRejectedException.of("phase", "La liste des promouvables ne se recalcule que pendant la préparation.");
        }
        em.createQuery("delete from PromotionCandidate c where c.campaign.id = :campaign").setParameter("campaign", id).executeUpdate();
        int drawn = new Promouvables(em).drawUp(campaign);
        audit.recordWithChange(login(), AuditAction.PROMOTION_CAMPAIGN_CHANGED, "promotion:" + id, drawn + " promouvable(s) recalculé(s)");
        return PromotionCampaignSummary.of(campaign, drawn);
    }

    /** The recteur's appreciation of a hors classe promouvable, before the table is validated. */
    public Appreciated appreciate(long campaignId, long candidateId, Appreciation appreciation) {
        PromotionCampaign campaign = book().campaign(campaignId);
        if (campaign.getType() != fr.academie.portail.promotions.control.PromotionType.HORS_CLASSE) {
            throw PromotionRejectedException.of("appreciation", "Les appréciations du recteur ne concernent que la hors classe.");
        }
        if (campaign.getPhase() == PromotionPhase.PUBLISHED) {
            throw PromotionRejectedException.of("phase", "Le tableau est publié : ses appréciations ne changent plus.");
        }
        if (campaign.getPhase() == PromotionPhase.VALIDATED) {
            throw PromotionRejectedException.of("phase", "Le tableau est validé : rouvrez-le pour changer une appréciation.");
        }
        PromotionCandidate candidate = candidate(campaignId, candidateId);
        candidate.appreciate(appreciation);
        audit.recordWithChange(login(), AuditAction.PROMOTION_APPRECIATED, "promotion:" + campaignId,
                candidate.getAgent().getData().nom() + " : " + (appreciation == null ? "appréciation retirée" : appreciation.label()));
        return new Appreciated(candidateId, label(appreciation), HorsClasseBareme.points(appreciation, candidate.getEchelon(),
                HorsClasseBareme.yearsInEchelon(candidate.getEchelonSince(), campaign.getReferenceDate())));
    }

    /** An appreciation given: the promouvable's new barème (their rank is the table's to tell). */
    public record Appreciated(long candidateId, String appreciation, int points) {
    }

    /** The ranked table as it stands (the validated verdict once validated). */
    public TableView table(long campaignId) {
        PromotionBook book = book();
        PromotionCampaign campaign = book.campaign(campaignId);
        List<PromotionBook.Row> rows = book.rows(campaignId);
        return view(campaign, rows, book.table(campaign, rows));
    }

    private static TableView view(PromotionCampaign campaign, List<PromotionBook.Row> rows, PromotionTable table) {
        Map<Long, PromotionBook.Row> byAgent = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> byAgent.put(r.entry().promouvable().agentId(), r));
        List<TableView.Line> lines = new ArrayList<>(rows.size());
        for (PromotionTable.Line line : table.lines()) {
            PromotionBook.Row r = byAgent.get(line.entry().promouvable().agentId());
            var p = line.entry().promouvable();
            lines.add(new TableView.Line(r.candidateId(), p.agentId(), p.name(), p.sex() == null ? null : p.sex().name(), r.establishment(),
                    r.uai(), r.discipline(), p.echelon(), p.echelonSince(), label(line.entry().appreciation()),
                    label(line.entry().headAvis()), r.headComment(), label(line.entry().inspectorAvis()), r.inspectorComment(),
                    line.points(), line.rank(), line.promoted()));
        }
        return new TableView(PromotionCampaignSummary.of(campaign, rows.size()), table.size().promotions(), table.size().carriedOver(),
                table.barre(), table.balance(), table.problems(), table.warnings(), lines);
    }

    /** Moves the campaign on: validating stores each rank and decision; publishing applies the promotions due. */
    public PromotionCampaignSummary advance(long campaignId, PromotionPhase next) {
        PromotionBook book = book();
        PromotionCampaign campaign = book.campaign(campaignId);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        long started = System.nanoTime();
        List<PromotionBook.Row> rows = book.rows(campaignId);
        long read = System.nanoTime();
        PromotionTable table = book.table(campaign, rows);
        long ranked = System.nanoTime();
        PromotionPhase from = campaign.getPhase();
        from.refusal(next, table.problems()).ifPresent(refusal -> {
            throw PromotionRejectedException.of("phase", refusal);
        });
        if (next == PromotionPhase.VALIDATED) {
            storeVerdicts(rows, table);
            campaign.carryOver(table.size().carriedOver());
            long stored = System.nanoTime();
            LOG.info(() -> String.format("%s : tableau de %d promouvables lu en %d ms, classé en %d ms, enregistré en %d ms.",
                    campaign.getName(), rows.size(), (read - started) / 1_000_000, (ranked - read) / 1_000_000, (stored - ranked) / 1_000_000));
        } else if (next == PromotionPhase.OPINIONS) {
            em.createQuery("update PromotionCandidate c set c.rank = null, c.points = null, c.promoted = 0, c.version = c.version + 1 "
                    + "where c.campaign.id = :campaign").setParameter("campaign", campaignId).executeUpdate();
            campaign.carryOver(null);
        }
        campaign.moveTo(next, login(), now());
        audit.recordWithChange(login(), AuditAction.PROMOTION_PHASE_CHANGED, "promotion:" + campaignId, from.label() + " → " + next.label()
                + (next == PromotionPhase.VALIDATED ? " (" + table.size().promotions() + " promotion(s) sur " + rows.size() + ")" : ""));
        if (next == PromotionPhase.PUBLISHED) {
            em.flush();
            effects.applyDue(campaignId, login());
        }
        return PromotionCampaignSummary.of(campaign, rows.size());
    }

    /** Each promouvable's rank, points and decision, written with one JDBC batch (50 000 lines at national scale). */
    private void storeVerdicts(List<PromotionBook.Row> rows, PromotionTable table) {
        Map<Long, Long> candidateOf = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> candidateOf.put(r.entry().promouvable().agentId(), r.candidateId()));
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE promotion_candidate SET table_rank = ?, points = ?, promoted = ?, version = version + 1 WHERE id = ?")) {
                int pending = 0;
                for (PromotionTable.Line line : table.lines()) {
                    update.setInt(1, line.rank());
                    update.setInt(2, line.points());
                    update.setInt(3, line.promoted() ? 1 : 0);
                    update.setLong(4, candidateOf.get(line.entry().promouvable().agentId()));
                    update.addBatch();
                    if (++pending == 2_000) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                update.executeBatch();
            }
        });
    }

    private PromotionCandidate candidate(long campaignId, long candidateId) {
        PromotionCandidate candidate = em.find(PromotionCandidate.class, candidateId);
        if (candidate == null || !candidate.getCampaign().getId().equals(campaignId)) {
            throw PromotionRejectedException.of("candidat", "Aucun promouvable n° " + candidateId + " dans cette campagne.");
        }
        return candidate;
    }

    static String label(Appreciation appreciation) {
        return appreciation == null ? null : appreciation.label();
    }

    static String label(fr.academie.portail.promotions.control.Avis avis) {
        return avis == null ? null : avis.label();
    }

    static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toLocalDate();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    private PromotionBook book() {
        return new PromotionBook(em);
    }

    private String login() {
        return session.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
