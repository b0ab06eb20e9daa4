package fr.academie.portail.services.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What may be joined to a request: documents and images up to 10 MB, whose content is what their
 * name says (a « .pdf » must be a PDF that PDFBox reads), so a program renamed « notice.pdf » is refused,
 * and a PDF that would run a script or open another file ({@link PdfContent}) too.
 */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_REQUEST = 20;

    private enum Signature { PDF, PNG, JPEG, ZIP, TEXT }

    private record Type(String mediaType, Signature signature) {
    }

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("pdf", new Type("application/pdf", Signature.PDF)),
            Map.entry("png", new Type("image/png", Signature.PNG)),
            Map.entry("jpg", new Type("image/jpeg", Signature.JPEG)),
            Map.entry("jpeg", new Type("image/jpeg", Signature.JPEG)),
            Map.entry("odt", new Type("application/vnd.oasis.opendocument.text", Signature.ZIP)),
            Map.entry("ods", new Type("application/vnd.oasis.opendocument.spreadsheet", Signature.ZIP)),
            Map.entry("odp", new Type("application/vnd.oasis.opendocument.presentation", Signature.ZIP)),
            Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP)),
            Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP)),
            Map.entry("pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", Signature.ZIP)),
            Map.entry("txt", new Type("text/plain", Signature.TEXT)),
            Map.entry("csv", new Type("text/csv", Signature.TEXT)));

    /** An accepted file: the name it is kept under and the media type it is served with. */
    public record Accepted(String fileName, String mediaType) {
    }

    private AttachmentPolicy() {
    }

    /** The file, or the key of the message that says why it is refused. */
    public static Decision check(String fileName, byte[] content, int alreadyJoined) {
        String name = fileName == null ? "" : baseName(fileName.strip());
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            return Decision.refused("piece.nom.invalide");
        }
        if (content == null || content.length == 0) {
            return Decision.refused("piece.vide");
        }
        if (content.length > MAX_BYTES) {
            return Decision.refused("piece.tropGrosse");
        }
        if (alreadyJoined >= MAX_PER_REQUEST) {
            return Decision.refused("piece.tropNombreuses");
        }
        int dot = name.lastIndexOf('.');
        Type type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Decision.refused("piece.type.refuse");
        }
        if (!matches(type.signature(), content)) {
            return Decision.refused("piece.contenu.incoherent");
        }
        if (type.signature() == Signature.PDF) {
            PdfContent.Verdict pdf = PdfContent.check(content);
            if (pdf != PdfContent.Verdict.PASSIVE) {
                return Decision.refused(pdf == PdfContent.Verdict.ACTIVE ? "piece.pdf.actif" : "piece.contenu.incoherent");
            }
        }
        return new Decision(Optional.of(new Accepted(name, type.mediaType())), null);
    }

    public record Decision(Optional<Accepted> accepted, String refusalKey) {

        static Decision refused(String key) {
            return new Decision(Optional.empty(), key);
        }
    }

    /** Browsers send a bare name, old ones a whole path: keep what follows the last separator. */
    private static String baseName(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static boolean matches(Signature signature, byte[] content) {
        return switch (signature) {
            case PDF -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case PNG -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case ZIP -> startsWith(content, 'P', 'K', 3, 4);
            case TEXT -> isUtf8Text(content);
        };
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : Arrays.copyOf(content, Math.min(content.length, 1 << 16))) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
