package fr.academie.portail.platform.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a CSV file stopped being readable. FastCSV names the line the broken record began on only
 * in its message; the HR extract and a campaign's posts both report that line to their readers.
 */
public final class CsvBreaks {

    private static final Pattern RECORD_LINE = Pattern.compile("record (?:starting at|that started in) line (\\d+)");

    private CsvBreaks() {
    }

    /** The line FastCSV says the broken record began on (in the error or its causes), else {@code otherwise}. */
    public static long lineOf(Throwable e, long otherwise) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher said = RECORD_LINE.matcher(String.valueOf(cause.getMessage()));
            if (said.find()) {
                return Long.parseLong(said.group(1));
            }
        }
        return otherwise;
    }
}
