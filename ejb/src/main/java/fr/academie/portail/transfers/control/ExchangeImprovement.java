package fr.academie.portail.transfers.control;

import java.util.Arrays;

/**
 * Improves a stable assignment by exchanges, in the spirit of Combe, Tercieux and Terrier's work on
 * French teacher mobility: top trading cycles where each participant owns the seat the stable run
 * gave them. Everyone points at the best post they still prefer to their seat and that has a seat
 * in play; a cycle of participants who each want the next one's seat swaps, a path ending at a
 * free seat moves along (the first one's seat becomes free). Whoever's best remaining choice is
 * their own seat keeps it. Nobody ends worse off than in the stable run, the result is
 * Pareto-efficient, and usually more people move. The price, said in the documentation: a
 * participant may obtain a post where someone with more points wanted a seat.
 */
public final class ExchangeImprovement {

    private ExchangeImprovement() {
    }

    public static Assignment run(Assignment stable) {
        return new Run(stable).trade();
    }

    private static final class Run {

        private final Market market;
        private final int n;
        private final int[] seat;      // the post whose seat the participant holds in the stable run, or -1
        private final int[] seatRank;  // its wish rank (0: current post or none)
        private final int[] limit;     // wishes ranked before the seat: only those are better
        private final int[] pointer;   // next wish rank to consider
        private final boolean[] active;
        private final int[] pathIndex; // position in the path, or -1
        private final int[] free;
        private final int[] holderStart;
        private final int[] holders;
        private final int[] holderTop;
        private final int[] post;
        private final int[] rank;

        Run(Assignment stable) {
            market = stable.market();
            n = market.participants();
            int m = market.posts();
            seat = new int[n];
            seatRank = new int[n];
            limit = new int[n];
            pointer = new int[n];
            active = new boolean[n];
            pathIndex = new int[n];
            Arrays.fill(pathIndex, -1);
            free = market.capacities();
            holderStart = new int[m + 1];
            for (int i = 0; i < n; i++) {
                seat[i] = stable.post(i);
                seatRank[i] = stable.wishRank(i);
                limit[i] = seatRank[i] > 0 ? seatRank[i] - 1 : market.wishCount(i);
                pointer[i] = 1;
                active[i] = true;
                if (seat[i] >= 0) {
                    free[seat[i]]--;
                    holderStart[seat[i] + 1]++;
                }
            }
            for (int p = 0; p < m; p++) {
                holderStart[p + 1] += holderStart[p];
            }
            holders = new int[holderStart[m]];
            holderTop = Arrays.copyOf(holderStart, m);
            for (int i = 0; i < n; i++) {
                if (seat[i] >= 0) {
                    holders[holderTop[seat[i]]++] = i;
                }
            }
            post = seat.clone();
            rank = seatRank.clone();
        }

        Assignment trade() {
            int[] path = new int[n];
            for (int start = 0; start < n; start++) {
                if (!active[start]) {
                    continue;
                }
                int length = 0;
                path[length++] = start;
                pathIndex[start] = 0;
                while (length > 0) {
                    int i = path[length - 1];
                    int wanted = bestAvailable(i);
                    if (wanted < 0) {
                        leave(i); // keeps their stable seat (or stays without one)
                        length--;
                        continue;
                    }
                    if (free[wanted] > 0) {
                        free[wanted]--;
                        if (seat[path[0]] >= 0) {
                            free[seat[path[0]]]++;
                        }
                        for (int k = 0; k < length; k++) {
                            int member = path[k];
                            post[member] = k == length - 1 ? wanted : seat[path[k + 1]];
                            rank[member] = pointer[member];
                            leave(member);
                        }
                        length = 0;
                        continue;
                    }
                    int holder = activeHolder(wanted);
                    if (pathIndex[holder] >= 0) {
                        int from = pathIndex[holder];
                        for (int k = from; k < length; k++) {
                            int member = path[k];
                            post[member] = k == length - 1 ? seat[holder] : seat[path[k + 1]];
                            rank[member] = pointer[member];
                        }
                        for (int k = from; k < length; k++) {
                            leave(path[k]);
                        }
                        length = from;
                    } else {
                        pathIndex[holder] = length;
                        path[length++] = holder;
                    }
                }
            }
            return new Assignment(market, AssignmentMode.IMPROVED, post, rank);
        }

        /** The best post still in play that the participant prefers to their seat, or -1. */
        private int bestAvailable(int i) {
            while (pointer[i] <= limit[i]) {
                int p = market.wishPost(i, pointer[i]);
                if (free[p] > 0 || activeHolder(p) >= 0) {
                    return p;
                }
                pointer[i]++;
            }
            return -1;
        }

        /** A participant still trading who holds a seat of the post, or -1. */
        private int activeHolder(int p) {
            while (holderTop[p] > holderStart[p]) {
                int h = holders[holderTop[p] - 1];
                if (active[h]) {
                    return h;
                }
                holderTop[p]--;
            }
            return -1;
        }

        private void leave(int i) {
            active[i] = false;
            pathIndex[i] = -1;
        }
    }
}
