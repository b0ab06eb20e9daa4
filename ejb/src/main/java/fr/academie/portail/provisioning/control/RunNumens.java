package fr.academie.portail.provisioning.control;

import java.util.Arrays;

/**
 * The NUMEN a run has met so far, each with the line where it first appeared: a later line that
 * repeats one is refused with that line's number, and a full extract's close takes the people it
 * never met for absent. Kept in memory for the whole run (rebuilt from the extract itself when a run
 * is restarted), so a repeat costs no query whatever the distance between the two lines.
 */
public final class RunNumens {

    /** What {@link #firstLine} answers for a NUMEN met for the first time. */
    public static final long NEW = 0;

    private final HashKeys keys;
    private long[] firstLines;

    public RunNumens() {
        this(0);
    }

    /**
     * @param expectedLines the extract's lines, when known: the memory is made at once for the NUMEN
     *                      they may hold (up to two million; beyond, it grows as they come)
     */
    public RunNumens(int expectedLines) {
        keys = new HashKeys(expectedLines);
        firstLines = new long[Math.max(1 << 10, Math.min(expectedLines, HashKeys.MOST_MADE_AT_ONCE))];
    }

    /**
     * Records that the NUMEN appears at {@code line}, unless it appeared before.
     *
     * @param hash the NUMEN's keyed hash
     * @return {@link #NEW}, or the line where it first appeared
     */
    public long firstLine(String hash, long line) {
        return firstLine(HashKeys.high(hash), HashKeys.low(hash), line);
    }

    /** As {@link #firstLine(String, long)}, for the hash's 128 bits already read. */
    public long firstLine(long high, long low, long line) {
        int before = keys.size();
        int index = keys.add(high, low);
        if (index < before) {
            return firstLines[index];
        }
        if (index == firstLines.length) {
            firstLines = Arrays.copyOf(firstLines, index * 2);
        }
        firstLines[index] = line;
        return NEW;
    }

    public boolean contains(long high, long low) {
        return keys.indexOf(high, low) != HashKeys.ABSENT;
    }

    public int size() {
        return keys.size();
    }
}
