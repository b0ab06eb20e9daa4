package fr.academie.portail.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With {@code -Dportail.db=mariadb}, the tests make their own MariaDB database before the test
 * server starts, and drop it when they are done. With H2 the test server uses a memory database.
 */
public class TestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (isMariaDb()) {
            execute("DROP DATABASE IF EXISTS " + database(), "CREATE DATABASE " + database()
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (isMariaDb()) {
            execute("DROP DATABASE IF EXISTS " + database());
        }
    }

    private static boolean isMariaDb() {
        return "mariadb".equals(System.getProperty("portail.db"));
    }

    private static String database() {
        return System.getProperty("portail.test.database", "portail_test");
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
