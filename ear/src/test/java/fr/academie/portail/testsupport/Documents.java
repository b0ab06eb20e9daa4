package fr.academie.portail.testsupport;

import java.nio.charset.StandardCharsets;

/** Files the tests join to requests: real ones, since the attachment policy reads them. */
public final class Documents {

    /** A one-page PDF that PDFBox reads, with nothing active in it. */
    public static final String PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";

    private Documents() {
    }

    public static byte[] pdf() {
        return PDF.getBytes(StandardCharsets.ISO_8859_1);
    }
}
