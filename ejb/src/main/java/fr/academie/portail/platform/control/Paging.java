package fr.academie.portail.platform.control;

/**
 * Where a page of results starts, computed without overflow: {@code page=2147483647} is a page far
 * past the end (empty), never the first page again nor a negative offset.
 */
public final class Paging {

    private Paging() {
    }

    /** The first result of {@code page} (from 0) of {@code size} results, at most {@code max}. */
    public static int offset(int page, int size, int max) {
        long offset = (long) Math.max(0, page) * Math.max(1, size);
        return (int) Math.min(offset, max);
    }

    /** Whether the page starts past {@code max} results: nothing to look for. */
    public static boolean beyond(int page, int size, int max) {
        return (long) Math.max(0, page) * Math.max(1, size) > max;
    }
}
