package org.innopark.app.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Upserts many rows into a registry table by its natural key, with each database's bulk path. On PostgreSQL, rows
 * whose keys are all new are copied ({@code COPY}, binary format) straight into the table; otherwise they are copied
 * into a transaction-private staging table, then one standard-SQL {@code MERGE} inserts the new keys and updates only
 * the rows whose values differ. When copying new keys, foreign keys are checked and their parents locked once per
 * chunk instead of by PostgreSQL's per-row triggers, when that is allowed and equivalent (see
 * {@link #triggerFreeParents}). On H2, batched update-if-different and insert-if-absent
 * statements do the same at a third of the cost of a staging table there. Runs on the caller's
 * connection and transaction, so a failure anywhere leaves nothing written.
 */
final class BulkMerge {

    private static final int BATCH = 5_000;
    private static final int COPY_BUFFER = 1 << 20;

    private BulkMerge() {}

    static MergeCounts merge(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return MergeCounts.NONE;
        }
        if (Dialect.of(connection) == Dialect.H2) {
            return updateThenInsert(connection, table, rows);
        }
        if (noKeyExists(connection, table, rows)) {
            // Only new keys (the first import of a year, a new park's load): copy straight into the table.
            copyNew(connection, table, rows);
            return new MergeCounts(rows.size(), 0, 0);
        }
        return stageAndMerge(connection, table, rows);
    }

    /**
     * Copies rows of new keys into the table; with the per-row foreign-key triggers replaced by one check per chunk
     * when {@link #triggerFreeParents} allows it. (The {@code MERGE} path keeps the triggers: they fire only for the
     * rows it inserts, and an unchanged re-import would pay for the per-chunk locks without saving anything.)
     */
    private static void copyNew(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        List<ParentKey> parents = triggerFreeParents(connection, table);
        String role = parents == null ? null : replicationRole(connection, parents, table, rows);
        try {
            copy(connection, table, table.name(), rows);
        } catch (SQLException | RuntimeException e) {
            if (role != null) {
                try {
                    restore(connection, role);
                } catch (SQLException ignored) {
                    // the transaction is aborted and rolls back, which ends the SET LOCAL as well
                    e.addSuppressed(ignored);
                }
            }
            throw e;
        }
        if (role != null) {
            restore(connection, role);
        }
    }

    private static void restore(Connection connection, String role) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL session_replication_role = " + role);
        }
    }

    private static MergeCounts stageAndMerge(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        String staging = "staging_" + table.name();
        try (Statement st = connection.createStatement()) {
            // Private to the transaction and dropped at its end (created once per transaction, emptied after use).
            st.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + staging + " (" + table.ddl() + ") ON COMMIT DROP");
            st.execute("DELETE FROM " + staging);
        }
        copy(connection, table, staging, rows);
        try (Statement st = connection.createStatement()) {
            // Temporary tables have no statistics until analysed; without them the planner joins blindly.
            st.execute("ANALYZE " + staging);
        }
        long inserted;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + staging + " s WHERE NOT EXISTS (SELECT 1 FROM "
                        + table.name() + " t WHERE " + table.keyMatch("t", "s") + ")")) {
            rs.next();
            inserted = rs.getLong(1);
        }
        long changed;
        try (Statement st = connection.createStatement()) {
            changed = st.executeLargeUpdate(mergeSql(table, staging));
            st.execute("DELETE FROM " + staging);
        }
        return new MergeCounts(inserted, changed - inserted, rows.size() - changed);
    }

    /** A single-column foreign key of a written column: the column's index, the parent table and its key. */
    record ParentKey(int column, String parent, String parentColumn) {}

    /**
     * The foreign keys of the table when its rows may be written without PostgreSQL's per-row foreign-key triggers,
     * else null. The referential-integrity triggers check each inserted row with its own query and row lock, which
     * costs as much as the {@code COPY} itself; the bulk path does the same check once per chunk (see
     * {@link #replicationRole}). That is done only when it replaces exactly those triggers: the role may set
     * {@code session_replication_role} (a superuser, or PostgreSQL 15+ {@code GRANT SET ON PARAMETER
     * session_replication_role}); the table has no trigger other than the foreign keys' and no rule, which the
     * setting would also skip; and every foreign key is a single written column.
     */
    static List<ParentKey> triggerFreeParents(Connection connection, RegistryTable table) throws SQLException {
        boolean allowed;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        connection.getMetaData().getDatabaseMajorVersion() >= 15
                                ? "SELECT current_setting('is_superuser') = 'on'"
                                        + " OR has_parameter_privilege('session_replication_role', 'SET')"
                                : "SELECT current_setting('is_superuser') = 'on'")) {
            rs.next();
            allowed = rs.getBoolean(1);
        }
        if (!allowed) {
            return null;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT"
                + " (SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = c.oid AND NOT tgisinternal)"
                + " + (SELECT COUNT(*) FROM pg_rewrite WHERE ev_class = c.oid)"
                + " FROM pg_class c WHERE c.oid = to_regclass(?)")) {
            ps.setString(1, table.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(1) > 0) {
                    return null;
                }
            }
        }
        List<ParentKey> parents = new java.util.ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT cardinality(f.conkey),"
                + " (SELECT attname FROM pg_attribute WHERE attrelid = f.conrelid AND attnum = f.conkey[1]),"
                + " f.confrelid::regclass::text,"
                + " (SELECT attname FROM pg_attribute WHERE attrelid = f.confrelid AND attnum = f.confkey[1])"
                + " FROM pg_constraint f WHERE f.conrelid = to_regclass(?) AND f.contype = 'f'")) {
            ps.setString(1, table.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int column = indexOf(table, rs.getString(2));
                    if (rs.getInt(1) != 1 || column < 0) {
                        return null;
                    }
                    parents.add(new ParentKey(column, rs.getString(3), rs.getString(4)));
                }
            }
        }
        return parents;
    }

    private static int indexOf(RegistryTable table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks every parent the rows refer to, and locks it as the foreign-key trigger would ({@code FOR KEY SHARE}:
     * nobody can delete it or change its key before this transaction ends), one query per foreign key, then turns
     * the per-row triggers off for this transaction ({@code SET LOCAL}) until the caller restores the returned
     * setting. Throws, and so aborts the transaction, when a parent is missing.
     */
    private static String replicationRole(
            Connection connection, List<ParentKey> parents, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        for (ParentKey p : parents) {
            java.util.Set<Object> keys = new java.util.HashSet<>();
            for (Object[] row : rows) {
                if (row[p.column()] != null) {
                    keys.add(row[p.column()]);
                }
            }
            if (keys.isEmpty()) {
                continue;
            }
            String type = arrayType(table.columns().get(p.column()));
            int found = 0;
            try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + p.parent() + " WHERE "
                    + p.parentColumn() + " = ANY(?::" + type + "[]) FOR KEY SHARE")) {
                ps.setArray(1, connection.createArrayOf(type, keys.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found++;
                    }
                }
            }
            if (found != keys.size()) {
                throw new SQLException(
                        table.name() + "." + table.columns().get(p.column()).name() + ": "
                                + (keys.size() - found) + " of " + keys.size() + " referenced " + p.parent()
                                + " rows do not exist");
            }
        }
        String role;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_setting('session_replication_role')")) {
            rs.next();
            role = rs.getString(1);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL session_replication_role = replica");
        }
        return role;
    }

    /**
     * Whether none of the rows' keys is stored yet, asked in one query that passes each key column as an array.
     */
    private static boolean noKeyExists(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        int keys = table.keyColumns().size();
        StringBuilder sql =
                new StringBuilder("SELECT 1 FROM ").append(table.name()).append(" t JOIN unnest(");
        for (int k = 0; k < keys; k++) {
            sql.append(k > 0 ? ", " : "")
                    .append("?::")
                    .append(arrayType(table.columns().get(k)))
                    .append("[]");
        }
        sql.append(") AS s(").append(String.join(", ", table.keyColumns())).append(") ON ");
        for (int k = 0; k < keys; k++) {
            String key = table.keyColumns().get(k);
            sql.append(k > 0 ? " AND " : "")
                    .append("t.")
                    .append(key)
                    .append(" = s.")
                    .append(key);
        }
        sql.append(" LIMIT 1");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int k = 0; k < keys; k++) {
                Object[] column = new Object[rows.size()];
                int i = 0;
                for (Object[] row : rows) {
                    column[i++] = row[k];
                }
                ps.setArray(
                        k + 1,
                        connection.createArrayOf(arrayType(table.columns().get(k)), column));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }

    private static String arrayType(RegistryTable.Column column) {
        return switch (column.sqlType()) {
            case java.sql.Types.CHAR -> "bpchar";
            case java.sql.Types.VARCHAR -> "varchar";
            case java.sql.Types.INTEGER -> "int4";
            case java.sql.Types.BIGINT -> "int8";
            case java.sql.Types.DATE -> "date";
            default -> throw new IllegalArgumentException("no array type for key column " + column.name());
        };
    }

    static String mergeSql(RegistryTable table, String staging) {
        String differs = table.valueColumns().stream()
                .map(c -> "t." + c.name() + " IS DISTINCT FROM s." + c.name())
                .collect(Collectors.joining(" OR "));
        String set = table.valueColumns().stream()
                .map(c -> c.name() + " = s." + c.name())
                .collect(Collectors.joining(", "));
        String matched = table.valueColumns().isEmpty()
                ? ""
                : " WHEN MATCHED AND (" + differs + ") THEN UPDATE SET " + set + ", updated_at = CURRENT_TIMESTAMP";
        return "MERGE INTO " + table.name() + " t USING " + staging + " s ON " + table.keyMatch("t", "s") + matched
                + " WHEN NOT MATCHED THEN INSERT (" + table.columnList("") + ") VALUES (" + table.columnList("s.")
                + ")";
    }

    /**
     * The H2 path: on H2 a staging table and a {@code MERGE} cost three times a plain insert, so each row is written
     * by two batched statements instead: an {@code UPDATE} that changes the stored row only when a value differs,
     * then an {@code INSERT} that adds the row only when its key is absent. Their update counts give the inserted,
     * updated and unchanged rows. Keys must be unique within one call (the importer and the generator ensure it).
     */
    private static MergeCounts updateThenInsert(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        List<RegistryTable.Column> keys =
                table.columns().subList(0, table.keyColumns().size());
        List<RegistryTable.Column> values = table.valueColumns();
        String keyWhere = keys.stream().map(k -> k.name() + " = ?").collect(Collectors.joining(" AND "));
        String update = values.isEmpty()
                ? null
                : "UPDATE " + table.name() + " SET "
                        + values.stream().map(v -> v.name() + " = ?").collect(Collectors.joining(", "))
                        + ", updated_at = CURRENT_TIMESTAMP WHERE " + keyWhere + " AND ("
                        + values.stream()
                                .map(v -> v.name() + " IS DISTINCT FROM CAST(? AS " + v.ddl() + ")")
                                .collect(Collectors.joining(" OR "))
                        + ")";
        String insert = "INSERT INTO " + table.name() + " (" + table.columnList("") + ") SELECT "
                + table.columns().stream()
                        .map(c -> "CAST(? AS " + c.ddl() + ")")
                        .collect(Collectors.joining(", "))
                + " WHERE NOT EXISTS (SELECT 1 FROM " + table.name() + " WHERE " + keyWhere + ")";
        int keyCount = keys.size();
        long updated = 0;
        long inserted = 0;
        try (PreparedStatement up = update == null ? null : connection.prepareStatement(update);
                PreparedStatement in = connection.prepareStatement(insert)) {
            int pending = 0;
            for (Object[] row : rows) {
                if (up != null) {
                    int p = 1;
                    for (int i = keyCount; i < row.length; i++) {
                        bind(up, p++, row[i], table.columns().get(i));
                    }
                    for (int i = 0; i < keyCount; i++) {
                        bind(up, p++, row[i], table.columns().get(i));
                    }
                    for (int i = keyCount; i < row.length; i++) {
                        bind(up, p++, row[i], table.columns().get(i));
                    }
                    up.addBatch();
                }
                int p = 1;
                for (int i = 0; i < row.length; i++) {
                    bind(in, p++, row[i], table.columns().get(i));
                }
                for (int i = 0; i < keyCount; i++) {
                    bind(in, p++, row[i], table.columns().get(i));
                }
                in.addBatch();
                if (++pending == BATCH) {
                    updated += up == null ? 0 : sum(up.executeBatch());
                    inserted += sum(in.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                updated += up == null ? 0 : sum(up.executeBatch());
                inserted += sum(in.executeBatch());
            }
        }
        return new MergeCounts(inserted, updated, rows.size() - inserted - updated);
    }

    private static void bind(PreparedStatement ps, int index, Object value, RegistryTable.Column column)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, column.sqlType());
        } else {
            ps.setObject(index, value, column.sqlType());
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += Math.max(c, 0);
        }
        return total;
    }

    private static void copy(Connection connection, RegistryTable table, String staging, Collection<Object[]> rows)
            throws SQLException {
        boolean binary = BinaryCopy.supports(table);
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + staging + " (" + table.columnList("") + ") FROM STDIN WITH (FORMAT "
                        + (binary ? "binary" : "csv") + ")");
        try {
            if (binary) {
                BinaryCopy.write(copy, table, rows);
                return;
            }
            StringBuilder buffer = new StringBuilder(COPY_BUFFER + 4096);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        buffer.append(',');
                    }
                    appendCsv(buffer, row[i]);
                }
                buffer.append('\n');
                if (buffer.length() >= COPY_BUFFER) {
                    flush(copy, buffer);
                }
            }
            flush(copy, buffer);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private static void appendCsv(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof LocalDate || value instanceof Boolean) {
            out.append(value);
        } else {
            String s = value.toString();
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    out.append('"');
                }
                out.append(c);
            }
            out.append('"');
        }
    }
}
