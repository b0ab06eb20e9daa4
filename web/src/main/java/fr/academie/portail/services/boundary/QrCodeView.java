package fr.academie.portail.services.boundary;

import fr.academie.portail.services.control.QrCodes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** « Générer un QR code »: a text or an address in, a QR code out, shown and downloadable. */
@Named
@ViewScoped
public class QrCodeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private int size = 300;
    private QrCodes.Correction correction = QrCodes.Correction.M;
    private String preview;

    public void generate() {
        try {
            preview = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(text, size, correction));
        } catch (QrCodes.Refused refused) {
            preview = null;
            FacesContext.getCurrentInstance().addMessage("qr:texte",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.message(), ""));
        }
    }

    public StreamedContent png() throws QrCodes.Refused {
        byte[] png = QrCodes.png(text, size, correction);
        return DefaultStreamedContent.builder().name("qr-code.png").contentType("image/png").contentLength((long) png.length)
                .stream(() -> new ByteArrayInputStream(png)).build();
    }

    public StreamedContent svg() throws QrCodes.Refused {
        byte[] svg = QrCodes.svg(text, size, correction).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("qr-code.svg").contentType("image/svg+xml")
                .contentLength((long) svg.length).stream(() -> new ByteArrayInputStream(svg)).build();
    }

    public QrCodes.Correction[] getCorrections() {
        return QrCodes.Correction.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public QrCodes.Correction getCorrection() {
        return correction;
    }

    public void setCorrection(QrCodes.Correction correction) {
        this.correction = correction;
    }

    public String getPreview() {
        return preview;
    }
}
