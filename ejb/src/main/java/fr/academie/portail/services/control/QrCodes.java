package fr.academie.portail.services.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * « Générer un QR code »: the portal draws the code itself with ZXing (no external site sees
 * what is encoded), as a PNG of the chosen size or as an SVG that prints sharp at any size.
 */
public final class QrCodes {

    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 1000;
    public static final int MAX_TEXT = 4000;

    /** The levels offered, from the smallest code to the sturdiest (30 % of it may be damaged). */
    public enum Correction {
        L(ErrorCorrectionLevel.L), M(ErrorCorrectionLevel.M), Q(ErrorCorrectionLevel.Q), H(ErrorCorrectionLevel.H);

        private final ErrorCorrectionLevel level;

        Correction(ErrorCorrectionLevel level) {
            this.level = level;
        }
    }

    /** The text cannot be drawn: the message key says why (empty, too long for the code). */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }

        public String message() {
            return ServiceMessages.format(key);
        }
    }

    private QrCodes() {
    }

    public static byte[] png(String text, int size, Correction correction) throws Refused {
        BitMatrix matrix = encode(text, clamp(size), correction);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One square per dark module, in module units: the SVG scales without blurring. */
    public static String svg(String text, int size, Correction correction) throws Refused {
        BitMatrix modules = encode(text, 0, correction);
        int width = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        int pixels = clamp(size);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" shape-rendering="crispEdges">\
                <rect width="100%%" height="100%%" fill="#fff"/><path fill="#000" d="%s"/></svg>
                """.formatted(pixels, pixels, width, modules.getHeight(), path);
    }

    private static BitMatrix encode(String text, int size, Correction correction) throws Refused {
        if (text == null || text.isBlank()) {
            throw new Refused("qr.vide");
        }
        if (text.length() > MAX_TEXT) {
            throw new Refused("qr.tropLong");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, correction.level,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException | IllegalArgumentException e) {
            // ZXing says « Data too big » when the text exceeds the capacity of the largest version.
            throw new Refused("qr.tropLong");
        }
    }

    private static int clamp(int size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }
}
