package fr.academie.portail.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void thePngReadsBackAsTheTextItWasMadeOf() throws Exception {
        String text = "https://www.ac-paris.fr/cybercarnet/6e-b?année=2026-2027";
        byte[] png = QrCodes.png(text, 300, QrCodes.Correction.M);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(decode(image)).isEqualTo(text);
    }

    @Test
    void sizesAreKeptWithinBounds() throws Exception {
        assertThat(ImageIO.read(new ByteArrayInputStream(QrCodes.png("x", 10, QrCodes.Correction.L))).getWidth())
                .isEqualTo(QrCodes.MIN_SIZE);
        assertThat(ImageIO.read(new ByteArrayInputStream(QrCodes.png("x", 99_999, QrCodes.Correction.L))).getWidth())
                .isEqualTo(QrCodes.MAX_SIZE);
    }

    @Test
    void theSvgIsAScalableDrawingOfTheModules() throws Exception {
        String svg = QrCodes.svg("Portail académique", 400, QrCodes.Correction.H);
        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\"")
                .contains("viewBox=\"0 0 ").contains("<path fill=\"#000\" d=\"M").endsWith("</svg>\n");
    }

    @Test
    void emptyOrTooLongTextsGetAClearMessage() throws Exception {
        assertThatThrownBy(() -> QrCodes.png("  ", 200, QrCodes.Correction.M))
                .isInstanceOfSatisfying(QrCodes.Refused.class, e -> assertThat(e.message()).startsWith("Saisissez"));
        // 2 000 characters fit at level L, not at level H (about 1 270 bytes at most).
        String long2000 = "a".repeat(2000);
        assertThat(QrCodes.png(long2000, 300, QrCodes.Correction.L)).isNotEmpty();
        assertThatThrownBy(() -> QrCodes.png(long2000, 300, QrCodes.Correction.H))
                .isInstanceOfSatisfying(QrCodes.Refused.class, e -> assertThat(e.message()).contains("trop long"));
        assertThatThrownBy(() -> QrCodes.svg("a".repeat(QrCodes.MAX_TEXT + 1), 300, QrCodes.Correction.L))
                .isInstanceOf(QrCodes.Refused.class);
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
