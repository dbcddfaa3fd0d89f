package org.innopark.app.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases the registry runs on. Everything else is portable SQL; the few statements that must differ
 * are here and nowhere else.
 */
public enum Dialect {
    H2,
    POSTGRESQL;

    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("Unsupported database: " + product + " (InnoPark runs on H2 and PostgreSQL)");
    }

    /** A staging table private to the session, dropped when the transaction commits or rolls back. */
    String createStagingTable(String name, String columnsDdl) {
        return switch (this) {
            case H2 -> "CREATE LOCAL TEMPORARY TABLE IF NOT EXISTS " + name + " (" + columnsDdl + ") ON COMMIT DROP TRANSACTIONAL";
            case POSTGRESQL -> "CREATE TEMPORARY TABLE IF NOT EXISTS " + name + " (" + columnsDdl + ") ON COMMIT DROP";
        };
    }
}
