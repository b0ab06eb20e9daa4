package fr.academie.portail.concours.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The confirmation of a concours registration (OpenPDF): the session, the section and option, the dates. */
public final class RegistrationPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Europe/Paris"));
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0, 0, 145));
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    private RegistrationPdf() {
    }

    public static byte[] of(SessionView session, String agentName, String login) {
        SessionView.Registration r = session.mine();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            String title = r != null && "RETIRE".equals(r.status()) ? "Retrait d'inscription au concours" : "Confirmation d'inscription au concours";
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(session.name(), HEADING));
            document.add(new Paragraph(agentName + " (" + login + ")", TEXT));
            document.add(new Paragraph(" "));
            if (r == null || !"INSCRIT".equals(r.status())) {
                document.add(new Paragraph(r == null ? "Aucune inscription à cette session."
                        : "Inscription retirée le " + WHEN.format(r.withdrawnAt()) + ".", TEXT));
            } else {
                document.add(new Paragraph("Section : " + r.section(), TEXT));
                if (r.option() != null) {
                    document.add(new Paragraph("Option : " + r.option(), TEXT));
                }
                document.add(new Paragraph("Inscription enregistrée le " + WHEN.format(r.registeredAt())
                        + (r.updatedAt().equals(r.registeredAt()) ? "" : ", modifiée le " + WHEN.format(r.updatedAt())) + ".", TEXT));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(session.open()
                    ? "Inscriptions ouvertes du " + WHEN.format(session.registrationFrom()) + " au " + WHEN.format(session.registrationTo())
                            + " : jusqu'à cette date, l'inscription se modifie ou se retire sur le portail."
                    : "Inscriptions closes le " + WHEN.format(session.registrationTo()) + ".", TEXT));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Confirmation d'inscription impossible à produire", e);
        }
        return out.toByteArray();
    }
}
