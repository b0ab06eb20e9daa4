package fr.academie.portail.provisioning.control;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Everyone the database knows when the run's reconciliation opens, as the run needs them: agent, dossier fingerprint,
 * account and whether it is active, by the NUMEN's keyed hash. Loaded in one pass, it lets the run
 * tell the people it already knows, and those whose dossier is unchanged, without a query per line;
 * and the close of a full extract find the active accounts the extract no longer lists.
 */
public final class KnownStaff {

    private final HashKeys keys = new HashKeys();
    private long[] agentIds = new long[1 << 10];
    private long[] fingerprints = new long[1 << 10];
    private long[] accountIds = new long[1 << 10];
    private final BitSet fingerprinted = new BitSet();
    private final BitSet active = new BitSet();

    /**
     * Adds a person, agents in ascending order of their ids (so that {@link #account} finds them).
     *
     * @param fingerprint the stored dossier fingerprint, or null when none was computed yet
     */
    public void add(String numenHash, long agentId, Long fingerprint) {
        int index = keys.add(numenHash);
        if (index != keys.size() - 1) {
            throw new IllegalArgumentException("NUMEN déjà connu : l'agent " + agentId + " le partage avec un autre");
        }
        if (index > 0 && agentIds[index - 1] >= agentId) {
            throw new IllegalArgumentException("Agents attendus dans l'ordre de leurs numéros : " + agentId);
        }
        if (index == agentIds.length) {
            agentIds = Arrays.copyOf(agentIds, index * 2);
            fingerprints = Arrays.copyOf(fingerprints, index * 2);
            accountIds = Arrays.copyOf(accountIds, index * 2);
        }
        agentIds[index] = agentId;
        fingerprints[index] = fingerprint == null ? 0 : fingerprint;
        fingerprinted.set(index, fingerprint != null);
    }

    /** Gives an agent added before their account; an account of an unknown agent is ignored. */
    public void account(long agentId, long accountId, boolean isActive) {
        int index = Arrays.binarySearch(agentIds, 0, keys.size(), agentId);
        if (index >= 0) {
            accountIds[index] = accountId;
            active.set(index, isActive);
        }
    }

    /** Adds a person and their account at once (agents in ascending order of their ids). */
    public void add(String numenHash, long agentId, Long fingerprint, long accountId, boolean isActive) {
        add(numenHash, agentId, fingerprint);
        account(agentId, accountId, isActive);
    }

    /** The person's index, or {@link HashKeys#ABSENT} for a NUMEN the database does not know. */
    public int find(String numenHash) {
        return keys.indexOf(numenHash);
    }

    /** As {@link #find(String)}, for the hash's 128 bits already read. */
    public int find(long high, long low) {
        return keys.indexOf(high, low);
    }

    public long agentId(int index) {
        return agentIds[index];
    }

    public long accountId(int index) {
        return accountIds[index];
    }

    public boolean active(int index) {
        return active.get(index);
    }

    /** Whether the stored dossier has this fingerprint (never, when none was stored). */
    public boolean hasFingerprint(int index, long fingerprint) {
        return fingerprinted.get(index) && fingerprints[index] == fingerprint;
    }

    /** The people whose account was active when the run started and whose NUMEN the run never met. */
    public int[] activeAbsentFrom(RunNumens met) {
        return active.stream().filter(index -> !met.contains(keys.high(index), keys.low(index))).toArray();
    }

    public int size() {
        return keys.size();
    }
}
