package fr.academie.portail.transfers.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random markets for the property tests, and an independent checker of what a result must be:
 * written from the definitions (seats, priorities, blocking pairs), not from the algorithm.
 */
final class Markets {

    private Markets() {
    }

    /** A participant as generated: current post (-1: none), tie-break, wished posts and points. */
    record Person(int current, int tiebreak, List<Integer> wishes, List<Double> points) {
    }

    /** Few distinct values, so that points often tie. */
    private static final double[] POINTS = {10.0, 20.0, 20.0, 35.5, 50.0};

    /** A random market; the same seed gives the same market, so a failure names its seed. */
    static Market random(long seed, int maxPosts, int maxParticipants, int maxWishes) {
        SplittableRandom random = new SplittableRandom(seed);
        int posts = 1 + random.nextInt(maxPosts);
        List<Integer> vacancies = new ArrayList<>();
        for (int p = 0; p < posts; p++) {
            vacancies.add(random.nextInt(3));
        }
        List<Person> people = new ArrayList<>();
        int participants = 1 + random.nextInt(maxParticipants);
        for (int i = 0; i < participants; i++) {
            List<Integer> order = new ArrayList<>();
            for (int p = 0; p < posts; p++) {
                order.add(p);
            }
            Collections.shuffle(order, new java.util.Random(random.nextLong()));
            List<Integer> wishes = order.subList(0, random.nextInt(Math.min(posts, maxWishes) + 1));
            List<Double> points = new ArrayList<>();
            for (int k = 0; k < wishes.size(); k++) {
                points.add(POINTS[random.nextInt(POINTS.length)]);
            }
            people.add(new Person(random.nextInt(posts + 1) - 1, random.nextInt(4), List.copyOf(wishes), points));
        }
        return build(vacancies, people);
    }

    static Market build(List<Integer> vacancies, List<Person> people) {
        Market.Builder builder = Market.builder();
        for (int p = 0; p < vacancies.size(); p++) {
            builder.post("P" + p, vacancies.get(p));
        }
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            List<Market.Wish> wishes = new ArrayList<>();
            for (int k = 0; k < person.wishes().size(); k++) {
                int post = person.wishes().get(k);
                if (post != person.current()) {
                    wishes.add(new Market.Wish("P" + post, person.points().get(k)));
                }
            }
            builder.participant("A" + i, person.current() < 0 ? null : "P" + person.current(), person.tiebreak(), wishes);
        }
        return builder.build();
    }

    /** How much the participant likes what they got: 1 for the first wish … worse is higher. */
    static int regret(Assignment a, int i) {
        return switch (a.outcome(i)) {
            case MOVED -> a.wishRank(i);
            case STAYED -> a.market().wishCount(i) + 1;
            case UNASSIGNED -> a.market().wishCount(i) + 2;
        };
    }

    /** Nobody above a post's seats, everyone on one of their wishes or their own post. */
    static List<String> infeasibilities(Assignment a) {
        Market m = a.market();
        List<String> problems = new ArrayList<>();
        int[] occupied = new int[m.posts()];
        int[] capacity = m.capacities();
        for (int i = 0; i < m.participants(); i++) {
            int p = a.post(i);
            if (p >= 0) {
                occupied[p]++;
            }
            switch (a.outcome(i)) {
                case MOVED -> {
                    if (m.wishPost(i, a.wishRank(i)) != p) {
                        problems.add(m.participantId(i) + " n'est pas sur son vœu n° " + a.wishRank(i));
                    }
                }
                case STAYED -> {
                    if (m.currentPost(i) != p) {
                        problems.add(m.participantId(i) + " « reste » sur un poste qui n'est pas le sien");
                    }
                }
                case UNASSIGNED -> {
                    if (m.currentPost(i) >= 0) {
                        problems.add(m.participantId(i) + " a perdu son poste");
                    }
                }
            }
        }
        for (int p = 0; p < m.posts(); p++) {
            if (occupied[p] > capacity[p]) {
                problems.add(m.postId(p) + " : " + occupied[p] + " pour " + capacity[p] + " places");
            }
        }
        return problems;
    }

    /** Pairs (participant, post) that would both rather be together: the result is not stable. */
    static List<String> blockingPairs(Assignment a) {
        Market m = a.market();
        int[] occupied = new int[m.posts()];
        for (int i = 0; i < m.participants(); i++) {
            if (a.post(i) >= 0) {
                occupied[a.post(i)]++;
            }
        }
        int[] capacity = m.capacities();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < m.participants(); i++) {
            int better = a.outcome(i) == Outcome.MOVED ? a.wishRank(i) - 1 : m.wishCount(i);
            for (int k = 1; k <= better; k++) {
                int p = m.wishPost(i, k);
                if (occupied[p] < capacity[p]) {
                    pairs.add(m.participantId(i) + " / " + m.postId(p) + " (place libre)");
                    continue;
                }
                for (int j = 0; j < m.participants(); j++) {
                    if (a.post(j) == p && outranks(m, i, m.wishPoints(i, k), j, a)) {
                        pairs.add(m.participantId(i) + " / " + m.postId(p) + " (devant " + m.participantId(j) + ")");
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean outranks(Market m, int i, double pointsOfI, int j, Assignment a) {
        if (a.outcome(j) == Outcome.STAYED) {
            return false; // at their own post a holder outranks everyone
        }
        double pointsOfJ = m.wishPoints(j, a.wishRank(j));
        if (pointsOfI != pointsOfJ) {
            return pointsOfI > pointsOfJ;
        }
        if (m.tiebreak(i) != m.tiebreak(j)) {
            return m.tiebreak(i) < m.tiebreak(j);
        }
        return i < j;
    }
}
