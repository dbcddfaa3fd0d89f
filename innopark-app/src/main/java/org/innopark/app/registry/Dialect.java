package org.innopark.app.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases the registry runs on. Everything else is portable SQL; the one place that must differ, the bulk
 * upsert, is {@link BulkMerge}.
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
}
