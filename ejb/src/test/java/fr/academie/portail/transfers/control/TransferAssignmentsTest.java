package fr.academie.portail.transfers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made markets: vacancy chains, ties, exchange cycles, barres, and what the builder refuses. */
class TransferAssignmentsTest {

    private static Market.Wish wish(String post, double points) {
        return new Market.Wish(post, points);
    }

    @Test
    void aMoverFreesASeatThatTheNextOneTakesAlongTheChain() {
        Market market = Market.builder().post("X", 0).post("Y", 1).post("Z", 0)
                .participant("Anne", "X", 0, List.of(wish("Y", 100)))
                .participant("Bruno", "Z", 0, List.of(wish("X", 80)))
                .participant("Chloé", null, 0, List.of(wish("Z", 60)))
                .build();

        Assignment stable = TransferAssignments.assign(market, AssignmentMode.STABLE);

        assertThat(postsOf(stable)).containsExactly("Y", "X", "Z");
        assertThat(stable.stats().moved()).isEqualTo(3);
        assertThat(stable.stats().vacantSeats()).isZero();
        assertThat(stable.threshold(1)).hasValue(100);
    }

    @Test
    void aHolderKeepsTheirPostWhenNoWishIsObtainedAndOutranksEveryoneThere() {
        Market market = Market.builder().post("X", 0).post("Y", 0)
                .participant("Anne", "X", 0, List.of(wish("Y", 10)))
                .participant("Bruno", null, 0, List.of(wish("X", 900)))
                .build();

        Assignment stable = TransferAssignments.assign(market, AssignmentMode.STABLE);

        assertThat(stable.outcome(0)).isEqualTo(Outcome.STAYED);
        assertThat(stable.outcome(1)).isEqualTo(Outcome.UNASSIGNED);
        assertThat(stable.wishRank(0)).isZero();
        assertThat(stable.threshold(0)).as("nobody moved in: no barre").isEmpty();
    }

    @Test
    void higherPointsForThatWishWinThenTheLowerTiebreakThenTheEarlierInTheList() {
        Market market = Market.builder().post("X", 1).post("Y", 1).post("Z", 1)
                .participant("Anne", null, 5, List.of(wish("X", 50), wish("Z", 1)))
                .participant("Bruno", null, 2, List.of(wish("X", 50), wish("Z", 1)))
                .participant("Chloé", null, 7, List.of(wish("X", 60), wish("Y", 1)))
                .participant("David", null, 3, List.of(wish("Y", 1)))
                .participant("Emma", null, 3, List.of(wish("Y", 1)))
                .build();

        Assignment stable = TransferAssignments.assign(market, AssignmentMode.STABLE);

        // Chloé's 60 beat 50 on X; Anne and Bruno tie at 1 on Z: Bruno's tie-break is lower;
        // David and Emma tie on Y, tie-break too: David comes first in the list.
        assertThat(postsOf(stable)).containsExactly(null, "Z", "X", "Y", null);
        assertThat(stable.wishRank(1)).isEqualTo(2);
        assertThat(stable.threshold(0)).hasValue(60);
        assertThat(stable.threshold(2)).hasValue(1);
    }

    @Test
    void twoHoldersBlockedBySomeoneWithMorePointsSwapOnlyInTheImprovedRun() {
        Market market = Market.builder().post("X", 0).post("Y", 0)
                .participant("Anne", "X", 0, List.of(wish("Y", 10)))
                .participant("Bruno", "Y", 0, List.of(wish("X", 10)))
                .participant("Chloé", null, 0, List.of(wish("Y", 50)))
                .build();

        Assignment stable = TransferAssignments.assign(market, AssignmentMode.STABLE);
        Assignment improved = TransferAssignments.assign(market, AssignmentMode.IMPROVED);

        assertThat(postsOf(stable)).containsExactly("X", "Y", null);
        assertThat(stable.stats().moved()).isZero();
        assertThat(postsOf(improved)).containsExactly("Y", "X", null);
        assertThat(improved.stats().moved()).isEqualTo(2);
        assertThat(improved.mode()).isEqualTo(AssignmentMode.IMPROVED);
    }

    @Test
    void aThreeWayCycleOfExchangesMovesEveryone() {
        Market market = Market.builder().post("X", 0).post("Y", 0).post("Z", 0)
                .participant("Anne", "X", 0, List.of(wish("Y", 5)))
                .participant("Bruno", "Y", 0, List.of(wish("Z", 5)))
                .participant("Chloé", "Z", 0, List.of(wish("X", 5)))
                .participant("David", null, 0, List.of(wish("Y", 90), wish("Z", 90), wish("X", 90)))
                .build();

        Assignment improved = TransferAssignments.assign(market, AssignmentMode.IMPROVED);

        assertThat(postsOf(improved)).containsExactly("Y", "Z", "X", null);
        assertThat(improved.stats().firstWish()).isEqualTo(3);
        assertThat(improved.stats().movedByWishRank()).containsExactly(3, 0, 0);
    }

    @Test
    void statsCountEveryOutcomeAndTheSeatsLeftEmpty() {
        Market market = Market.builder().post("X", 2).post("Y", 0)
                .participant("Anne", "Y", 0, List.of(wish("X", 10)))
                .participant("Bruno", null, 0, List.of())
                .build();

        Assignment.Stats stats = TransferAssignments.assign(market, AssignmentMode.STABLE).stats();

        assertThat(stats.participants()).isEqualTo(2);
        assertThat(stats.moved()).isEqualTo(1);
        assertThat(stats.unassigned()).isEqualTo(1);
        assertThat(stats.stayed()).isZero();
        assertThat(stats.vacantSeats()).as("one of X's two vacancies, and Y that Anne left").isEqualTo(2);
    }

    @Test
    void postsGivenByIndexAreCheckedLikePostsGivenByName() {
        Market.Builder builder = Market.builder().post("X", 1).post("Y", 1);
        assertThat(builder.postCount()).isEqualTo(2);
        Market market = builder.participant("Anne", 1, 0, new int[] {0, 9}, new double[] {10, 0}, 1)
                .participant("Bruno", -1, 1, new int[] {0, 1}, new double[] {5, 5}, 2)
                .build();
        assertThat(market.wishPost(1, 1)).as("another participant may ask for the same post").isZero();
        assertThat(TransferAssignments.assign(market, AssignmentMode.STABLE).outcome(0)).isEqualTo(Outcome.MOVED);

        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-12", -1, 0, new int[] {3}, new double[] {1}, 1))
                .hasMessage("Participant « P-12 » : le vœu n° 1 porte sur un poste qui n'est pas offert.");
        assertThatThrownBy(() -> Market.builder().post("X", 1).post("Y", 1)
                .participant("P-12", -1, 0, new int[] {1, 0, 1}, new double[] {1, 1, 1}, 3))
                .hasMessage("Participant « P-12 » : le poste « Y » figure deux fois dans ses vœux (vœux n° 1 et 3).");
        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-12", 0, 0, new int[] {0}, new double[] {1}, 1))
                .hasMessage("Participant « P-12 » : le vœu n° 1 porte sur son poste actuel « X » ; il le garde sans le demander.");
        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-12", 4, 0, new int[0], new double[0], 0))
                .hasMessage("Participant « P-12 » : son poste actuel n'est pas dans la liste des postes.");
    }

    @Test
    void theBuilderRefusesWhatCannotBeRunNamingTheParticipant() {
        assertThatThrownBy(() -> Market.builder().post("X", -1))
                .hasMessage("Poste « X » : le nombre de postes vacants ne peut pas être négatif (-1).");
        assertThatThrownBy(() -> Market.builder().post("X", 1).post("X", 2))
                .hasMessage("Poste « X » : il figure deux fois dans la liste des postes.");
        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-12", null, 0, List.of(wish("Q", 1))))
                .hasMessage("Participant « P-12 » : le vœu n° 1 porte sur le poste « Q », qui n'est pas offert.");
        assertThatThrownBy(() -> Market.builder().post("X", 1).post("Y", 1)
                .participant("P-12", null, 0, List.of(wish("X", 1), wish("Y", 1), wish("X", 2))))
                .hasMessage("Participant « P-12 » : le poste « X » figure deux fois dans ses vœux (vœux n° 1 et 3).");
        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-12", "X", 0, List.of(wish("X", 1))))
                .hasMessage("Participant « P-12 » : le vœu n° 1 porte sur son poste actuel « X » ; il le garde sans le demander.");
        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-12", "W", 0, List.of()))
                .hasMessage("Participant « P-12 » : son poste actuel « W » n'est pas dans la liste des postes.");
        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-12", null, 0, List.of(wish("X", Double.NaN))))
                .hasMessage("Participant « P-12 » : le barème du vœu n° 1 doit être un nombre positif ou nul.");
        assertThatThrownBy(() -> Market.builder().post("X", 1).participant("P-1", null, 0, List.of())
                .participant("P-1", null, 0, List.of()))
                .hasMessage("Participant « P-1 » : il figure deux fois dans la liste des participants.");
        assertThatThrownBy(() -> AssignmentMode.parse("optimal"))
                .hasMessage("Mode inconnu « optimal » : choisissez « stable » ou « improved ».");
        assertThat(AssignmentMode.parse(" Improved ")).isEqualTo(AssignmentMode.IMPROVED);
    }

    private static String[] postsOf(Assignment a) {
        String[] posts = new String[a.market().participants()];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = a.post(i) < 0 ? null : a.market().postId(a.post(i));
        }
        return posts;
    }
}
