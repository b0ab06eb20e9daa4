package fr.academie.portail.transfers.boundary;

import fr.academie.portail.career.control.Grade;
import fr.academie.portail.transfers.control.Assignment;
import fr.academie.portail.transfers.control.AssignmentMode;
import fr.academie.portail.transfers.control.Bareme;
import fr.academie.portail.transfers.control.ExpandedWish;
import fr.academie.portail.transfers.control.Market;
import fr.academie.portail.transfers.control.Outcome;
import fr.academie.portail.transfers.control.Place;
import fr.academie.portail.transfers.control.Situation;
import fr.academie.portail.transfers.control.Tiebreak;
import fr.academie.portail.transfers.control.TransferAssignments;
import fr.academie.portail.transfers.control.WishPlace;
import fr.academie.portail.transfers.control.WishRequest;
import fr.academie.portail.transfers.control.WishRules;
import fr.academie.portail.transfers.control.WishType;
import fr.academie.portail.transfers.entity.TransferCampaign;
import fr.academie.portail.transfers.entity.TransferSimulation;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * One run of a campaign's assignment: reads the confirmed candidatures with set queries, computes
 * each barème and expands the group wishes, builds the market (a post is an establishment and a
 * discipline), runs the algorithm, and writes the results and barres with JDBC batches.
 */
final class CampaignRun {

    private static final int BATCH = 1000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CampaignRun.class.getName());

    private final EntityManager em;

    CampaignRun(EntityManager em) {
        this.em = em;
    }

    /** A confirmed candidature as the run reads it. */
    private record Candidate(long id, String uai, String discipline, Situation situation, LocalDate birthDate,
            List<WishRequest> wishes, List<Boolean> handicapAccepted) {
    }

    TransferSimulation run(TransferCampaign campaign, AssignmentMode mode, String by, Instant now) {
        long started = System.nanoTime();
        long[] laps = new long[4];
        CampaignBook book = new CampaignBook(em);
        Map<String, Place> places = book.places();
        WishRules rules = book.rules(campaign, places);
        Map<String, Long> establishmentIds = establishmentIds();
        List<Candidate> candidates = candidates(campaign.getId());
        laps[0] = System.nanoTime();

        PostKeys keys = new PostKeys();
        Map<String, Integer> offered = new LinkedHashMap<>();
        for (Object[] row : rows("""
                SELECT e.uai, p.discipline, p.vacancies FROM transfer_post p JOIN establishment e ON e.id = p.establishment_id
                WHERE p.campaign_id = ?1 ORDER BY p.id""", campaign.getId())) {
            offered.put(keys.of((String) row[0], (String) row[1]), ((Number) row[2]).intValue());
        }
        Map<String, Set<String>> offering = new HashMap<>();
        offered.keySet().forEach(k -> offering.computeIfAbsent(discipline(k), d -> new HashSet<>()).add(uai(k)));
        candidates.forEach(c -> offering.computeIfAbsent(c.discipline(), d -> new HashSet<>()).add(c.uai()));

        // first pass: each candidate's barème and expanded wishes, and every post they involve
        Map<Long, Map<String, BigDecimal>> corrections = corrections(campaign.getId());
        Map<String, Integer> posts = new LinkedHashMap<>(offered);
        List<List<ExpandedWish>> expansions = new ArrayList<>(candidates.size());
        List<Bareme> baremes = new ArrayList<>(candidates.size());
        List<Tiebreak.Facts> facts = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<WishPlace> wishPlaces = new ArrayList<>();
            for (int k = 0; k < c.wishes().size(); k++) {
                wishPlaces.add(new WishPlace(k + 1, rules.departement(c.wishes().get(k)), c.handicapAccepted().get(k)));
            }
            Bareme bareme = Bareme.compute(campaign.rules(), c.situation(), campaign.schedule().referenceDate(), wishPlaces)
                    .corrected(corrections.getOrDefault(c.id(), Map.of()));
            List<ExpandedWish> expanded = rules.expand(c.wishes(), c.uai(), offering.getOrDefault(c.discipline(), Set.of()));
            baremes.add(bareme);
            expansions.add(expanded);
            posts.putIfAbsent(keys.of(c.uai(), c.discipline()), 0);
            expanded.forEach(w -> posts.putIfAbsent(keys.of(w.uai(), c.discipline()), 0));
            facts.add(new Tiebreak.Facts(c.id(), c.situation().spouseDepartement() != null, c.situation().childrenUnder18(), c.birthDate()));
        }
        Map<Long, Integer> tiebreaks = Tiebreak.ranks(facts);

        Market.Builder builder = Market.builder();
        posts.forEach(builder::post);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double[] points = baremes.get(i).pointsByRank(c.wishes().size());
            List<Market.Wish> wishes = expansions.get(i).stream()
                    .map(w -> new Market.Wish(keys.of(w.uai(), c.discipline()), points[w.wishRank()])).toList();
            builder.participant(String.valueOf(c.id()), keys.of(c.uai(), c.discipline()), tiebreaks.get(c.id()), wishes);
        }
        Market market = builder.build();
        laps[1] = System.nanoTime();
        Assignment assignment = TransferAssignments.assign(market, mode);
        laps[2] = System.nanoTime();

        int maxWishes = campaign.getMaxWishes();
        int[] byWishRank = new int[maxWishes];
        for (int i = 0; i < candidates.size(); i++) {
            if (assignment.outcome(i) == Outcome.MOVED) {
                byWishRank[expansions.get(i).get(assignment.wishRank(i) - 1).wishRank() - 1]++;
            }
        }
        TransferSimulation simulation = new TransferSimulation(campaign, mode, now, by, assignment.stats(), byWishRank, 0);
        em.persist(simulation);
        em.flush();
        writeResults(simulation.getId(), candidates, expansions, baremes, assignment, establishmentIds);
        writeThresholds(simulation.getId(), market, assignment, establishmentIds, offering);
        laps[3] = System.nanoTime();
        long elapsed = (laps[3] - started) / 1_000_000;
        LOG.info(String.format("Simulation %d (%s) : %d candidatures lues en %d ms, barèmes et vœux en %d ms, affectation en %d ms, "
                + "résultats écrits en %d ms.", simulation.getId(), mode.apiName(), candidates.size(), (laps[0] - started) / 1_000_000,
                (laps[1] - laps[0]) / 1_000_000, (laps[2] - laps[1]) / 1_000_000, (laps[3] - laps[2]) / 1_000_000));
        em.createNativeQuery("UPDATE transfer_simulation SET duration_ms = ?1 WHERE id = ?2")
                .setParameter(1, elapsed).setParameter(2, simulation.getId()).executeUpdate();
        em.refresh(simulation);
        return simulation;
    }

    private void writeResults(long simulationId, List<Candidate> candidates, List<List<ExpandedWish>> expansions, List<Bareme> baremes,
            Assignment assignment, Map<String, Long> establishmentIds) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transfer_result "
                    + "(simulation_id, participant_id, outcome, establishment_id, wish_rank, points) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < candidates.size(); i++) {
                    Outcome outcome = assignment.outcome(i);
                    insert.setLong(1, simulationId);
                    insert.setLong(2, candidates.get(i).id());
                    insert.setString(3, outcome.name());
                    int post = assignment.post(i);
                    if (post >= 0) {
                        insert.setLong(4, establishmentIds.get(uai(assignment.market().postId(post))));
                    } else {
                        insert.setNull(4, java.sql.Types.BIGINT);
                    }
                    if (outcome == Outcome.MOVED) {
                        int wishRank = expansions.get(i).get(assignment.wishRank(i) - 1).wishRank();
                        insert.setInt(5, wishRank);
                        insert.setBigDecimal(6, baremes.get(i).pointsFor(wishRank));
                    } else {
                        insert.setNull(5, java.sql.Types.INTEGER);
                        insert.setNull(6, java.sql.Types.DECIMAL);
                    }
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private void writeThresholds(long simulationId, Market market, Assignment assignment, Map<String, Long> establishmentIds,
            Map<String, Set<String>> offering) {
        double[] lowest = assignment.thresholds();
        int[] capacity = market.capacities();
        int[] admitted = new int[market.posts()];
        for (int i = 0; i < market.participants(); i++) {
            if (assignment.outcome(i) == Outcome.MOVED) {
                admitted[assignment.post(i)]++;
            }
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transfer_threshold "
                    + "(simulation_id, establishment_id, discipline, seats, admitted, offering, lowest_points) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int p = 0; p < market.posts(); p++) {
                    String key = market.postId(p);
                    insert.setLong(1, simulationId);
                    insert.setLong(2, establishmentIds.get(uai(key)));
                    insert.setString(3, discipline(key));
                    insert.setInt(4, capacity[p]);
                    insert.setInt(5, admitted[p]);
                    insert.setInt(6, offering.getOrDefault(discipline(key), Set.of()).contains(uai(key)) ? 1 : 0);
                    if (Double.isNaN(lowest[p])) {
                        insert.setNull(7, java.sql.Types.DECIMAL);
                    } else {
                        insert.setBigDecimal(7, BigDecimal.valueOf(lowest[p]).setScale(2, java.math.RoundingMode.HALF_UP));
                    }
                    insert.addBatch();
                    if ((p + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Confirmed candidatures with at least one wish, with their wishes, in participant order: two
     * plain JDBC reads in the same order, merged as they stream (3 million wishes at national scale).
     */
    private List<Candidate> candidates(long campaignId) {
        List<Candidate> candidates = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement people = connection.prepareStatement("""
                    SELECT p.id, e.uai, p.discipline, p.grade, p.echelon, p.in_post_since, p.spouse_departement, p.children,
                           p.separation_years, p.handicap, p.years_rep_plus, p.years_rep, a.date_naissance
                    FROM transfer_participant p JOIN establishment e ON e.id = p.establishment_id JOIN agent a ON a.id = p.agent_id
                    WHERE p.campaign_id = ? AND p.confirmed_at IS NOT NULL ORDER BY p.id""");
                 PreparedStatement wishes = connection.prepareStatement("""
                    SELECT w.participant_id, w.wish_type, w.code, w.handicap_accepted FROM transfer_wish w
                    JOIN transfer_participant p ON p.id = w.participant_id
                    WHERE p.campaign_id = ? AND p.confirmed_at IS NOT NULL ORDER BY w.participant_id, w.wish_rank""")) {
                people.setLong(1, campaignId);
                wishes.setLong(1, campaignId);
                wishes.setFetchSize(10_000);
                Map<String, String> codes = new HashMap<>(); // one string per place, not one per wish
                try (ResultSet p = people.executeQuery(); ResultSet w = wishes.executeQuery()) {
                    boolean more = w.next();
                    while (p.next()) {
                        long id = p.getLong(1);
                        List<WishRequest> requests = new ArrayList<>();
                        List<Boolean> handicap = new ArrayList<>();
                        while (more && w.getLong(1) < id) {
                            more = w.next();
                        }
                        while (more && w.getLong(1) == id) {
                            requests.add(new WishRequest(WishType.valueOf(w.getString(2)), codes.computeIfAbsent(w.getString(3), c -> c)));
                            handicap.add(w.getInt(4) == 1);
                            more = w.next();
                        }
                        if (requests.isEmpty()) {
                            continue;
                        }
                        int echelon = p.getInt(5);
                        Integer knownEchelon = p.wasNull() ? null : echelon;
                        Situation situation = new Situation(Grade.ofLabel(p.getString(4)).orElse(null), knownEchelon,
                                day(p.getDate(6)), p.getString(7), p.getInt(8), p.getInt(9), p.getInt(10) == 1, p.getInt(11), p.getInt(12));
                        candidates.add(new Candidate(id, p.getString(2), p.getString(3), situation, day(p.getDate(13)), requests, handicap));
                    }
                }
            }
        });
        return candidates;
    }

    private Map<Long, Map<String, BigDecimal>> corrections(long campaignId) {
        Map<Long, Map<String, BigDecimal>> corrections = new HashMap<>();
        for (Object[] row : rows("""
                SELECT c.participant_id, c.element_code, c.corrected_points FROM transfer_contestation c
                JOIN transfer_participant p ON p.id = c.participant_id
                WHERE p.campaign_id = ?1 AND c.status = 'ACCEPTEE' ORDER BY c.answered_at""", campaignId)) {
            corrections.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>()).put((String) row[1], (BigDecimal) row[2]);
        }
        return corrections;
    }

    private Map<String, Long> establishmentIds() {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] row : em.createQuery("select e.uai, e.id from Establishment e", Object[].class).getResultList()) {
            ids.put((String) row[0], (Long) row[1]);
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long campaignId) {
        return em.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
    }

    /** A post's key, « UAI|discipline », built once per post and shared (its hash is then computed once too). */
    private static final class PostKeys {

        private final Map<String, Map<String, String>> byDiscipline = new HashMap<>();

        String of(String uai, String discipline) {
            return byDiscipline.computeIfAbsent(discipline, d -> new HashMap<>()).computeIfAbsent(uai, u -> u + "|" + discipline);
        }
    }

    private static String uai(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    private static String discipline(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toLocalDate();
        }
        throw new IllegalStateException("Date inattendue : " + value.getClass());
    }
}
