package fr.academie.portail.provisioning.control;

import java.util.Arrays;

/**
 * NUMEN keyed hashes, by their first 128 bits, numbered 0, 1, 2… in the order they were added. An
 * open-addressing table over primitive arrays: the 1.2 million people of a national run take about
 * 40 MB here, where a map of strings would take several hundred. Two NUMEN whose HMAC-SHA-256
 * share 128 bits: about one chance in 10^26 among 1.2 million people.
 */
public final class HashKeys {

    /** Returned by {@link #indexOf} for a key never added. */
    public static final int ABSENT = -1;
    /** The most keys a table is made for at once: a national run's, with room. */
    static final int MOST_MADE_AT_ONCE = 1 << 21;

    /**
     * Key {@code i} in {@code keys[2i]} (its high bits) and {@code keys[2i + 1]}: side by side, a
     * lookup in a table of a million keys touches one line of memory for them, not two.
     */
    private long[] keys;
    /** Index + 1 of the key in each slot, 0 for an empty slot; at most half full. */
    private int[] slots;
    private int size;

    public HashKeys() {
        this(1 << 10);
    }

    /**
     * @param expected how many keys are expected: the table is made for them at once rather than
     *                 regrown a dozen times (up to two million; beyond, it grows as keys come)
     */
    public HashKeys(int expected) {
        int wanted = Math.min(Math.max(expected, 1 << 10), MOST_MADE_AT_ONCE);
        int capacity = Integer.highestOneBit(wanted - 1) << 1;
        keys = new long[2 * capacity];
        slots = new int[2 * capacity];
    }

    /** The first 64 bits of a hash written in hexadecimal. */
    public static long high(String hash) {
        return Long.parseUnsignedLong(checked(hash), 0, 16, 16);
    }

    /** Bits 64 to 127 of a hash written in hexadecimal. */
    public static long low(String hash) {
        return Long.parseUnsignedLong(checked(hash), 16, 32, 16);
    }

    public int indexOf(long high, long low) {
        int mask = slots.length - 1;
        for (int slot = spread(high, low) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int index = slots[slot] - 1;
            if (keys[2 * index] == high && keys[2 * index + 1] == low) {
                return index;
            }
        }
        return ABSENT;
    }

    public int indexOf(String hash) {
        return indexOf(high(hash), low(hash));
    }

    /** Adds the key if it is new; either way, its index. One probe finds it or its free slot. */
    public int add(long high, long low) {
        int mask = slots.length - 1;
        int slot = spread(high, low) & mask;
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            int index = slots[slot] - 1;
            if (keys[2 * index] == high && keys[2 * index + 1] == low) {
                return index;
            }
        }
        if (2 * size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[2 * size] = high;
        keys[2 * size + 1] = low;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return size - 1;
    }

    public int add(String hash) {
        return add(high(hash), low(hash));
    }

    public long high(int index) {
        return keys[2 * index];
    }

    public long low(int index) {
        return keys[2 * index + 1];
    }

    public int size() {
        return size;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int index = 0; index < size; index++) {
            place(index);
        }
    }

    private void place(int index) {
        int mask = slots.length - 1;
        int slot = spread(keys[2 * index], keys[2 * index + 1]) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
    }

    /** The hash's bits are already uniform: folding them is enough. */
    private static int spread(long high, long low) {
        long mixed = high ^ low;
        return (int) (mixed ^ (mixed >>> 32));
    }

    private static String checked(String hash) {
        if (hash == null || hash.length() < 32) {
            throw new IllegalArgumentException("Empreinte de NUMEN trop courte");
        }
        return hash;
    }
}
