package fr.academie.portail.transfers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;

/**
 * Properties of both modes on random markets: the stable run is feasible, individually rational and
 * has no blocking pair; the improved run is feasible and leaves nobody worse off. On markets small
 * enough to list every assignment: the stable run is the one every participant prefers among stable
 * ones, and the improved run cannot be improved for anyone without hurting someone.
 */
class AssignmentPropertiesTest {

    /** Seeds of the random markets: each test runs on its own markets, and a failure names its seed. */
    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    private static Market market(long seed) {
        return Markets.random(seed, 8, 40, 6);
    }

    private static Market smallMarket(long seed) {
        return Markets.random(seed, 3, 5, 3);
    }

    @ParameterizedTest(name = "marché aléatoire n° {0}")
    @MethodSource("seeds")
    void theStableRunIsFeasibleRationalAndUnblocked(long seed) {
        Market market = market(seed);
        Assignment stable = TransferAssignments.assign(market, AssignmentMode.STABLE);

        assertThat(Markets.infeasibilities(stable)).isEmpty();
        assertThat(Markets.blockingPairs(stable)).isEmpty();
    }

    @ParameterizedTest(name = "marché aléatoire n° {0}")
    @MethodSource("seeds")
    void theImprovedRunIsFeasibleAndNobodyLosesByIt(long seed) {
        Market market = market(seed);
        Assignment stable = TransferAssignments.assign(market, AssignmentMode.STABLE);
        Assignment improved = TransferAssignments.assign(market, AssignmentMode.IMPROVED);

        assertThat(Markets.infeasibilities(improved)).isEmpty();
        for (int i = 0; i < market.participants(); i++) {
            assertThat(Markets.regret(improved, i)).as(market.participantId(i)).isLessThanOrEqualTo(Markets.regret(stable, i));
        }
        assertThat(improved.stats().moved()).isGreaterThanOrEqualTo(stable.stats().moved());
    }

    @ParameterizedTest(name = "petit marché aléatoire n° {0}")
    @MethodSource("seeds")
    void theStableRunIsTheBestStableAssignmentForEveryParticipant(long seed) {
        Market market = smallMarket(seed);
        Assignment ours = TransferAssignments.assign(market, AssignmentMode.STABLE);

        for (Assignment other : everyAssignment(market)) {
            if (Markets.infeasibilities(other).isEmpty() && Markets.blockingPairs(other).isEmpty()) {
                for (int i = 0; i < market.participants(); i++) {
                    assertThat(Markets.regret(ours, i)).as(market.participantId(i)).isLessThanOrEqualTo(Markets.regret(other, i));
                }
            }
        }
    }

    @ParameterizedTest(name = "petit marché aléatoire n° {0}")
    @MethodSource("seeds")
    void theImprovedRunIsParetoEfficient(long seed) {
        Market market = smallMarket(seed);
        Assignment ours = TransferAssignments.assign(market, AssignmentMode.IMPROVED);

        for (Assignment other : everyAssignment(market)) {
            if (Markets.infeasibilities(other).isEmpty()) {
                boolean nobodyWorse = true;
                boolean someoneBetter = false;
                for (int i = 0; i < market.participants(); i++) {
                    int theirs = Markets.regret(other, i);
                    int mine = Markets.regret(ours, i);
                    nobodyWorse &= theirs <= mine;
                    someoneBetter |= theirs < mine;
                }
                assertThat(nobodyWorse && someoneBetter).as("an assignment better for some and worse for none").isFalse();
            }
        }
    }

    /** Every way of giving each participant one of their wishes, their own post, or (without one) nothing. */
    private static List<Assignment> everyAssignment(Market market) {
        List<Assignment> all = new ArrayList<>();
        int n = market.participants();
        int[] choice = new int[n];
        while (true) {
            int[] post = new int[n];
            int[] rank = new int[n];
            for (int i = 0; i < n; i++) {
                if (choice[i] < market.wishCount(i)) {
                    rank[i] = choice[i] + 1;
                    post[i] = market.wishPost(i, rank[i]);
                } else {
                    post[i] = market.currentPost(i);
                }
            }
            all.add(new Assignment(market, AssignmentMode.STABLE, post, rank));
            int i = 0;
            while (i < n && ++choice[i] > market.wishCount(i)) {
                choice[i] = 0;
                i++;
            }
            if (i == n) {
                return all;
            }
        }
    }
}
