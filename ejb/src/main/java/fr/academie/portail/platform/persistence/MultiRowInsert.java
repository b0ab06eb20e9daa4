package fr.academie.portail.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows with multi-row INSERT statements, {@value #ROWS_PER_STATEMENT} rows each. The
 * database parses and runs one statement where a JDBC batch makes MariaDB run one per row: for the
 * national HR import, a third of the time its inserts took (docs/benchmarks.md). Standard SQL, so H2
 * takes the same statements.
 */
public final class MultiRowInsert {

    public static final int ROWS_PER_STATEMENT = 500;

    /** Binds one row's values, from parameter {@code first} on. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /**
     * @param head the statement up to its VALUES keyword, such as {@code insert into t (a, b, c)}
     * @param rowValues one row's values, such as {@code (?, ?, 0)}, holding {@code parametersPerRow} parameters
     */
    public static <T> void insert(Connection connection, String head, String rowValues, int parametersPerRow,
                                  List<T> rows, RowBinder<T> binder) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            int count = Math.min(ROWS_PER_STATEMENT, rows.size() - from);
            try (PreparedStatement insert = connection.prepareStatement(
                    head + " values " + String.join(", ", Collections.nCopies(count, rowValues)))) {
                for (int i = 0; i < count; i++) {
                    binder.bind(insert, i * parametersPerRow + 1, rows.get(from + i));
                }
                insert.executeUpdate();
            }
        }
    }
}
