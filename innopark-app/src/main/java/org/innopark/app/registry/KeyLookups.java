package org.innopark.app.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs the bulk writer's and the importer's lookups of many keys at once on PostgreSQL ({@code = ANY(array)} or a
 * join with {@code unnest(array)}) with sequential scans turned off, so that they always probe the key's index.
 *
 * <p>The planner's choice for these statements depends on the table's statistics, which an import makes stale
 * while it runs: after a {@code TRUNCATE}, or when the table is loaded in the same transaction, the table looks
 * nearly empty, and a plan that scans it whole for every chunk (or for every key) is cached with the prepared
 * statement and kept as the table grows. Measured: such a plan turned a 20-second import into one that had not
 * ended after ten minutes. An index probe per key is never far from the best plan for these lookups (a few hundred
 * milliseconds for 20,000 keys at worst), so the choice is taken away from the planner. The setting is changed for
 * the current transaction only and put back afterwards.
 */
public final class KeyLookups {

    /** A lookup on the connection. */
    @FunctionalInterface
    public interface Lookup<T> {
        T run() throws SQLException;
    }

    private KeyLookups() {}

    public static <T> T byIndex(Connection connection, Lookup<T> lookup) throws SQLException {
        // outside a transaction a transaction-local setting would end with this very statement
        boolean local = !connection.getAutoCommit();
        String previous;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', ?)")) {
            ps.setBoolean(1, local);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                previous = rs.getString(1);
            }
        }
        T result;
        try {
            result = lookup.run();
        } catch (SQLException | RuntimeException e) {
            try {
                restore(connection, previous, local);
            } catch (SQLException again) {
                // an aborted transaction ignores the statement; its end restores the setting anyway
                e.addSuppressed(again);
            }
            throw e;
        }
        restore(connection, previous, local);
        return result;
    }

    private static void restore(Connection connection, String previous, boolean local) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('enable_seqscan', ?, ?)")) {
            ps.setString(1, previous);
            ps.setBoolean(2, local);
            ps.executeQuery().close();
        }
    }
}
