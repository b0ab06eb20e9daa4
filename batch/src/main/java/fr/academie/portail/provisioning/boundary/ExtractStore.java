package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.provisioning.control.ExtractName;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where extracts wait and are kept: the inbox the HR system drops the nightly file into, and the
 * folder of the extracts already handed to the job (a job reads its file by path, and a restart
 * reads it again, so the file stays).
 */
@ApplicationScoped
public class ExtractStore {

    /** The name the HR system gives the nightly file in the inbox. */
    public static final String NIGHTLY_FILE = "extrait-rh.csv";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    private Path inbox;
    private Path imports;

    @PostConstruct
    void folders() {
        Path root = Path.of(serverDataDir, "portail");
        inbox = root.resolve("inbox");
        imports = root.resolve("imports");
        try {
            Files.createDirectories(inbox);
            Files.createDirectories(imports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path inbox() {
        return inbox;
    }

    /** Keeps an uploaded extract; the name shown in reports is the one it was sent with. */
    public Path keep(InputStream content, String sentName) {
        Path file = imports.resolve(STAMP.format(LocalDateTime.now()) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "-" + safe(sentName));
        try {
            Files.copy(content, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the nightly file out of the inbox, or answers null when HR dropped none. */
    public Path takeNightlyFile() {
        Path dropped = inbox.resolve(NIGHTLY_FILE);
        if (!Files.isRegularFile(dropped)) {
            return null;
        }
        try {
            return Files.move(dropped, imports.resolve(STAMP.format(LocalDateTime.now()) + "-" + NIGHTLY_FILE),
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name an extract is kept and shown under, whatever was sent (see {@link ExtractName}). */
    public static String safe(String name) {
        return ExtractName.safe(name);
    }
}
