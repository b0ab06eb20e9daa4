package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RejectsCsvTest {

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(SpreadsheetSafe.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafe.cell("+33 1 23")).startsWith("'");
        assertThat(SpreadsheetSafe.cell("-2+3")).startsWith("'");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).startsWith("'");
        assertThat(SpreadsheetSafe.cell("Lefèvre")).isEqualTo("Lefèvre");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }

    @Test
    void writesOneQuotedLinePerRejection() throws Exception {
        StringWriter out = new StringWriter();
        RejectsCsv csv = new RejectsCsv(out);
        csv.line(7, "**********ABC", "Date invalide ; « 31/02/1990 »");
        csv.line(9, "", "=HYPERLINK(\"http://evil\")");
        csv.flush();
        assertThat(out.toString()).isEqualTo("ligne;numen_masque;motif\r\n"
                + "7;**********ABC;\"Date invalide ; « 31/02/1990 »\"\r\n"
                + "9;;\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
    }
}
