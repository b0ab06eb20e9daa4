package fr.academie.portail.transfers.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.dossier.entity.Agent;
import fr.academie.portail.transfers.control.Bareme;
import fr.academie.portail.transfers.control.BaremeElement;
import fr.academie.portail.transfers.control.CampaignPhase;
import fr.academie.portail.transfers.control.ContestationRules;
import fr.academie.portail.transfers.control.Place;
import fr.academie.portail.transfers.control.Situation;
import fr.academie.portail.transfers.control.WishRequest;
import fr.academie.portail.transfers.control.WishRules;
import fr.academie.portail.transfers.entity.TransferCampaign;
import fr.academie.portail.transfers.entity.TransferContestation;
import fr.academie.portail.transfers.entity.TransferParticipant;
import fr.academie.portail.transfers.entity.TransferWish;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An agent's side of the mutation campaigns: the campaigns open to them, their declarations and
 * wishes saved as they go, the confirmation, the barème and its contestation, the result.
 * Every save names the version of the candidature it was based on: a save from a stale page (another
 * tab, another device) is refused rather than overwriting the newer one.
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class MyTransfers {

    static final String STALE = "Votre candidature a été modifiée entre-temps (dans un autre onglet ou sur un autre appareil) : "
            + "rechargez la page pour voir la dernière version, puis refaites votre modification.";

    /** The version a page shows before the first save: any save based on it is refused once a candidature exists. */
    public static final long NOT_SAVED = -1;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    /** Campaigns past their preparation that the agent's corps may take part in, newest first. */
    public List<CampaignSummary> campaigns() {
        Agent agent = book().agentOf(login());
        return em.createQuery("select c from TransferCampaign c where c.phase <> :draft order by c.wishesOpenAt desc, c.id desc",
                TransferCampaign.class).setParameter("draft", CampaignPhase.DRAFT).getResultStream()
                .filter(c -> c.admits(agent.getData().corps()))
                .map(CampaignSummary::of).toList();
    }

    /** The windows open now in the campaigns open to the agent, soonest first: for the home page. */
    public List<Deadline> deadlines() {
        Agent agent = book().agentOf(login());
        Instant now = now();
        List<Deadline> deadlines = new ArrayList<>();
        for (TransferCampaign c : em.createQuery("select c from TransferCampaign c where c.phase in :phases", TransferCampaign.class)
                .setParameter("phases", List.of(CampaignPhase.OPEN, CampaignPhase.BAREME_DISPLAY)).getResultList()) {
            if (!c.admits(agent.getData().corps())) {
                continue;
            }
            var schedule = c.schedule();
            if (schedule.wishEntryRefusal(c.getPhase(), now).isEmpty()) {
                boolean confirmed = participant(c.getId(), agent).map(p -> p.getConfirmedAt() != null).orElse(false);
                deadlines.add(new Deadline(c.getId(), c.getName(), Deadline.Kind.VOEUX, schedule.wishesCloseAt(), confirmed));
            } else if (schedule.contestationRefusal(c.getPhase(), now).isEmpty() && participant(c.getId(), agent).isPresent()) {
                deadlines.add(new Deadline(c.getId(), c.getName(), Deadline.Kind.BAREME, schedule.baremeDisplayTo(), true));
            }
        }
        deadlines.sort(java.util.Comparator.comparing(Deadline::until));
        return deadlines;
    }

    public CandidatureView candidature(long campaignId) {
        CampaignBook book = book();
        TransferCampaign campaign = openTo(book, campaignId);
        Agent agent = book.agentOf(login());
        Optional<TransferParticipant> participant = participant(campaignId, agent);
        return view(book, campaign, participant.orElseGet(() -> new TransferParticipant(campaign, agent, book.inPostSince(agent), now())),
                participant.isPresent());
    }

    public CandidatureView declare(long campaignId, CandidatureView.Declaration declared, long version) {
        CampaignBook book = book();
        TransferCampaign campaign = openForEntry(book, campaignId);
        TransferParticipant participant = mine(book, campaign, version);
        Situation situation = new Situation(null, null, null, blankToNull(declared.spouseDepartement()), declared.childrenUnder18(),
                declared.separationYears(), declared.handicap(), declared.yearsInRepPlus(), declared.yearsInRep());
        Map<String, String> problems = situation.declarationProblems();
        if (!problems.isEmpty()) {
            throw new TransferRejectedException(problems);
        }
        participant.declare(situation, now());
        return saved(book, campaign, participant);
    }

    public CandidatureView saveWishes(long campaignId, List<WishRequest> wishes, long version) {
        CampaignBook book = book();
        TransferCampaign campaign = openForEntry(book, campaignId);
        TransferParticipant participant = mine(book, campaign, version);
        List<WishRequest> cleaned = wishes.stream()
                .map(w -> w == null || w.code() == null ? w : new WishRequest(w.type(), w.code().strip())).toList();
        Map<String, Place> places = book.places();
        Map<String, String> problems = book.rules(campaign, places).problems(cleaned, participant.getAgent().getEstablishment().getUai());
        if (!problems.isEmpty()) {
            throw new TransferRejectedException(problems);
        }
        participant.replaceWishes(cleaned, now());
        return saved(book, campaign, participant);
    }

    public CandidatureView confirm(long campaignId, long version) {
        CampaignBook book = book();
        TransferCampaign campaign = openForEntry(book, campaignId);
        TransferParticipant participant = mine(book, campaign, version);
        if (participant.getWishes().isEmpty()) {
            throw TransferRejectedException.of("voeux", "Saisissez au moins un vœu avant de confirmer.");
        }
        participant.confirm(now());
        return saved(book, campaign, participant);
    }

    public CandidatureView contest(long campaignId, String elementCode, String comment) {
        CampaignBook book = book();
        TransferCampaign campaign = openTo(book, campaignId);
        campaign.schedule().contestationRefusal(campaign.getPhase(), now()).ifPresent(refusal -> {
            throw TransferRejectedException.of("contestation", refusal);
        });
        Agent agent = book.agentOf(login());
        TransferParticipant participant = participant(campaignId, agent)
                .orElseThrow(() -> TransferRejectedException.of("contestation", "Vous n'avez pas participé à cette campagne."));
        Bareme bareme = book.bareme(participant, book.rules(campaign, book.places()));
        boolean exists = bareme.elements().stream().anyMatch(e -> e.code().equals(elementCode));
        Map<String, String> problems = ContestationRules.contestProblems(elementCode, comment, exists);
        if (!problems.isEmpty()) {
            throw new TransferRejectedException(problems);
        }
        boolean pending = book.contestations(participant).stream()
                .anyMatch(c -> c.getElementCode().equals(elementCode) && c.getStatus() == TransferContestation.Status.EN_ATTENTE);
        if (pending) {
            throw TransferRejectedException.of("element", "Vous avez déjà contesté cet élément : le gestionnaire vous répondra.");
        }
        em.persist(new TransferContestation(participant, elementCode, comment.strip(), now()));
        audit.recordWithChange(login(), AuditAction.TRANSFER_CONTESTED, login(), "Campagne " + campaignId + ", élément " + elementCode);
        return view(book, campaign, participant, true);
    }

    /** The académie's schools and establishments a wish may name, alphabetically. */
    public List<Place> places() {
        return List.copyOf(book().places().values());
    }

    private TransferCampaign openTo(CampaignBook book, long campaignId) {
        TransferCampaign campaign = book.campaign(campaignId);
        Agent agent = book.agentOf(login());
        if (campaign.getPhase() == CampaignPhase.DRAFT || !campaign.admits(agent.getData().corps())) {
            throw TransferRejectedException.of("campagne", campaign.getPhase() == CampaignPhase.DRAFT
                    ? "Cette campagne n'est pas encore ouverte."
                    : "Cette campagne est réservée aux personnels du corps « " + campaign.getCorps() + " ».");
        }
        return campaign;
    }

    private TransferCampaign openForEntry(CampaignBook book, long campaignId) {
        TransferCampaign campaign = openTo(book, campaignId);
        if (book.agentOf(login()).getData().discipline() == null) {
            throw TransferRejectedException.of("discipline", "Votre dossier n'indique pas de discipline : les postes en dépendent. "
                    + "Demandez à votre gestionnaire RH de compléter votre dossier.");
        }
        campaign.schedule().wishEntryRefusal(campaign.getPhase(), now()).ifPresent(refusal -> {
            throw TransferRejectedException.of("saisie", refusal);
        });
        return campaign;
    }

    /** The caller's candidature, created at their first save, locked for this save; refused if the page was stale. */
    private TransferParticipant mine(CampaignBook book, TransferCampaign campaign, long version) {
        Agent agent = book.agentOf(login());
        Optional<TransferParticipant> existing = participant(campaign.getId(), agent);
        if (existing.isEmpty()) {
            TransferParticipant created = new TransferParticipant(campaign, agent, book.inPostSince(agent), now());
            em.persist(created);
            return created;
        }
        TransferParticipant participant = existing.get();
        if (participant.getVersion() != version) {
            throw new TransferConflictException(STALE);
        }
        // the dossier's history is read again only when the post changed since the last save
        boolean samePost = participant.getEstablishment().getId().equals(agent.getEstablishment().getId());
        participant.copyDossier(samePost ? participant.getInPostSince() : book.inPostSince(agent));
        return participant;
    }

    private CandidatureView saved(CampaignBook book, TransferCampaign campaign, TransferParticipant participant) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new TransferConflictException(STALE);
        } catch (PersistenceException e) {
            // two first saves at once: the (campaign, agent) key let only one through
            throw new TransferConflictException(STALE);
        }
        return view(book, campaign, participant, true);
    }

    private Optional<TransferParticipant> participant(long campaignId, Agent agent) {
        return em.createNamedQuery(TransferParticipant.OF_AGENT, TransferParticipant.class).setParameter("campaign", campaignId)
                .setParameter("agent", agent.getId()).getResultStream().findFirst();
    }

    CandidatureView view(CampaignBook book, TransferCampaign campaign, TransferParticipant participant, boolean saved) {
        Map<String, Place> places = book.places();
        WishRules rules = book.rules(campaign, places);
        Bareme bareme = book.bareme(participant, rules);
        List<CandidatureView.WishLine> wishes = new ArrayList<>();
        for (TransferWish wish : participant.getWishes()) {
            wishes.add(new CandidatureView.WishLine(wish.getRank(), wish.getType().name(), wish.getType().label(), wish.getCode(),
                    rules.label(wish.request()), bareme.pointsFor(wish.getRank()), wish.isHandicapAccepted()));
        }
        List<CandidatureView.BaremeLine> lines = bareme.elements().stream().map(e -> new CandidatureView.BaremeLine(e.code(), e.label(),
                e.points(), e.rule(), appliesTo(e), e.corrected(), e.computed())).toList();
        Situation s = participant.situation();
        String name = participant.getAgent().getData().prenom() + " " + participant.getAgent().getData().nom();
        List<ContestationLine> contestations = book.contestations(participant).stream().map(c -> ContestationLine.of(c, name)).toList();
        Instant now = now();
        ResultView result = campaign.getPhase() == CampaignPhase.PUBLISHED && saved
                ? new Results(em).of(campaign, participant, rules, bareme) : null;
        return new CandidatureView(CampaignSummary.of(campaign), name,
                campaign.schedule().wishEntryRefusal(campaign.getPhase(), now).orElse(null),
                campaign.schedule().contestationRefusal(campaign.getPhase(), now).orElse(null),
                saved, saved ? participant.getVersion() : NOT_SAVED, participant.getConfirmedAt(), participant.getUpdatedAt(),
                participant.getGrade(), participant.getEchelon(), participant.getInPostSince(),
                participant.getEstablishment().getName() + " (" + participant.getEstablishment().getUai() + ")",
                participant.getDiscipline(),
                new CandidatureView.Declaration(s.spouseDepartement(), s.childrenUnder18(), s.separationYears(), s.handicap(),
                        s.yearsInRepPlus(), s.yearsInRep()),
                wishes, lines, contestations, result);
    }

    static String appliesTo(BaremeElement element) {
        if (element.wishRanks() == null) {
            return "Tous les vœux";
        }
        if (element.wishRanks().isEmpty()) {
            return "Aucun vœu";
        }
        return (element.wishRanks().size() == 1 ? "Vœu " : "Vœux ")
                + element.wishRanks().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private CampaignBook book() {
        return new CampaignBook(em);
    }

    private String login() {
        return session.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
