package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private static final byte[] PDF = PdfContentTest.PASSIVE.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void documentsWhoseContentMatchesTheirNameAreAccepted() {
        assertThat(accepted("convention.pdf", PDF)).isEqualTo(new AttachmentPolicy.Accepted("convention.pdf", "application/pdf"));
        assertThat(accepted("C:\\Users\\prof\\capture.PNG", PNG)).isEqualTo(new AttachmentPolicy.Accepted("capture.PNG", "image/png"));
        assertThat(accepted("liste.csv", "nom;classe\nÉlise;6e B\n".getBytes(StandardCharsets.UTF_8)).mediaType()).isEqualTo("text/csv");
        assertThat(accepted("projet.odt", new byte[] {'P', 'K', 3, 4, 20, 0}).mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        assertThat(refusal("notice.pdf", EXE, 0)).isEqualTo("piece.contenu.incoherent");
        assertThat(refusal("setup.exe", EXE, 0)).isEqualTo("piece.type.refuse");
        assertThat(refusal("sans-extension", PDF, 0)).isEqualTo("piece.type.refuse");
        assertThat(refusal("vide.pdf", new byte[0], 0)).isEqualTo("piece.vide");
        assertThat(refusal("", PDF, 0)).isEqualTo("piece.nom.invalide");
        assertThat(refusal("a\u0000.pdf", PDF, 0)).isEqualTo("piece.nom.invalide");
        assertThat(refusal("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), 0)).isEqualTo("piece.contenu.incoherent");
        assertThat(refusal("binaire.txt", new byte[] {'a', 0, 'b'}, 0)).isEqualTo("piece.contenu.incoherent");
        assertThat(refusal("encore.pdf", PDF, AttachmentPolicy.MAX_PER_REQUEST)).isEqualTo("piece.tropNombreuses");
        byte[] big = new byte[(int) AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(refusal("gros.pdf", big, 0)).isEqualTo("piece.tropGrosse");
        assertThat(ServiceMessages.format("piece.tropGrosse")).isEqualTo("Le fichier dépasse 10 Mo.");
    }

    @org.junit.jupiter.api.Test
    void aPdfThatWouldRunSomethingIsRefusedWithItsReason() {
        byte[] scripted = PdfContentTest.PASSIVE.replace("/Pages 2 0 R >>", "/Pages 2 0 R /OpenAction << /S /JavaScript /JS (x) >> >>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal("script.pdf", scripted, 0)).isEqualTo("piece.pdf.actif");
        assertThat(refusal("programme.pdf", "%PDF-1.4\nMZ\u0090".getBytes(StandardCharsets.ISO_8859_1), 0))
                .isEqualTo("piece.contenu.incoherent");
        assertThat(ServiceMessages.format("piece.pdf.actif")).contains("contenu actif");
    }

    private static AttachmentPolicy.Accepted accepted(String name, byte[] content) {
        AttachmentPolicy.Decision decision = AttachmentPolicy.check(name, content, 0);
        assertThat(decision.refusalKey()).as(name).isNull();
        return decision.accepted().orElseThrow();
    }

    private static String refusal(String name, byte[] content, int joined) {
        AttachmentPolicy.Decision decision = AttachmentPolicy.check(name, content, joined);
        assertThat(decision.accepted()).as(name).isEmpty();
        return decision.refusalKey();
    }
}
