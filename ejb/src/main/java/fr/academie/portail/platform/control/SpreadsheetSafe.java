package fr.academie.portail.platform.control;

/**
 * Cells of the CSV files the portal hands out are opened in spreadsheets: a value that starts
 * like a formula ({@code =cmd|' /C calc'!A0}) is neutralised by a leading apostrophe, so it is
 * shown as text and never run (OWASP « CSV injection »).
 */
public final class SpreadsheetSafe {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
