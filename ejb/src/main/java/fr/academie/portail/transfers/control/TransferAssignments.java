package fr.academie.portail.transfers.control;

/** Runs the assignment in the chosen mode. */
public final class TransferAssignments {

    private TransferAssignments() {
    }

    public static Assignment assign(Market market, AssignmentMode mode) {
        Assignment stable = StableAssignment.run(market);
        return mode == AssignmentMode.STABLE ? stable : ExchangeImprovement.run(stable);
    }
}
