package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfContentTest {

    /** A one-page PDF, as small as a PDF can be. */
    static final String PASSIVE = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";

    private static PdfContent.Verdict check(String pdf) {
        return PdfContent.check(pdf.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aPlainDocumentPasses() {
        assertThat(check(PASSIVE)).isEqualTo(PdfContent.Verdict.PASSIVE);
        assertThat(check(PASSIVE.replace("/Pages 2 0 R >>", "/Pages 2 0 R /OpenAction [3 0 R /Fit] >>")))
                .as("opening at a page is no action").isEqualTo(PdfContent.Verdict.PASSIVE);
    }

    @Test
    void aScriptRunAtOpeningIsRefused() {
        assertThat(check(PASSIVE.replace("/Pages 2 0 R >>", "/Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")))
                .isEqualTo(PdfContent.Verdict.ACTIVE);
    }

    @Test
    void aNameWrittenInHexadecimalIsReadAsItsName() {
        assertThat(check(PASSIVE.replace("/Pages 2 0 R >>", "/Pages 2 0 R /Names << /J#61vaScript 4 0 R >> >>")
                .replace("trailer", "4 0 obj\n<< /Names [(a) << /S /JavaScript /JS (x) >>] >>\nendobj\ntrailer")))
                .isEqualTo(PdfContent.Verdict.ACTIVE);
    }

    @Test
    void aLaunchOnAPageAndAnEmbeddedFileAreRefused() {
        assertThat(check(PASSIVE.replace("/MediaBox [0 0 612 792] >>", "/MediaBox [0 0 612 792] /AA << /O << /S /Launch /F (calc.exe) >> >> >>")))
                .isEqualTo(PdfContent.Verdict.ACTIVE);
        assertThat(check(PASSIVE.replace("trailer", "5 0 obj\n<< /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream\nendobj\ntrailer")))
                .isEqualTo(PdfContent.Verdict.ACTIVE);
    }

    @Test
    void anExecutableBehindAPdfHeaderIsNoPdf() {
        assertThat(check("%PDF-1.4\nMZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode"))
                .isEqualTo(PdfContent.Verdict.UNREADABLE);
        assertThat(check("%PDF-1.4 maquette")).isEqualTo(PdfContent.Verdict.UNREADABLE);
    }
}
