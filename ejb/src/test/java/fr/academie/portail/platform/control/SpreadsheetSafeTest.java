package fr.academie.portail.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(SpreadsheetSafe.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetSafe.cell("+33 1 23")).startsWith("'");
        assertThat(SpreadsheetSafe.cell("-2+3+cmd|' /C calc'!A0")).startsWith("'");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).startsWith("'");
        assertThat(SpreadsheetSafe.cell("\tTAB")).startsWith("'");
        assertThat(SpreadsheetSafe.cell("\rCR")).startsWith("'");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SpreadsheetSafe.cell("Lefèvre")).isEqualTo("Lefèvre");
        assertThat(SpreadsheetSafe.cell("Jean-Pierre")).isEqualTo("Jean-Pierre");
        assertThat(SpreadsheetSafe.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }
}
