package fr.academie.portail.transfers.boundary;

import fr.academie.portail.career.control.Grade;
import fr.academie.portail.transfers.control.Assignment;
import fr.academie.portail.transfers.control.AssignmentMode;
import fr.academie.portail.transfers.control.Bareme;
import fr.academie.portail.transfers.control.Market;
import fr.academie.portail.transfers.control.Outcome;
import fr.academie.portail.transfers.control.Situation;
import fr.academie.portail.transfers.control.Tiebreak;
import fr.academie.portail.transfers.control.TransferAssignments;
import fr.academie.portail.transfers.control.WishPlace;
import fr.academie.portail.transfers.control.WishRules;
import fr.academie.portail.transfers.control.WishType;
import fr.academie.portail.transfers.entity.TransferCampaign;
import fr.academie.portail.transfers.entity.TransferSimulation;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * One run of a campaign's assignment: reads the confirmed candidatures with two plain JDBC reads,
 * computes each barème and expands the group wishes, builds the market (a post is an establishment
 * and a discipline), runs the algorithm, and writes the results and barres with JDBC batches.
 *
 * <p>A national campaign has 100 000 candidatures and 3 million wishes: the run keeps them in
 * columns of numbers (an establishment, a discipline, a post, a wish's group are numbers here), not
 * in an object per wish.
 */
final class CampaignRun {

    private static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(CampaignRun.class.getName());

    private final EntityManager em;

    CampaignRun(EntityManager em) {
        this.em = em;
    }

    TransferSimulation run(TransferCampaign campaign, AssignmentMode mode, String by, Instant now) {
        long started = System.nanoTime();
        long[] laps = new long[4];
        CampaignBook book = new CampaignBook(em);
        WishRules rules = book.rules(campaign, book.places());
        Establishments establishments = establishments();
        Disciplines disciplines = new Disciplines();
        Candidates candidates = candidates(campaign, rules, establishments, disciplines);
        laps[0] = System.nanoTime();

        // the posts: those offered, in their order, then those the candidates hold or ask for, as met
        Posts posts = new Posts(establishments);
        for (Object[] row : rows("""
                SELECT e.uai, p.discipline, p.vacancies FROM transfer_post p JOIN establishment e ON e.id = p.establishment_id
                WHERE p.campaign_id = ?1 ORDER BY p.id""", campaign.getId())) {
            Integer establishment = establishments.number.get((String) row[0]);
            posts.offer(disciplines.number((String) row[1]), establishment, ((Number) row[2]).intValue());
        }
        for (int i = 0; i < candidates.size; i++) {
            posts.hold(candidates.discipline[i], candidates.establishment[i]);
        }

        // each candidate's barème, points by wish rank, and the establishments their wishes stand for
        Map<Long, Map<String, BigDecimal>> corrections = corrections(campaign.getId());
        int[] establishmentOfPlace = new int[rules.placeCount()];
        for (int place = 0; place < establishmentOfPlace.length; place++) {
            establishmentOfPlace[place] = establishments.number.get(rules.uai(place));
        }
        boolean[][] offeringPlaces = new boolean[disciplines.size()][];
        WishRules.Expander expander = rules.expander();
        Expansions expansions = new Expansions(candidates.size);
        double[][] points = new double[candidates.size][];
        List<Tiebreak.Facts> facts = new ArrayList<>(candidates.size);
        LocalDate referenceDate = campaign.schedule().referenceDate();
        for (int i = 0; i < candidates.size; i++) {
            int from = i * candidates.stride;
            int count = candidates.wishCount[i];
            List<WishPlace> wishPlaces = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                wishPlaces.add(new WishPlace(k + 1, candidates.wish[from + k].departement(), candidates.handicapAccepted[from + k]));
            }
            Situation situation = candidates.situation[i];
            points[i] = Bareme.compute(campaign.rules(), situation, referenceDate, wishPlaces)
                    .corrected(corrections.getOrDefault(candidates.id[i], Map.of())).pointsByRank(count);
            int discipline = candidates.discipline[i];
            if (offeringPlaces[discipline] == null) {
                offeringPlaces[discipline] = posts.offeringPlaces(discipline, establishmentOfPlace);
            }
            int size = expander.expand(candidates.wish, from, count, rules.place(establishments.uai[candidates.establishment[i]]),
                    offeringPlaces[discipline]);
            for (int k = 0; k < size; k++) {
                expansions.add(posts.ask(discipline, establishmentOfPlace[expander.place(k)]), expander.rank(k));
            }
            expansions.close(i);
            facts.add(new Tiebreak.Facts(candidates.id[i], situation.spouseDepartement() != null, situation.childrenUnder18(),
                    candidates.birthDate[i]));
        }
        Map<Long, Integer> tiebreaks = Tiebreak.ranks(facts);

        Market.Builder builder = Market.builder();
        for (int post = 0; post < posts.size; post++) {
            builder.post(posts.key(post, disciplines), posts.vacancies[post]);
        }
        int[] wishPosts = new int[16];
        double[] wishPoints = new double[16];
        for (int i = 0; i < candidates.size; i++) {
            int count = expansions.start[i + 1] - expansions.start[i];
            if (count > wishPosts.length) {
                wishPosts = new int[count];
                wishPoints = new double[count];
            }
            for (int k = 0; k < count; k++) {
                wishPosts[k] = expansions.post[expansions.start[i] + k];
                wishPoints[k] = points[i][expansions.rank[expansions.start[i] + k]];
            }
            builder.participant(String.valueOf(candidates.id[i]), posts.of(candidates.discipline[i], candidates.establishment[i]),
                    tiebreaks.get(candidates.id[i]), wishPosts, wishPoints, count);
        }
        Market market = builder.build();
        laps[1] = System.nanoTime();
        Assignment assignment = TransferAssignments.assign(market, mode);
        laps[2] = System.nanoTime();

        int[] byWishRank = new int[campaign.getMaxWishes()];
        for (int i = 0; i < candidates.size; i++) {
            if (assignment.outcome(i) == Outcome.MOVED) {
                byWishRank[expansions.rankObtained(i, assignment) - 1]++;
            }
        }
        TransferSimulation simulation = new TransferSimulation(campaign, mode, now, by, assignment.stats(), byWishRank, 0);
        em.persist(simulation);
        em.flush();
        long resultsFrom = System.nanoTime();
        writeResults(simulation.getId(), candidates, expansions, points, assignment, posts, establishments);
        long thresholdsFrom = System.nanoTime();
        writeThresholds(simulation.getId(), posts, disciplines, assignment, establishments);
        laps[3] = System.nanoTime();
        long elapsed = (laps[3] - started) / 1_000_000;
        LOG.info(String.format("Simulation %d (%s) : %d candidatures lues en %d ms, barèmes et vœux en %d ms, affectation en %d ms, "
                + "écriture en %d ms (%d résultats en %d ms, %d barres en %d ms).", simulation.getId(), mode.apiName(), candidates.size,
                (laps[0] - started) / 1_000_000, (laps[1] - laps[0]) / 1_000_000, (laps[2] - laps[1]) / 1_000_000,
                (laps[3] - laps[2]) / 1_000_000, candidates.size, (thresholdsFrom - resultsFrom) / 1_000_000, market.posts(),
                (laps[3] - thresholdsFrom) / 1_000_000));
        em.createNativeQuery("UPDATE transfer_simulation SET duration_ms = ?1 WHERE id = ?2")
                .setParameter(1, elapsed).setParameter(2, simulation.getId()).executeUpdate();
        em.refresh(simulation);
        return simulation;
    }

    /**
     * One row per candidate. Rows are grouped by outcome so that each JDBC batch binds the same
     * types on every row (MariaDB's bulk protocol sends a batch in one go only then).
     */
    private void writeResults(long simulationId, Candidates candidates, Expansions expansions, double[][] points,
            Assignment assignment, Posts posts, Establishments establishments) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transfer_result "
                    + "(simulation_id, participant_id, outcome, establishment_id, wish_rank, points) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Outcome outcome : Outcome.values()) {
                    for (int i = 0; i < candidates.size; i++) {
                        if (assignment.outcome(i) != outcome) {
                            continue;
                        }
                        insert.setLong(1, simulationId);
                        insert.setLong(2, candidates.id[i]);
                        insert.setString(3, outcome.name());
                        int post = assignment.post(i);
                        if (post >= 0) {
                            insert.setLong(4, establishments.id[posts.establishment[post]]);
                        } else {
                            insert.setNull(4, Types.BIGINT);
                        }
                        if (outcome == Outcome.MOVED) {
                            int wishRank = expansions.rankObtained(i, assignment);
                            insert.setInt(5, wishRank);
                            insert.setBigDecimal(6, BigDecimal.valueOf(points[i][wishRank]).setScale(2, RoundingMode.HALF_UP));
                        } else {
                            insert.setNull(5, Types.INTEGER);
                            insert.setNull(6, Types.DECIMAL);
                        }
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
        });
    }

    /** One row per post: its seats, how many came in, and the lowest points admitted (the « barre »); grouped like the results. */
    private void writeThresholds(long simulationId, Posts posts, Disciplines disciplines, Assignment assignment,
            Establishments establishments) {
        Market market = assignment.market();
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
                int pending = 0;
                for (boolean withBarre : new boolean[] {true, false}) {
                    for (int p = 0; p < market.posts(); p++) {
                        if (Double.isNaN(lowest[p]) == withBarre) {
                            continue;
                        }
                        insert.setLong(1, simulationId);
                        insert.setLong(2, establishments.id[posts.establishment[p]]);
                        insert.setString(3, disciplines.name(posts.discipline[p]));
                        insert.setInt(4, capacity[p]);
                        insert.setInt(5, admitted[p]);
                        insert.setInt(6, posts.offering(p) ? 1 : 0);
                        if (withBarre) {
                            insert.setBigDecimal(7, BigDecimal.valueOf(lowest[p]).setScale(2, RoundingMode.HALF_UP));
                        } else {
                            insert.setNull(7, Types.DECIMAL);
                        }
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
        });
    }

    /**
     * The confirmed candidatures with at least one wish, in participant order. The wishes are read
     * in whatever order the database finds cheapest (sorting 3 million rows costs more than reading
     * them) and put in place by participant and rank.
     */
    private Candidates candidates(TransferCampaign campaign, WishRules rules, Establishments establishments, Disciplines disciplines) {
        Candidates all = new Candidates(campaign.getMaxWishes());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement people = connection.prepareStatement("""
                    SELECT p.id, p.establishment_id, p.discipline, p.grade, p.echelon, p.in_post_since, p.spouse_departement, p.children,
                           p.separation_years, p.handicap, p.years_rep_plus, p.years_rep, a.date_naissance
                    FROM transfer_participant p JOIN agent a ON a.id = p.agent_id
                    WHERE p.campaign_id = ? AND p.confirmed_at IS NOT NULL AND p.discipline IS NOT NULL ORDER BY p.id""")) {
                people.setLong(1, campaign.getId());
                try (ResultSet p = people.executeQuery()) {
                    while (p.next()) {
                        int echelon = p.getInt(5);
                        Integer knownEchelon = p.wasNull() ? null : echelon;
                        Situation situation = new Situation(Grade.ofLabel(p.getString(4)).orElse(null), knownEchelon, day(p.getDate(6)),
                                p.getString(7), p.getInt(8), p.getInt(9), p.getInt(10) == 1, p.getInt(11), p.getInt(12));
                        all.add(p.getLong(1), establishments.byId(p.getLong(2)), disciplines.number(p.getString(3)), situation,
                                day(p.getDate(13)));
                    }
                }
            }
            try (PreparedStatement wishes = connection.prepareStatement("""
                    SELECT w.participant_id, w.wish_rank, w.wish_type, w.code, w.handicap_accepted FROM transfer_wish w
                    JOIN transfer_participant p ON p.id = w.participant_id
                    WHERE p.campaign_id = ? AND p.confirmed_at IS NOT NULL AND p.discipline IS NOT NULL""")) {
                wishes.setLong(1, campaign.getId());
                wishes.setFetchSize(10_000);
                try (ResultSet w = wishes.executeQuery()) {
                    while (w.next()) {
                        all.wish(w.getLong(1), w.getInt(2), rules.group(WishType.valueOf(w.getString(3)), w.getString(4)), w.getInt(5) == 1);
                    }
                }
            }
        });
        return all.withWishesOnly();
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

    private Establishments establishments() {
        List<Object[]> rows = em.createQuery("select e.uai, e.id from Establishment e order by e.id", Object[].class).getResultList();
        Establishments establishments = new Establishments(new String[rows.size()], new long[rows.size()], new HashMap<>(rows.size() * 2));
        for (int i = 0; i < rows.size(); i++) {
            establishments.uai[i] = (String) rows.get(i)[0];
            establishments.id[i] = (Long) rows.get(i)[1];
            establishments.number.put(establishments.uai[i], i);
        }
        return establishments;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long campaignId) {
        return em.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
    }

    /** Every establishment (the rectorat's services too: an agent may hold a post there), numbered in id order. */
    private record Establishments(String[] uai, long[] id, Map<String, Integer> number) {

        int byId(long establishmentId) {
            int found = Arrays.binarySearch(id, establishmentId);
            if (found < 0) {
                throw new IllegalStateException("Établissement inconnu : " + establishmentId);
            }
            return found;
        }
    }

    /** The disciplines met in the run, numbered as met. */
    private static final class Disciplines {

        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();

        int number(String name) {
            return numbers.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        String name(int number) {
            return names.get(number);
        }

        int size() {
            return names.size();
        }
    }

    /**
     * The market's posts, a discipline in an establishment, numbered as they are first met; which
     * ones offer a post in their discipline (offered by HR or held by a candidate), for the group wishes.
     */
    private static final class Posts {

        private final String[] uai;
        private final int establishmentCount;
        private final Map<Integer, int[]> numbers = new HashMap<>(); // by discipline: post number by establishment, -1 if none
        private final Map<Integer, boolean[]> offering = new HashMap<>();
        int size;
        int[] discipline = new int[1024];
        int[] establishment = new int[1024];
        int[] vacancies = new int[1024];

        Posts(Establishments establishments) {
            this.uai = establishments.uai;
            this.establishmentCount = uai.length;
        }

        void offer(int discipline, int establishment, int vacancyCount) {
            int post = ask(discipline, establishment); // first: it may grow the arrays
            vacancies[post] = vacancyCount;
            offeringOf(discipline)[establishment] = true;
        }

        void hold(int discipline, int establishment) {
            ask(discipline, establishment);
            offeringOf(discipline)[establishment] = true;
        }

        /** The post's number, the post added (with no vacancy) when first met. */
        int ask(int discipline, int establishment) {
            int[] byEstablishment = numbers.computeIfAbsent(discipline, d -> {
                int[] none = new int[establishmentCount];
                Arrays.fill(none, -1);
                return none;
            });
            if (byEstablishment[establishment] < 0) {
                if (size == this.discipline.length) {
                    this.discipline = Arrays.copyOf(this.discipline, size * 2);
                    this.establishment = Arrays.copyOf(this.establishment, size * 2);
                    vacancies = Arrays.copyOf(vacancies, size * 2);
                }
                this.discipline[size] = discipline;
                this.establishment[size] = establishment;
                byEstablishment[establishment] = size++;
            }
            return byEstablishment[establishment];
        }

        int of(int discipline, int establishment) {
            return numbers.get(discipline)[establishment];
        }

        boolean offering(int post) {
            return offeringOf(discipline[post])[establishment[post]];
        }

        /** By place number of the wish rules: whether the place offers a post in the discipline. */
        boolean[] offeringPlaces(int discipline, int[] establishmentOfPlace) {
            boolean[] byEstablishment = offeringOf(discipline);
            boolean[] byPlace = new boolean[establishmentOfPlace.length];
            for (int place = 0; place < byPlace.length; place++) {
                byPlace[place] = byEstablishment[establishmentOfPlace[place]];
            }
            return byPlace;
        }

        /** The market's name of a post, « UAI|discipline ». */
        String key(int post, Disciplines disciplines) {
            return uai[establishment[post]] + "|" + disciplines.name(discipline[post]);
        }

        private boolean[] offeringOf(int discipline) {
            return offering.computeIfAbsent(discipline, d -> new boolean[establishmentCount]);
        }
    }

    /** Each candidate's wishes as the market sees them: posts, and the rank of the wish each comes from. */
    private static final class Expansions {

        final int[] start;
        int[] post = new int[1 << 16];
        int[] rank = new int[1 << 16];
        private int size;

        Expansions(int candidates) {
            start = new int[candidates + 1];
        }

        void add(int postNumber, int wishRank) {
            if (size == post.length) {
                post = Arrays.copyOf(post, size * 2);
                rank = Arrays.copyOf(rank, size * 2);
            }
            post[size] = postNumber;
            rank[size++] = wishRank;
        }

        /** Ends candidate i's list. */
        void close(int candidate) {
            start[candidate + 1] = size;
        }

        /** The rank of the wish the candidate obtained (they moved). */
        int rankObtained(int candidate, Assignment assignment) {
            return rank[start[candidate] + assignment.wishRank(candidate) - 1];
        }
    }

    /**
     * The candidatures as columns; wishes in slots of {@code stride} per candidate (slot = rank - 1),
     * whatever order they are read in.
     */
    private static final class Candidates {

        final int stride;
        int size;
        long[] id = new long[1024];
        int[] establishment = new int[1024];
        int[] discipline = new int[1024];
        Situation[] situation = new Situation[1024];
        LocalDate[] birthDate = new LocalDate[1024];
        WishRules.Group[] wish;
        boolean[] handicapAccepted;
        int[] wishCount;

        Candidates(int stride) {
            this.stride = stride;
        }

        void add(long participantId, int establishmentNumber, int disciplineNumber, Situation facts, LocalDate born) {
            if (size == id.length) {
                int grown = size * 2;
                id = Arrays.copyOf(id, grown);
                establishment = Arrays.copyOf(establishment, grown);
                discipline = Arrays.copyOf(discipline, grown);
                situation = Arrays.copyOf(situation, grown);
                birthDate = Arrays.copyOf(birthDate, grown);
            }
            id[size] = participantId;
            establishment[size] = establishmentNumber;
            discipline[size] = disciplineNumber;
            situation[size] = facts;
            birthDate[size] = born;
            size++;
        }

        void wish(long participantId, int rank, WishRules.Group group, boolean accepted) {
            if (wish == null) {
                wish = new WishRules.Group[size * stride];
                handicapAccepted = new boolean[size * stride];
            }
            int candidate = Arrays.binarySearch(id, 0, size, participantId);
            if (candidate < 0) {
                return; // confirmed after the candidatures were read
            }
            if (rank < 1 || rank > stride) {
                throw new IllegalStateException("Candidature " + participantId + " : vœu de rang " + rank + ", la campagne en permet "
                        + stride + ".");
            }
            wish[candidate * stride + rank - 1] = group;
            handicapAccepted[candidate * stride + rank - 1] = accepted;
        }

        /** Those with at least one wish, their wishes moved to the first slots in rank order. */
        Candidates withWishesOnly() {
            Candidates kept = new Candidates(stride);
            if (wish == null) {
                kept.wish = new WishRules.Group[0];
                kept.handicapAccepted = new boolean[0];
                kept.wishCount = new int[0];
                return kept;
            }
            kept.wish = new WishRules.Group[size * stride];
            kept.handicapAccepted = new boolean[size * stride];
            kept.wishCount = new int[size];
            for (int i = 0; i < size; i++) {
                int target = kept.size * stride;
                int count = 0;
                for (int slot = i * stride; slot < (i + 1) * stride; slot++) {
                    if (wish[slot] != null) {
                        kept.wish[target + count] = wish[slot];
                        kept.handicapAccepted[target + count] = handicapAccepted[slot];
                        count++;
                    }
                }
                if (count > 0) {
                    kept.wishCount[kept.size] = count;
                    kept.add(id[i], establishment[i], discipline[i], situation[i], birthDate[i]);
                }
            }
            return kept;
        }
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
