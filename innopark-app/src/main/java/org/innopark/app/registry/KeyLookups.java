package org.innopark.app.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs the bulk writer's and the importer's lookups of many keys at once on PostgreSQL ({@code = ANY(array)}, or
 * {@code unnest(array)} with a lateral probe per key) with a plan made for each execution ({@code plan_cache_mode =
 * force_custom_plan}) instead of a generic plan cached with the prepared statement.
 *
 * <p>An import makes the table's statistics stale while it runs: after a {@code TRUNCATE}, or while the table is
 * loaded in the same transaction, the table looks nearly empty, and a generic plan made then is kept as the table
 * grows. Measured: such a plan (the whole table scanned against every key) turned a 20-second import into one that had
 * not ended after ten minutes. A plan made for each execution sees the actual arrays and the table's actual size, for
 * about a millisecond per chunk. Sequential scans are left to the planner for {@code = ANY(array)} (for a tenth of a
 * small table's keys one scan beats as many index probes) and turned off for the probes per key. The settings are
 * changed for the current transaction only and put back afterwards.
 */
public final class KeyLookups {

    /** A lookup on the connection. */
    @FunctionalInterface
    public interface Lookup<T> {
        T run() throws SQLException;
    }

    private KeyLookups() {}

    public static <T> T withFreshPlans(Connection connection, Lookup<T> lookup) throws SQLException {
        return run(connection, false, lookup);
    }

    /**
     * As {@link #withFreshPlans}, with sequential scans off as well: for a probe of the table per key (a lateral
     * subquery), where scanning the table for every key is never right, however small the statistics say it is.
     */
    public static <T> T probingTheKeyIndex(Connection connection, Lookup<T> lookup) throws SQLException {
        return run(connection, true, lookup);
    }

    private static <T> T run(Connection connection, boolean noSeqScan, Lookup<T> lookup) throws SQLException {
        // outside a transaction a transaction-local setting would end with this very statement
        boolean local = !connection.getAutoCommit();
        String[] previous = new String[2];
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_setting('plan_cache_mode'),"
                + " current_setting('enable_seqscan'), set_config('plan_cache_mode', 'force_custom_plan', ?),"
                + " CASE WHEN ? THEN set_config('enable_seqscan', 'off', ?) END")) {
            ps.setBoolean(1, local);
            ps.setBoolean(2, noSeqScan);
            ps.setBoolean(3, local);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                previous[0] = rs.getString(1);
                previous[1] = rs.getString(2);
            }
        }
        T result;
        try {
            result = lookup.run();
        } catch (SQLException | RuntimeException e) {
            try {
                restore(connection, previous, local);
            } catch (SQLException again) {
                // an aborted transaction ignores the statement; its end restores the settings anyway
                e.addSuppressed(again);
            }
            throw e;
        }
        restore(connection, previous, local);
        return result;
    }

    private static void restore(Connection connection, String[] previous, boolean local) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT set_config('plan_cache_mode', ?, ?), set_config('enable_seqscan', ?, ?)")) {
            ps.setString(1, previous[0]);
            ps.setBoolean(2, local);
            ps.setString(3, previous[1]);
            ps.setBoolean(4, local);
            ps.executeQuery().close();
        }
    }
}
