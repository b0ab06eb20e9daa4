package fr.academie.portail.provisioning.control;

import java.util.HashSet;
import java.util.Set;

/**
 * The NUMEN a run has already seen, remembered by the first 64 bits of their keyed hash: a chunk
 * asks the database for earlier lines only when one of its NUMEN might be a repeat. A prefix never
 * seen proves a NUMEN new; a prefix seen is checked exactly against the run's lines, so a shared
 * prefix (one chance in 2^64 per pair) costs a query, never a wrong rejection.
 */
public final class SeenNumens {

    private final Set<Long> prefixes = new HashSet<>();

    /** @param hash a NUMEN's keyed hash, in hexadecimal */
    public void add(String hash) {
        prefixes.add(prefix(hash));
    }

    public boolean maybeSeen(String hash) {
        return prefixes.contains(prefix(hash));
    }

    public int size() {
        return prefixes.size();
    }

    static long prefix(String hash) {
        if (hash == null || hash.length() < 16) {
            throw new IllegalArgumentException("Empreinte de NUMEN trop courte");
        }
        return Long.parseUnsignedLong(hash, 0, 16, 16);
    }
}
