package fr.academie.portail.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RejectsCsvTest {

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
