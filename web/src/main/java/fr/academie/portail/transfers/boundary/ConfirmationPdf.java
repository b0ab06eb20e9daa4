package fr.academie.portail.transfers.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The confirmation document of a candidature (OpenPDF): the agent, the campaign, the wishes in
 * order with their points, the barème element by element with its rules.
 */
public final class ConfirmationPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Europe/Paris"));
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0, 0, 145));
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private ConfirmationPdf() {
    }

    public static byte[] of(CandidatureView c, String agentName, String login) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Confirmation de demande de mutation");
            document.open();
            document.add(new Paragraph("Confirmation de demande de mutation", TITLE));
            document.add(new Paragraph(c.campaign().name(), HEADING));
            document.add(new Paragraph(agentName + " (" + login + ") — " + c.establishment() + ", " + c.discipline(), TEXT));
            document.add(new Paragraph(c.confirmedAt() == null ? "Vœux non confirmés à la fermeture de la saisie : ils ne sont pas pris en compte."
                    : "Vœux confirmés le " + WHEN.format(c.confirmedAt()) + ".", TEXT));
            document.add(new Paragraph(" "));

            document.add(new Paragraph("Vos vœux", HEADING));
            PdfPTable wishes = table(new float[] {1, 2, 6, 2}, "Rang", "Type", "Vœu", "Barème");
            for (CandidatureView.WishLine w : c.wishes()) {
                cells(wishes, String.valueOf(w.rank()), w.typeLabel(), w.label(), points(w.points()));
            }
            document.add(wishes);
            document.add(new Paragraph(" "));

            document.add(new Paragraph("Votre barème", HEADING));
            PdfPTable bareme = table(new float[] {3, 2, 7, 2}, "Élément", "Points", "Règle", "Vœux");
            for (CandidatureView.BaremeLine b : c.bareme()) {
                cells(bareme, b.label(), points(b.points()) + (b.corrected() ? " (corrigé)" : ""), b.rule(), b.appliesTo());
            }
            document.add(bareme);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Le barème pourra être contesté du " + WHEN.format(c.campaign().baremeFrom()) + " au "
                    + WHEN.format(c.campaign().baremeTo()) + ", élément par élément, depuis le portail.", SMALL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Le document de confirmation n'a pas pu être produit", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADING));
            cell.setBackgroundColor(new Color(232, 237, 255));
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
    }

    private static String points(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
