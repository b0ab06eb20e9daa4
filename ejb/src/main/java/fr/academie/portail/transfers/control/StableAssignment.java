package fr.academie.portail.transfers.control;

/**
 * Participant-proposing deferred acceptance (Gale–Shapley) over the mutation's priorities. Each
 * participant asks for their wishes in order, their current post last. A post holds the best
 * requests up to its seats (vacancies plus its current holders): a holder asking for their own post
 * outranks everyone; otherwise higher points for that wish win, then the lower tie-break, then the
 * earlier in the list. The result is the stable assignment every participant likes best among
 * stable ones; a mover's seat is offered to others in the same run, so vacancy chains come out
 * of it.
 */
public final class StableAssignment {

    private StableAssignment() {
    }

    public static Assignment run(Market market) {
        int n = market.participants();
        int m = market.posts();
        int[] capacity = market.capacities();
        int[] heapStart = new int[m + 1];
        for (int p = 0; p < m; p++) {
            heapStart[p + 1] = heapStart[p] + capacity[p];
        }
        int[] heap = new int[heapStart[m]];
        int[] heapSize = new int[m];

        int[] next = new int[n];
        double[] heldPoints = new double[n];
        int[] post = new int[n];
        int[] rank = new int[n];
        int[] free = new int[n];
        int freeCount = 0;
        for (int i = n - 1; i >= 0; i--) {
            free[freeCount++] = i;
            post[i] = -1;
        }
        Priority priority = new Priority(market, heldPoints);
        while (freeCount > 0) {
            int i = free[--freeCount];
            int wishes = market.wishCount(i);
            int target;
            double points;
            if (next[i] < wishes) {
                next[i]++;
                target = market.wishPost(i, next[i]);
                points = market.wishPoints(i, next[i]);
            } else if (next[i] == wishes && market.currentPost(i) >= 0) {
                next[i]++;
                target = market.currentPost(i);
                points = Double.POSITIVE_INFINITY;
            } else {
                continue; // nothing left to ask for: unassigned
            }
            if (capacity[target] == 0) {
                free[freeCount++] = i;
                continue;
            }
            int base = heapStart[target];
            heldPoints[i] = points;
            if (heapSize[target] < capacity[target]) {
                priority.push(heap, base, heapSize[target]++, i);
                post[i] = target;
            } else if (priority.better(i, heap[base])) {
                int rejected = heap[base];
                post[rejected] = -1;
                free[freeCount++] = rejected;
                priority.replaceWorst(heap, base, heapSize[target], i);
                post[i] = target;
            } else {
                free[freeCount++] = i;
                continue;
            }
            rank[i] = next[i] <= wishes ? next[i] : 0;
        }
        for (int i = 0; i < n; i++) {
            if (post[i] < 0) {
                rank[i] = 0;
            }
        }
        return new Assignment(market, AssignmentMode.STABLE, post, rank);
    }

    /** Orders the requests a post holds; each post's heap keeps its worst request on top. */
    private static final class Priority {

        private final Market market;
        private final double[] points;

        Priority(Market market, double[] points) {
            this.market = market;
            this.points = points;
        }

        boolean better(int a, int b) {
            if (points[a] != points[b]) {
                return points[a] > points[b];
            }
            long ta = market.tiebreak(a);
            long tb = market.tiebreak(b);
            if (ta != tb) {
                return ta < tb;
            }
            return a < b;
        }

        void push(int[] heap, int base, int size, int participant) {
            int at = size;
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (!better(heap[base + parent], participant)) {
                    break;
                }
                heap[base + at] = heap[base + parent];
                at = parent;
            }
            heap[base + at] = participant;
        }

        void replaceWorst(int[] heap, int base, int size, int participant) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && better(heap[base + child], heap[base + child + 1])) {
                    child++;
                }
                if (!better(participant, heap[base + child])) {
                    break;
                }
                heap[base + at] = heap[base + child];
                at = child;
            }
            heap[base + at] = participant;
        }
    }
}
