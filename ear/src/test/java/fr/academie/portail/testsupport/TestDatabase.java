package fr.academie.portail.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With {@code -Dportail.db=mariadb}, the tests make their own MariaDB database before the test
 * server starts, and drop it when they are done. With H2 the test server uses a memory database.
 */
public class TestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        deleteCrashServerData();
        if (isMariaDb()) {
            for (String database : databases()) {
                execute("DROP DATABASE IF EXISTS " + database, "CREATE DATABASE " + database
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            String bufferPool = System.getProperty("portail.benchmark.buffer-pool-mib", "");
            if (!bufferPool.isBlank()) {
                // Debian's MariaDB keeps 128 MiB of pages in memory; a server holding the académie's
                // million dossiers is given gigabytes, as its DBA would (docs/benchmarks.md)
                execute("SET GLOBAL innodb_buffer_pool_size = " + Long.parseLong(bufferPool.trim()) * 1024 * 1024);
            }
        }
    }

    /** {@code -Dportail.test.keep-database=true} keeps it for a look afterwards (a benchmark's data, say). */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (isMariaDb() && !Boolean.getBoolean("portail.test.keep-database")) {
            for (String database : databases()) {
                execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    /** The main test server's database, and the one of the server the restart test kills. */
    private static List<String> databases() {
        return List.of(System.getProperty("portail.test.database", "portail_test"),
                System.getProperty("portail.crash.database", "portail_crash"));
    }

    /** The killed server's data folder (its H2 file, its extracts) outlives it within a run, not across runs. */
    private static void deleteCrashServerData() {
        String folder = System.getProperty("portail.crash.data-dir");
        if (folder == null || !Files.isDirectory(Path.of(folder))) {
            return;
        }
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMariaDb() {
        return "mariadb".equals(System.getProperty("portail.db"));
    }

    private static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(
                System.getProperty("portail.test.admin-url", "jdbc:mariadb://127.0.0.1:3306/?user=root"));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB de test inaccessible : " + e.getMessage(), e);
        }
    }
}
