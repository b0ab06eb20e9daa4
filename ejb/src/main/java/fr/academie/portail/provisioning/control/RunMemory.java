package fr.academie.portail.provisioning.control;

import java.util.BitSet;
import java.util.stream.LongStream;

/**
 * What a run holds in memory from its first line to its close: the people the database knew when
 * the reconciliation step opened, the NUMEN it has met, its line decisions (with the logins given),
 * and the agents it touched, which the annuaire then follows. Built when the reconciliation step
 * opens; a restarted run builds it again (in that step, or in the close when it restarts there) by
 * deciding the lines already handled once more — then the people it created before are known ones.
 */
public final class RunMemory {

    private KnownStaff known;
    private RunNumens met;
    private LineDecisions decisions;
    private final BitSet touchedAgents = new BitSet();
    private boolean touchedComplete;

    /**
     * @param touchedComplete whether {@link #touchedAgents} will list every agent the run touches:
     *                        false for a restarted run, whose earlier executions' changes are not known here
     */
    public RunMemory(KnownStaff known, RunNumens met, LineDecisions decisions, boolean touchedComplete) {
        this.known = known;
        this.met = met;
        this.decisions = decisions;
        this.touchedComplete = touchedComplete;
    }

    public KnownStaff known() {
        return known;
    }

    public RunNumens met() {
        return met;
    }

    public LineDecisions decisions() {
        return decisions;
    }

    /** Records an agent whose dossier or account the run created or changed. */
    public void touched(long agentId) {
        if (agentId > Integer.MAX_VALUE) {
            // beyond what the set holds: the annuaire will go over every agent instead
            touchedComplete = false;
            return;
        }
        touchedAgents.set((int) agentId);
    }

    public boolean touchedComplete() {
        return touchedComplete;
    }

    public LongStream touchedAgents() {
        return touchedAgents.stream().asLongStream();
    }

    /** After the close, only the agents touched are needed: the rest (a few hundred MB at national size) goes. */
    public void keepOnlyTouched() {
        known = null;
        met = null;
        decisions = null;
    }

    public int touchedCount() {
        return touchedAgents.cardinality();
    }
}
