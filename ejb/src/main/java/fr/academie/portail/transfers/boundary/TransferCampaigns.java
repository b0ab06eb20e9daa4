package fr.academie.portail.transfers.boundary;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.audit.boundary.AuditTrail;
import fr.academie.portail.audit.entity.AuditAction;
import fr.academie.portail.establishments.entity.Establishment;
import fr.academie.portail.platform.control.CsvBreaks;
import fr.academie.portail.transfers.control.AssignmentMode;
import fr.academie.portail.transfers.control.BaremeRules;
import fr.academie.portail.transfers.control.CampaignPhase;
import fr.academie.portail.transfers.control.CampaignSchedule;
import fr.academie.portail.transfers.control.ContestationRules;
import fr.academie.portail.transfers.control.WishType;
import fr.academie.portail.transfers.entity.TransferCampaign;
import fr.academie.portail.transfers.entity.TransferContestation;
import fr.academie.portail.transfers.entity.TransferParticipant;
import fr.academie.portail.transfers.entity.TransferPost;
import fr.academie.portail.transfers.entity.TransferSimulation;
import fr.academie.portail.transfers.entity.TransferWish;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HR's side of the mutation campaigns: prepare (settings, barème values, posts entered or uploaded),
 * move through the phases as the server's clock allows, answer contestations, decide the wishes
 * retained for the handicap priority, run and compare simulations, publish one. Every change is
 * audited with its author.
 */
@Stateless
@RolesAllowed(Role.Names.GESTIONNAIRE_RH)
public class TransferCampaigns {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    /** The académie's schools and establishments a post may be offered in, alphabetically. */
    public List<fr.academie.portail.transfers.control.Place> places() {
        return List.copyOf(book().places().values());
    }

    public List<CampaignSummary> all() {
        return em.createQuery("select c from TransferCampaign c order by c.wishesOpenAt desc, c.id desc", TransferCampaign.class)
                .getResultStream().map(CampaignSummary::of).toList();
    }

    public CampaignDetails details(long id) {
        TransferCampaign campaign = book().campaign(id);
        long participants = count("select count(p) from TransferParticipant p where p.campaign.id = :c", id);
        long confirmed = count("select count(p) from TransferParticipant p where p.campaign.id = :c and p.confirmedAt is not null", id);
        long pending = em.createNamedQuery(TransferContestation.PENDING, Long.class).setParameter("campaign", id).getSingleResult();
        List<PostLine> posts = em.createQuery("select p from TransferPost p join fetch p.establishment where p.campaign.id = :c "
                + "order by p.establishment.name, p.discipline", TransferPost.class).setParameter("c", id).getResultStream()
                .map(p -> new PostLine(p.getId(), p.getEstablishment().getUai(), p.getEstablishment().getName(),
                        p.getEstablishment().getCommune(), p.getDiscipline(), p.getVacancies())).toList();
        int vacancies = posts.stream().mapToInt(PostLine::vacancies).sum();
        CampaignPhase next = next(campaign.getPhase());
        String refusal = next == null ? null
                : campaign.schedule().transitionRefusal(campaign.getPhase(), next, now(), posts.size(), (int) pending).orElse(null);
        return new CampaignDetails(CampaignSummary.of(campaign), campaign.rules(), (int) participants, (int) confirmed, (int) pending,
                vacancies, posts, simulations(id), next == null ? null : next.name(), next == null ? null : next.label(), refusal);
    }

    public CampaignSummary create(CampaignForm form) {
        Checked checked = check(form, null);
        TransferCampaign campaign = new TransferCampaign(checked.name, checked.corps, checked.maxWishes, checked.types, checked.schedule,
                checked.rules, now());
        em.persist(campaign);
        em.flush();
        audit.recordWithChange(login(), AuditAction.TRANSFER_CAMPAIGN_CHANGED, "mutation:" + campaign.getId(), "Création : " + checked.name);
        return CampaignSummary.of(campaign);
    }

    /**
     * Changes a campaign's settings. The barème values, the corps and the wish types are frozen once
     * the campaign opens; the windows may move (a deadline pushed back) until results are published.
     */
    public CampaignSummary update(long id, CampaignForm form, long version) {
        TransferCampaign campaign = book().campaign(id);
        if (campaign.getVersion() != version) {
            throw new TransferConflictException("La campagne a été modifiée entre-temps par un autre gestionnaire : rechargez la page.");
        }
        if (campaign.getPhase() == CampaignPhase.PUBLISHED) {
            throw TransferRejectedException.of("campagne", "Les résultats sont publiés : la campagne ne peut plus être modifiée.");
        }
        Checked checked = check(form, campaign);
        if (campaign.getPhase() != CampaignPhase.DRAFT) {
            Map<String, String> frozen = new LinkedHashMap<>();
            if (!same(checked.rules, campaign.rules())) {
                frozen.put("rules", "Le barème ne peut plus être modifié : la campagne est ouverte.");
            }
            if (!checked.types.equals(campaign.wishTypes()) || checked.maxWishes != campaign.getMaxWishes()) {
                frozen.put("wishTypes", "Les types et le nombre de vœux ne peuvent plus être modifiés : la campagne est ouverte.");
            }
            if (!checked.schedule.referenceDate().equals(campaign.schedule().referenceDate())) {
                frozen.put("referenceDate", "La date à laquelle l'ancienneté est comptée ne peut plus être modifiée : la campagne est ouverte.");
            }
            if (!java.util.Objects.equals(checked.corps, campaign.getCorps())) {
                frozen.put("corps", "Le corps concerné ne peut plus être modifié : la campagne est ouverte.");
            }
            if (!frozen.isEmpty()) {
                throw new TransferRejectedException(frozen);
            }
        }
        campaign.configure(checked.name, checked.corps, checked.maxWishes, checked.types);
        campaign.reschedule(checked.schedule);
        campaign.changeRules(checked.rules);
        flush("La campagne a été modifiée entre-temps par un autre gestionnaire : rechargez la page.");
        audit.recordWithChange(login(), AuditAction.TRANSFER_CAMPAIGN_CHANGED, "mutation:" + id,
                "Paramètres : saisie du " + CampaignSchedule.shown(checked.schedule.wishesOpenAt()) + " au "
                        + CampaignSchedule.shown(checked.schedule.wishesCloseAt()));
        return CampaignSummary.of(campaign);
    }

    /** Adds a post or changes its vacancies (0 keeps it offered without a vacancy: posts free up as people move). */
    public PostLine setPost(long campaignId, String uai, String discipline, Integer vacancies) {
        TransferCampaign campaign = postsEditable(campaignId);
        Map<String, String> problems = new LinkedHashMap<>();
        Establishment establishment = establishment(uai, problems);
        String cleanDiscipline = discipline == null ? "" : discipline.strip();
        if (cleanDiscipline.isEmpty() || cleanDiscipline.length() > 100) {
            problems.put("discipline", "Indiquez la discipline du poste (100 caractères au plus).");
        }
        if (vacancies == null || vacancies < 0 || vacancies > 500) {
            problems.put("vacancies", "Le nombre de postes vacants doit être compris entre 0 et 500.");
        }
        if (!problems.isEmpty()) {
            throw new TransferRejectedException(problems);
        }
        TransferPost post = upsert(campaign, establishment, cleanDiscipline, vacancies);
        return new PostLine(post.getId(), establishment.getUai(), establishment.getName(), establishment.getCommune(), cleanDiscipline,
                vacancies);
    }

    public void removePost(long campaignId, long postId) {
        postsEditable(campaignId);
        TransferPost post = em.find(TransferPost.class, postId);
        if (post != null && post.getCampaign().getId().equals(campaignId)) {
            em.remove(post);
        }
    }

    /**
     * Reads posts from a CSV (« uai;discipline;postes », a header line, UTF-8): every valid line is
     * taken, every other one reported with its reason; a post already there gets the new number.
     */
    public PostImportReport importPosts(long campaignId, Reader csv) {
        TransferCampaign campaign = postsEditable(campaignId);
        List<PostImportReport.Rejected> rejected = new ArrayList<>();
        int accepted = 0;
        long lastLine = 0;
        // a line with too few or too many fields is reported with its number, and the next ones still read;
        // blanks around a quoted field are a spreadsheet's padding, as around any other
        try (CsvReader<CsvRecord> parser = CsvReader.builder().fieldSeparator(';').skipEmptyLines(true)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .trimWhitespacesAroundQuotes(true).allowUnclosedQuote(false).ofCsvRecord(csv)) {
            Iterator<CsvRecord> records = parser.iterator();
            List<String> names = new ArrayList<>(records.hasNext() ? stripped(records.next()) : List.of());
            lastLine = 1;
            if (!names.isEmpty()) {
                // a spreadsheet's « CSV UTF-8 » begins with a byte order mark, which is no part of the first name
                names.set(0, names.get(0).replace("\uFEFF", "").strip());
            }
            List<String> header = names.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(List.of("uai", "discipline", "postes"))) {
                throw TransferRejectedException.of("fichier", "La première ligne doit nommer les colonnes « uai;discipline;postes » "
                        + "(lu : « " + String.join(";", names) + " »).");
            }
            Map<String, Establishment> establishments = new LinkedHashMap<>();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                long line = record.getStartingLineNumber();
                lastLine = line;
                List<String> fields = stripped(record);
                String content = String.join(";", fields);
                if (fields.size() != header.size()) {
                    rejected.add(new PostImportReport.Rejected(line, content, "La ligne doit compter 3 champs séparés par « ; »."));
                    continue;
                }
                String uai = fields.get(header.indexOf("uai")).toUpperCase(Locale.ROOT);
                String discipline = fields.get(header.indexOf("discipline"));
                String count = fields.get(header.indexOf("postes"));
                Establishment establishment = establishments.computeIfAbsent(uai, this::establishmentOrNull);
                String reason = null;
                Integer vacancies = parse(count);
                if (establishment == null) {
                    reason = "UAI inconnu : « " + uai + " ».";
                } else if (discipline.isEmpty() || discipline.length() > 100) {
                    reason = "Discipline absente ou trop longue.";
                } else if (vacancies == null || vacancies < 0 || vacancies > 500) {
                    reason = "Nombre de postes invalide : « " + count + " » (un entier de 0 à 500).";
                }
                if (reason != null) {
                    rejected.add(new PostImportReport.Rejected(line, content, reason));
                    continue;
                }
                upsert(campaign, establishment, discipline, vacancies);
                accepted++;
            }
        } catch (CsvParseException e) {
            if (lastLine == 0) {
                throw TransferRejectedException.of("fichier", "La première ligne doit nommer les colonnes « uai;discipline;postes » : "
                        + "elle n'a pas pu être lue (" + brokenBecause(e) + ").");
            }
            // the lines read so far are taken; what follows a broken line cannot be trusted
            long line = CsvBreaks.lineOf(e, lastLine + 1);
            rejected.add(new PostImportReport.Rejected(line, "", "Le fichier n'a pas pu être lu à partir de la ligne " + line
                    + " : " + brokenBecause(e) + "."));
        } catch (IOException | java.io.UncheckedIOException e) {
            rejected.add(new PostImportReport.Rejected(lastLine + 1, "", "Le fichier n'a pas pu être lu après la ligne " + lastLine
                    + " : son contenu est illisible (est-il bien enregistré en CSV UTF-8 ?)."));
        }
        audit.recordWithChange(login(), AuditAction.TRANSFER_CAMPAIGN_CHANGED, "mutation:" + campaignId,
                "Postes importés : " + accepted + " ligne(s) prises, " + rejected.size() + " refusée(s)");
        return new PostImportReport(accepted, rejected);
    }

    private static String brokenBecause(CsvParseException e) {
        return String.valueOf(e.getMessage()).contains("quote")
                ? "un guillemet (\") y est ouvert sans être refermé, ou suivi d'autres caractères avant le « ; »"
                : "ce n'est pas une ligne CSV valide (trop de champs ou un champ trop long)";
    }

    /** A CSV line's fields, surrounding blanks removed: a spreadsheet's export often pads them. */
    private static List<String> stripped(CsvRecord record) {
        return record.getFields().stream().map(String::strip).toList();
    }

    /** Moves the campaign to the next phase when the schedule and its state allow it. */
    public CampaignSummary advance(long id, String target) {
        TransferCampaign campaign = book().campaign(id);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        CampaignPhase to;
        try {
            to = CampaignPhase.valueOf(target);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw TransferRejectedException.of("phase", "Étape inconnue : « " + target + " ».");
        }
        if (to == CampaignPhase.SIMULATED || to == CampaignPhase.PUBLISHED) {
            throw TransferRejectedException.of("phase", "Lancez une simulation ou publiez-en une depuis la liste des simulations.");
        }
        long posts = count("select count(p) from TransferPost p where p.campaign.id = :c", id);
        long pending = em.createNamedQuery(TransferContestation.PENDING, Long.class).setParameter("campaign", id).getSingleResult();
        campaign.schedule().transitionRefusal(campaign.getPhase(), to, now(), (int) posts, (int) pending).ifPresent(refusal -> {
            throw TransferRejectedException.of("phase", refusal);
        });
        if (to == CampaignPhase.CLOSED) {
            // the last copy of the dossiers: the barème rests on what they said when wishes closed
            CampaignBook book = book();
            for (TransferParticipant p : em.createNamedQuery(TransferParticipant.OF_CAMPAIGN, TransferParticipant.class)
                    .setParameter("campaign", id).getResultList()) {
                p.copyDossier(book.inPostSince(p.getAgent()));
            }
        }
        CampaignPhase from = campaign.getPhase();
        campaign.moveTo(to);
        audit.recordWithChange(login(), AuditAction.TRANSFER_PHASE_CHANGED, "mutation:" + id, from.label() + " → " + to.label());
        return CampaignSummary.of(campaign);
    }

    public List<ContestationLine> contestations(long campaignId) {
        return em.createNamedQuery(TransferContestation.OF_CAMPAIGN, TransferContestation.class).setParameter("campaign", campaignId)
                .getResultStream()
                .sorted(java.util.Comparator.comparing(c -> c.getStatus() != TransferContestation.Status.EN_ATTENTE)) // pending first
                .map(c -> ContestationLine.of(c, c.getParticipant().getAgent().getData().prenom() + " "
                        + c.getParticipant().getAgent().getData().nom())).toList();
    }

    /** HR's answer to a contestation: accepted with the corrected value, or refused with the reason. */
    public ContestationLine answer(long contestationId, boolean accept, BigDecimal points, String reason) {
        TransferContestation contestation = em.find(TransferContestation.class, contestationId);
        if (contestation == null) {
            throw TransferRejectedException.of("contestation", "Aucune contestation n° " + contestationId + ".");
        }
        TransferCampaign campaign = contestation.getParticipant().getCampaign();
        if (campaign.getPhase() != CampaignPhase.BAREME_DISPLAY) {
            throw TransferRejectedException.of("contestation", "Les contestations se traitent pendant l'affichage du barème.");
        }
        if (contestation.getStatus() != TransferContestation.Status.EN_ATTENTE) {
            throw TransferRejectedException.of("contestation", "Cette contestation a déjà reçu une réponse.");
        }
        Map<String, String> problems = ContestationRules.answerProblems(accept, points, reason);
        if (!problems.isEmpty()) {
            throw new TransferRejectedException(problems);
        }
        String agent = contestation.getParticipant().getAgent().getData().prenom() + " " + contestation.getParticipant().getAgent().getData().nom();
        if (accept) {
            contestation.accept(points, reason.strip(), login(), now());
        } else {
            contestation.refuse(reason.strip(), login(), now());
        }
        flush("Un autre gestionnaire a répondu à cette contestation entre-temps : rechargez la page.");
        audit.recordWithChange(login(), AuditAction.TRANSFER_CONTESTATION_ANSWERED, "mutation:" + campaign.getId(),
                agent + ", " + contestation.getElementCode() + " : " + (accept ? "acceptée, " + points + " points" : "refusée"));
        return ContestationLine.of(contestation, agent);
    }

    /** The participants who declared a handicap, with their wishes, for HR's decisions after the medical advice. */
    public List<HandicapCase> handicapCases(long campaignId) {
        CampaignBook book = book();
        var rules = book.rules(book.campaign(campaignId), book.places());
        return em.createQuery("select p from TransferParticipant p join fetch p.agent where p.campaign.id = :c and p.handicap = :yes "
                + "order by p.id", TransferParticipant.class).setParameter("c", campaignId).setParameter("yes", true).getResultStream()
                .map(p -> new HandicapCase(p.getId(), p.getAgent().getData().prenom() + " " + p.getAgent().getData().nom(),
                        p.getWishes().stream().map(w -> new HandicapCase.Wish(w.getRank(), rules.label(w.request()), w.isHandicapAccepted()))
                                .toList()))
                .toList();
    }

    /** After the medical advice: whether one wish of a participant gets the handicap priority. */
    public void decideHandicapWish(long participantId, int rank, boolean accepted) {
        TransferParticipant participant = em.find(TransferParticipant.class, participantId);
        if (participant == null) {
            throw TransferRejectedException.of("participant", "Aucun participant n° " + participantId + ".");
        }
        CampaignPhase phase = participant.getCampaign().getPhase();
        if (phase != CampaignPhase.CLOSED && phase != CampaignPhase.BAREME_DISPLAY) {
            throw TransferRejectedException.of("handicap", "La priorité handicap se décide entre la fermeture de la saisie et le barème définitif.");
        }
        if (!participant.situation().handicap()) {
            throw TransferRejectedException.of("handicap", "Cet agent n'a pas déclaré de situation de handicap.");
        }
        TransferWish wish = participant.getWishes().stream().filter(w -> w.getRank() == rank).findFirst()
                .orElseThrow(() -> TransferRejectedException.of("handicap", "Cet agent n'a pas de vœu n° " + rank + "."));
        wish.acceptForHandicap(accepted);
        audit.recordWithChange(login(), AuditAction.TRANSFER_HANDICAP_DECIDED, "mutation:" + participant.getCampaign().getId(),
                "Participant " + participantId + ", vœu " + rank + (accepted ? " retenu" : " non retenu"));
    }

    /** Runs the assignment over the confirmed candidatures (any number of times once the barème is final). */
    public SimulationSummary simulate(long campaignId, String mode) {
        TransferCampaign campaign = book().campaign(campaignId);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        AssignmentMode parsed;
        try {
            parsed = AssignmentMode.parse(mode);
        } catch (RuntimeException e) {
            throw TransferRejectedException.of("mode", e.getMessage());
        }
        if (campaign.getPhase() != CampaignPhase.BAREME_FINAL && campaign.getPhase() != CampaignPhase.SIMULATED) {
            throw TransferRejectedException.of("phase", "Les simulations se lancent une fois le barème définitif (étape actuelle : « "
                    + campaign.getPhase().label() + " »).");
        }
        TransferSimulation simulation = new CampaignRun(em).run(campaign, parsed, login(), now());
        campaign.moveTo(CampaignPhase.SIMULATED);
        audit.recordWithChange(login(), AuditAction.TRANSFER_SIMULATED, "mutation:" + campaignId, "Simulation " + simulation.getId()
                + " (" + parsed.apiName() + ") : " + simulation.getMoved() + " mutation(s) sur " + simulation.getParticipants());
        return SimulationSummary.of(simulation, campaign.getPublishedSimulationId());
    }

    public List<SimulationSummary> simulations(long campaignId) {
        Long published = book().campaign(campaignId).getPublishedSimulationId();
        return em.createNamedQuery(TransferSimulation.OF_CAMPAIGN, TransferSimulation.class).setParameter("campaign", campaignId)
                .getResultStream().map(s -> SimulationSummary.of(s, published)).toList();
    }

    /** Publishes one simulation's results: agents then read them with their reasons. */
    public CampaignSummary publish(long campaignId, long simulationId) {
        TransferCampaign campaign = book().campaign(campaignId);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        TransferSimulation simulation = em.find(TransferSimulation.class, simulationId);
        if (simulation == null || !simulation.getCampaign().getId().equals(campaignId)) {
            throw TransferRejectedException.of("simulation", "Cette simulation n'appartient pas à la campagne.");
        }
        if (campaign.getPhase() != CampaignPhase.SIMULATED) {
            throw TransferRejectedException.of("phase", "Seule une campagne simulée peut être publiée (étape actuelle : « "
                    + campaign.getPhase().label() + " »).");
        }
        campaign.publish(simulationId);
        audit.recordWithChange(login(), AuditAction.TRANSFER_PUBLISHED, "mutation:" + campaignId, "Simulation " + simulationId + " publiée");
        return CampaignSummary.of(campaign);
    }

    /** One simulation's results, participant by participant (the page's table and its exports). */
    public List<ParticipantRow> results(long simulationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.participant_id, ac.login, a.prenom, a.nom, p.discipline, f.name, r.outcome, r.wish_rank, t.name, r.points
                FROM transfer_result r
                JOIN transfer_participant p ON p.id = r.participant_id
                JOIN agent a ON a.id = p.agent_id
                LEFT JOIN account ac ON ac.agent_id = a.id
                JOIN establishment f ON f.id = p.establishment_id
                LEFT JOIN establishment t ON t.id = r.establishment_id
                WHERE r.simulation_id = ?1
                ORDER BY a.nom, a.prenom, r.participant_id""").setParameter(1, simulationId).getResultList();
        return rows.stream().map(r -> new ParticipantRow(((Number) r[0]).longValue(), (String) r[1], r[2] + " " + r[3], (String) r[4],
                (String) r[5], outcomeLabel((String) r[6]), r[7] == null ? null : ((Number) r[7]).intValue(),
                (String) r[8], (BigDecimal) r[9])).toList();
    }

    /** Participants whose outcome differs between two simulations of the same campaign. */
    public long differences(long first, long second) {
        return ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM transfer_result a JOIN transfer_result b
                  ON b.participant_id = a.participant_id AND b.simulation_id = ?2
                WHERE a.simulation_id = ?1 AND (a.outcome <> b.outcome
                  OR COALESCE(a.establishment_id, -1) <> COALESCE(b.establishment_id, -1))""")
                .setParameter(1, first).setParameter(2, second).getSingleResult()).longValue();
    }

    private static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case "MOVED" -> "Muté";
            case "STAYED" -> "Maintenu";
            default -> "Sans poste";
        };
    }

    private TransferCampaign postsEditable(long campaignId) {
        TransferCampaign campaign = book().campaign(campaignId);
        if (campaign.getPhase().atLeast(CampaignPhase.SIMULATED)) {
            throw TransferRejectedException.of("postes", "Les postes ne peuvent plus changer une fois les simulations commencées.");
        }
        return campaign;
    }

    private TransferPost upsert(TransferCampaign campaign, Establishment establishment, String discipline, int vacancies) {
        TransferPost post = em.createQuery("select p from TransferPost p where p.campaign = :c and p.establishment = :e "
                + "and p.discipline = :d", TransferPost.class).setParameter("c", campaign).setParameter("e", establishment)
                .setParameter("d", discipline).getResultStream().findFirst().orElse(null);
        if (post == null) {
            post = new TransferPost(campaign, establishment, discipline, vacancies);
            em.persist(post);
        } else {
            post.setVacancies(vacancies);
        }
        return post;
    }

    private Establishment establishment(String uai, Map<String, String> problems) {
        Establishment found = uai == null ? null : establishmentOrNull(uai.strip().toUpperCase(Locale.ROOT));
        if (found == null) {
            problems.put("uai", "UAI inconnu : « " + uai + " ».");
        }
        return found;
    }

    private Establishment establishmentOrNull(String uai) {
        return em.createNamedQuery(Establishment.BY_UAIS, Establishment.class).setParameter("uais", List.of(uai))
                .getResultStream().findFirst().orElse(null);
    }

    private static Integer parse(String count) {
        try {
            return Integer.valueOf(count.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Checked(String name, String corps, int maxWishes, Set<WishType> types, CampaignSchedule schedule, BaremeRules rules) {
    }

    private Checked check(CampaignForm form, TransferCampaign existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.length() < 3 || name.length() > 200) {
            problems.put("name", "Donnez à la campagne un nom de 3 à 200 caractères.");
        }
        String corps = form.corps() == null || form.corps().isBlank() ? null : form.corps().strip();
        int maxWishes = form.maxWishes() == null ? 31 : form.maxWishes();
        if (maxWishes < 1 || maxWishes > 40) {
            problems.put("maxWishes", "Le nombre de vœux doit être compris entre 1 et 40.");
        }
        Set<WishType> types = EnumSet.noneOf(WishType.class);
        for (String type : form.wishTypes() == null ? List.<String>of() : form.wishTypes()) {
            try {
                types.add(WishType.valueOf(type));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.put("wishTypes", "Type de vœu inconnu : « " + type + " ».");
            }
        }
        if (types.isEmpty() && !problems.containsKey("wishTypes")) {
            problems.put("wishTypes", "Choisissez au moins un type de vœu.");
        }
        CampaignSchedule schedule = new CampaignSchedule(form.wishesOpenAt(), form.wishesCloseAt(), form.baremeFrom(), form.baremeTo(),
                form.referenceDate());
        problems.putAll(schedule.problems());
        BaremeRules rules = form.rules() != null ? form.rules() : existing != null ? existing.rules() : BaremeRules.national2025();
        problems.putAll(rules.problems());
        if (!problems.isEmpty()) {
            throw new TransferRejectedException(problems);
        }
        return new Checked(name, corps, maxWishes, types, schedule, rules);
    }

    private static boolean same(BaremeRules a, BaremeRules b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(BaremeRules rules) {
        return List.of(rules.pointsPerEchelon(), rules.echelonMinimum(), rules.horsClasseBase(), rules.exceptionnelleBase(),
                rules.exceptionnelleCap(), rules.seniorityPerYear(), rules.seniorityPerFourYears(), rules.spouse(), rules.perChild(),
                rules.separationOneYear(), rules.separationTwoYears(), rules.separationThreeYears(), rules.separationFourYears(),
                rules.repPlus(), rules.rep(), rules.handicap(), rules.handicapAccepted()).stream()
                .map(v -> v.stripTrailingZeros().toPlainString()).toList() + "/" + rules.educationPrioritaireYears();
    }

    private static CampaignPhase next(CampaignPhase phase) {
        return switch (phase) {
            case DRAFT -> CampaignPhase.OPEN;
            case OPEN -> CampaignPhase.CLOSED;
            case CLOSED -> CampaignPhase.BAREME_DISPLAY;
            case BAREME_DISPLAY -> CampaignPhase.BAREME_FINAL;
            default -> null;
        };
    }

    /** Writes now, so that a change made meanwhile by someone else is a clear conflict, not an error page. */
    private void flush(String conflict) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new TransferConflictException(conflict);
        }
    }

    private long count(String jpql, long campaignId) {
        return em.createQuery(jpql, Long.class).setParameter("c", campaignId).getSingleResult();
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
