package fr.academie.portail.services.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a PDF is a document and nothing more. It is read by PDFBox, every object of it (those
 * inside object streams too, names written in hexadecimal decoded), and refused when it carries
 * what a reader would run or open: JavaScript, an action that launches, imports, submits or goes to
 * another file, embedded files, XFA forms, rich media. A file PDFBox cannot read as a PDF (an
 * executable behind a PDF header) is not a PDF.
 */
public final class PdfContent {

    public enum Verdict { PASSIVE, ACTIVE, UNREADABLE }

    private static final Set<String> ACTIVE_KEYS = Set.of("JavaScript", "JS", "AA", "EmbeddedFiles", "EF", "XFA",
            "RichMedia", "Launch");
    private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm",
            "GoToR", "GoToE", "RichMediaExecute", "Rendition", "Movie", "Sound");
    /** Far more objects than a 10 MB document of text and images holds. */
    private static final int MAX_OBJECTS = 500_000;

    private PdfContent() {
    }

    public static Verdict check(byte[] content) {
        try {
            return read(content);
        } catch (OutOfMemoryError | StackOverflowError bomb) {
            // objects nested without end, or a stream that inflates past what the heap holds: PDFBox
            // has no bound of its own, the file is refused and its arrays are garbage at once
            return Verdict.UNREADABLE;
        }
    }

    private static Verdict read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            COSDocument cos = document.getDocument();
            Deque<COSBase> pending = new ArrayDeque<>();
            pending.push(cos.getTrailer());
            for (COSObjectKey key : cos.getXrefTable().keySet()) {
                COSObject object = cos.getObjectFromPool(key);
                if (object != null) {
                    pending.push(object);
                }
            }
            return walk(pending);
        } catch (IOException | RuntimeException unreadable) {
            return Verdict.UNREADABLE;
        }
    }

    private static Verdict walk(Deque<COSBase> pending) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            COSBase next = resolve(pending.pop());
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                return Verdict.UNREADABLE;
            }
            if (next instanceof COSDictionary dictionary) {
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    String key = entry.getKey().getName();
                    COSBase value = resolve(entry.getValue());
                    if (ACTIVE_KEYS.contains(key)
                            || (key.equals("S") && value instanceof COSName name && ACTIVE_ACTIONS.contains(name.getName()))
                            || (key.equals("Type") && value instanceof COSName type && type.getName().equals("EmbeddedFile"))
                            || (key.equals("OpenAction") && value instanceof COSDictionary)) {
                        return Verdict.ACTIVE;
                    }
                    if (value instanceof COSDictionary || value instanceof COSArray) {
                        pending.push(value);
                    }
                }
            } else if (next instanceof COSArray array) {
                for (COSBase item : array) {
                    COSBase value = resolve(item);
                    if (value instanceof COSDictionary || value instanceof COSArray) {
                        pending.push(value);
                    }
                }
            }
        }
        return Verdict.PASSIVE;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
