package fr.academie.portail.platform.control;

/**
 * What a table's paging may ask for (PrimeFaces sends {@code <table>_first} and {@code <table>_rows}
 * with each page turned): digits only, at most ten million rows in, at most a thousand a page. A
 * crafted request (negative, zero, huge, not a number) is refused before the table reads it.
 */
public final class TablePaging {

    static final long MAX_FIRST = 10_000_000;
    static final long MAX_ROWS = 1_000;

    private TablePaging() {
    }

    /** Whether the parameter {@code name} with {@code value} is acceptable (parameters of other kinds always are). */
    public static boolean accepts(String name, String value) {
        boolean first = name.endsWith("_first");
        boolean rows = name.endsWith("_rows");
        if (!first && !rows) {
            return true;
        }
        if (value == null || value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        long number = Long.parseLong(value);
        return first ? number <= MAX_FIRST : number >= 1 && number <= MAX_ROWS;
    }
}
