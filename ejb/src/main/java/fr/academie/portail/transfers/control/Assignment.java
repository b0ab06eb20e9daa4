package fr.academie.portail.transfers.control;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The result of a run: for each participant the post obtained and the rank of the wish that gave
 * it; for each post its « barre », the lowest points of those who moved in.
 */
public final class Assignment {

    private final Market market;
    private final AssignmentMode mode;
    private final int[] post;
    private final int[] rank;

    Assignment(Market market, AssignmentMode mode, int[] post, int[] rank) {
        this.market = market;
        this.mode = mode;
        this.post = post;
        this.rank = rank;
    }

    public Market market() {
        return market;
    }

    public AssignmentMode mode() {
        return mode;
    }

    /** The post the participant ends with (obtained or kept), or -1. */
    public int post(int participant) {
        return post[participant];
    }

    /** The rank of the wish obtained (1 = first), or 0 when they stayed or got nothing. */
    public int wishRank(int participant) {
        return rank[participant];
    }

    public Outcome outcome(int participant) {
        if (rank[participant] > 0) {
            return Outcome.MOVED;
        }
        return post[participant] >= 0 ? Outcome.STAYED : Outcome.UNASSIGNED;
    }

    /**
     * The « barre » of each post: the lowest points among those who obtained it by a wish;
     * {@code NaN} where nobody moved in. Those who kept their post are not counted: they need no
     * points to stay.
     */
    public double[] thresholds() {
        double[] lowest = new double[market.posts()];
        Arrays.fill(lowest, Double.NaN);
        for (int i = 0; i < post.length; i++) {
            if (rank[i] > 0) {
                double points = market.wishPoints(i, rank[i]);
                int p = post[i];
                if (Double.isNaN(lowest[p]) || points < lowest[p]) {
                    lowest[p] = points;
                }
            }
        }
        return lowest;
    }

    public OptionalDouble threshold(int postIndex) {
        double value = thresholds()[postIndex];
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public Stats stats() {
        int moved = 0;
        int first = 0;
        int unassigned = 0;
        int stayed = 0;
        int[] byRank = new int[maxWishes() + 1];
        for (int i = 0; i < post.length; i++) {
            switch (outcome(i)) {
                case MOVED -> {
                    moved++;
                    byRank[rank[i]]++;
                    if (rank[i] == 1) {
                        first++;
                    }
                }
                case STAYED -> stayed++;
                case UNASSIGNED -> unassigned++;
            }
        }
        int[] occupied = new int[market.posts()];
        for (int p : post) {
            if (p >= 0) {
                occupied[p]++;
            }
        }
        int[] capacity = market.capacities();
        int vacant = 0;
        for (int p = 0; p < capacity.length; p++) {
            vacant += capacity[p] - occupied[p];
        }
        return new Stats(post.length, moved, first, stayed, unassigned, vacant, Arrays.copyOfRange(byRank, 1, byRank.length));
    }

    private int maxWishes() {
        int max = 0;
        for (int i = 0; i < post.length; i++) {
            max = Math.max(max, market.wishCount(i));
        }
        return max;
    }

    /**
     * Counts of a run. {@code movedByWishRank[k]} is how many obtained their wish of rank k + 1;
     * {@code vacantSeats} are the seats nobody ends in (vacancies left, plus posts freed by movers).
     */
    public record Stats(int participants, int moved, int firstWish, int stayed, int unassigned, int vacantSeats,
            int[] movedByWishRank) {
    }
}
