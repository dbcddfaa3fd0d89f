package org.innopark.app.registry;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rows a PostgreSQL table already holds for the keys of a chunk about to be written, read in at most two
 * queries, and the comparison of a stored row with a new one as SQL's {@code IS DISTINCT FROM} would make it.
 *
 * <p>For a single-column key the stored rows are read by that key. For a composite key (an annual report's credit
 * code and year) the keys stored under the chunk's values of the first key column are read first, from the key's
 * index alone, and only the rows of the keys actually present are then read whole: a chunk of new keys (a first
 * import, or a new year for enterprises already registered) costs one probe of the index per distinct first-column
 * value and nothing else.
 */
final class StoredRows {

    private static final StoredRows NONE = new StoredRows(null, Map.of());

    private final RegistryTable table;
    private final Map<Key, Object[]> rows;

    private StoredRows(RegistryTable table, Map<Key, Object[]> rows) {
        this.table = table;
        this.rows = rows;
    }

    /** A natural key, its values normalised so that equal SQL values are equal keys. */
    private record Key(Object[] values) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    static StoredRows read(Connection connection, RegistryTable table, Collection<Object[]> chunk) throws SQLException {
        return KeyLookups.probingTheKeyIndex(connection, () -> readByIndex(connection, table, chunk));
    }

    private static StoredRows readByIndex(Connection connection, RegistryTable table, Collection<Object[]> chunk)
            throws SQLException {
        int keyCount = table.keyColumns().size();
        Set<Key> keys = keys(table, chunk);
        if (keyCount > 1) {
            keys = presentByFirstColumn(connection, table, keys);
            if (keys.isEmpty()) {
                return NONE;
            }
        }
        Map<Key, Object[]> found = new HashMap<>();
        String sql = "SELECT " + table.columnList("t.") + byKey(table, table.columnList(""));
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int k = 0; k < keyCount; k++) {
                ps.setArray(k + 1, column(connection, table, keys, k));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] stored = new Object[table.columns().size()];
                    for (int i = 0; i < stored.length; i++) {
                        stored[i] = value(rs, i + 1, table.columns().get(i));
                    }
                    found.put(key(table, stored), stored);
                }
            }
        }
        return new StoredRows(table, found);
    }

    /** Whether any of the rows' keys is stored (one probe of the key's index per row). */
    static boolean anyStored(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        return KeyLookups.probingTheKeyIndex(connection, () -> anyStoredByIndex(connection, table, rows));
    }

    private static boolean anyStoredByIndex(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        Set<Key> keys = keys(table, rows);
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1" + byKey(table, "1") + " LIMIT 1")) {
            for (int k = 0; k < table.keyColumns().size(); k++) {
                ps.setArray(k + 1, column(connection, table, keys, k));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * {@code FROM unnest(?, ...) AS s(key columns) CROSS JOIN LATERAL (SELECT columns FROM table t WHERE key match
     * OFFSET 0) t}: one probe of the table's key index per key of the arrays. The lateral subquery (kept apart by
     * {@code OFFSET 0}) leaves the planner no other shape, whatever the table's statistics say.
     */
    private static String byKey(RegistryTable table, String columns) {
        StringBuilder sql = new StringBuilder(" FROM unnest(");
        for (int k = 0; k < table.keyColumns().size(); k++) {
            sql.append(k > 0 ? ", " : "")
                    .append("CAST(? AS ")
                    .append(BulkMerge.arrayType(table.columns().get(k)))
                    .append("[])");
        }
        return sql.append(") AS s(")
                .append(String.join(", ", table.keyColumns()))
                .append(") CROSS JOIN LATERAL (SELECT ")
                .append(columns)
                .append(" FROM ")
                .append(table.name())
                .append(" t WHERE ")
                .append(table.keyMatch("t", "s"))
                .append(" OFFSET 0) t")
                .toString();
    }

    /**
     * Of the keys, those stored, found through the values of their first column (one probe of the key's index per
     * distinct value, reading the key columns only).
     */
    private static Set<Key> presentByFirstColumn(Connection connection, RegistryTable table, Set<Key> keys)
            throws SQLException {
        Set<Object> first = new LinkedHashSet<>();
        for (Key key : keys) {
            first.add(key.values()[0]);
        }
        RegistryTable.Column firstColumn = table.columns().get(0);
        String sql = "SELECT " + String.join(", ", table.keyColumns()) + " FROM " + table.name() + " WHERE "
                + firstColumn.name() + " = ANY(CAST(? AS " + BulkMerge.arrayType(firstColumn) + "[]))";
        Set<Key> present = new LinkedHashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setArray(1, connection.createArrayOf(BulkMerge.arrayType(firstColumn), first.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                int keyCount = table.keyColumns().size();
                while (rs.next()) {
                    Object[] values = new Object[keyCount];
                    for (int k = 0; k < keyCount; k++) {
                        values[k] = normal(
                                value(rs, k + 1, table.columns().get(k)),
                                table.columns().get(k));
                    }
                    Key stored = new Key(values);
                    if (keys.contains(stored)) {
                        present.add(stored);
                    }
                }
            }
        }
        return present;
    }

    private static Array column(Connection connection, RegistryTable table, Set<Key> keys, int k) throws SQLException {
        Object[] values = new Object[keys.size()];
        int i = 0;
        for (Key key : keys) {
            values[i++] = key.values()[k];
        }
        return connection.createArrayOf(BulkMerge.arrayType(table.columns().get(k)), values);
    }

    /** The stored row of the new row's key, or null when the key is not stored. */
    Object[] get(Object[] row) {
        return rows.isEmpty() ? null : rows.get(key(table, row));
    }

    /** Whether a value column of the new row differs from the stored one (null differs from any value). */
    boolean differs(Object[] stored, Object[] row) {
        for (int i = table.keyColumns().size(); i < row.length; i++) {
            if (!same(stored[i], row[i], table.columns().get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The distinct keys of the rows, in their order. */
    private static Set<Key> keys(RegistryTable table, Collection<Object[]> rows) {
        Set<Key> keys = new LinkedHashSet<>();
        for (Object[] row : rows) {
            keys.add(key(table, row));
        }
        return keys;
    }

    private static Key key(RegistryTable table, Object[] row) {
        int keyCount = table.keyColumns().size();
        Object[] values = new Object[keyCount];
        for (int k = 0; k < keyCount; k++) {
            values[k] = normal(row[k], table.columns().get(k));
        }
        return new Key(values);
    }

    /**
     * A value in the form the comparison uses: text of CHAR columns without the trailing blanks CHAR ignores,
     * integers as Long, amounts as BigDecimal, dates as LocalDate.
     */
    private static Object normal(Object value, RegistryTable.Column column) {
        if (value == null) {
            return null;
        }
        return switch (column.sqlType()) {
            case Types.CHAR -> value.toString().stripTrailing();
            case Types.VARCHAR -> value.toString();
            case Types.INTEGER, Types.BIGINT -> ((Number) value).longValue();
            case Types.NUMERIC -> value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            default -> value;
        };
    }

    /** {@code NOT (a IS DISTINCT FROM b)} for the column's type: 1.50 is 1.5, CHAR ignores trailing blanks. */
    static boolean same(Object stored, Object value, RegistryTable.Column column) {
        if (stored == null || value == null) {
            return stored == value;
        }
        Object a = normal(stored, column);
        Object b = normal(value, column);
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private static Object value(ResultSet rs, int index, RegistryTable.Column column) throws SQLException {
        Object value = switch (column.sqlType()) {
            case Types.CHAR, Types.VARCHAR -> rs.getString(index);
            case Types.INTEGER -> rs.getInt(index);
            case Types.BIGINT -> rs.getLong(index);
            case Types.NUMERIC -> rs.getBigDecimal(index);
            case Types.DATE -> rs.getObject(index, LocalDate.class);
            default -> rs.getObject(index);
        };
        return rs.wasNull() ? null : value;
    }
}
