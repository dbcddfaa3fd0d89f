package org.innopark.app.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Upserts many rows into a registry table by its natural key, with each database's bulk path. On PostgreSQL, the
 * stored rows of the chunk's keys are read first and compared in the JVM: rows of new keys are copied ({@code COPY},
 * binary format) straight into the table, rows whose values differ are copied into a transaction-private staging
 * table and updated from it in one statement, and unchanged rows are not sent again. When copying new keys, foreign
 * keys are checked and their parents locked once per chunk instead of by PostgreSQL's per-row triggers, when that is
 * allowed and equivalent (see {@link #triggerFreeParents}). On H2, batched update-if-different and insert-if-absent
 * statements do the same at a third of the cost of a staging table there. Runs on the caller's connection and
 * transaction, so a failure anywhere leaves nothing written.
 */
final class BulkMerge {

    private static final int BATCH = 5_000;
    private static final int COPY_BUFFER = 1 << 20;

    /** Subtransactions a transaction keeps in PostgreSQL's per-backend cache (PGPROC_MAX_CACHED_SUBXIDS). */
    static final int CACHED_SUBTRANSACTIONS = 64;

    /** Keys of a chunk probed before it is copied on the assumption that none is stored. */
    static final int SAMPLE = 32;

    private static final String UNIQUE_VIOLATION = "23505";

    private BulkMerge() {}

    static MergeCounts merge(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return MergeCounts.NONE;
        }
        if (Dialect.of(connection) == Dialect.H2) {
            return updateThenInsert(connection, table, rows);
        }
        if (copiedAsNew(connection, table, rows)) {
            return new MergeCounts(rows.size(), 0, 0);
        }
        StoredRows stored = StoredRows.read(connection, table, rows);
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] old = stored.get(row);
            if (old == null) {
                fresh.add(row);
            } else if (stored.differs(old, row)) {
                changed.add(row);
            }
        }
        if (!fresh.isEmpty()) {
            copyNew(connection, table, fresh);
        }
        long updated = changed.isEmpty() ? 0 : updateChanged(connection, table, changed);
        return new MergeCounts(fresh.size(), updated, rows.size() - fresh.size() - updated);
    }

    /**
     * Copies the rows on the assumption that none of their keys is stored, inside a savepoint, when a sample of the
     * keys is not stored either; returns false, having written nothing, when the assumption does not hold (the copy
     * failed on a stored key and was rolled back to the savepoint) or was not tried. A chunk of new keys (a first
     * import, a new year for enterprises already registered) is then written without reading anything back; probing
     * the table for every key of a chunk costs about a third of the chunk's {@code COPY}.
     *
     * <p>Each chunk copied this way uses a subtransaction of the caller's transaction. Once the transaction holds as
     * many as PostgreSQL caches per backend, further chunks take the reading path, so that other sessions' snapshots
     * never overflow that cache because of an import. The count is kept in the transaction's own setting {@code
     * innopark.bulk_subtransactions}, which a rollback to the savepoint undoes as it undoes the subtransaction. Not
     * tried outside a transaction (a statement is then its own transaction, and a failed {@code COPY} is not undone
     * by a savepoint).
     */
    private static boolean copiedAsNew(Connection connection, RegistryTable table, Collection<Object[]> rows)
            throws SQLException {
        if (connection.getAutoCommit() || StoredRows.anyStored(connection, table, sample(rows))) {
            return false;
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_setting('innopark.bulk_subtransactions', true)")) {
            rs.next();
            String used = rs.getString(1);
            if (used != null && !used.isEmpty() && Integer.parseInt(used) >= CACHED_SUBTRANSACTIONS - 1) {
                return false;
            }
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT set_config('innopark.bulk_subtransactions', (COALESCE(NULLIF("
                        + "current_setting('innopark.bulk_subtransactions', true), ''), '0')::int + 1)::text, true)");
            }
            copyNew(connection, table, rows);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
        connection.releaseSavepoint(savepoint);
        return true;
    }

    /** Up to {@link #SAMPLE} rows spread evenly over the chunk. */
    private static List<Object[]> sample(Collection<Object[]> rows) {
        int step = Math.max(1, rows.size() / SAMPLE);
        List<Object[]> sample = new ArrayList<>();
        int i = 0;
        for (Object[] row : rows) {
            if (i++ % step == 0) {
                sample.add(row);
            }
        }
        return sample;
    }

    /**
     * Copies rows of new keys into the table; with the per-row foreign-key triggers replaced by one check per chunk
     * when {@link #triggerFreeParents} allows it. (Updates keep the triggers: they fire only for a row whose
     * foreign-key column changes.)
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

    /**
     * Updates the rows whose stored values differ: they are copied into a staging table private to the transaction,
     * then written by one {@code UPDATE ... FROM}. Returns the rows updated.
     */
    private static long updateChanged(Connection connection, RegistryTable table, List<Object[]> rows)
            throws SQLException {
        String staging = "staging_" + table.name();
        try (Statement st = connection.createStatement()) {
            // Dropped at the end of the transaction (created once per transaction, emptied after use); the columns
            // written may differ from one call to the next, so it is created for the columns of this call.
            st.execute("DROP TABLE IF EXISTS " + staging);
            st.execute("CREATE TEMPORARY TABLE " + staging + " (" + table.ddl() + ") ON COMMIT DROP");
        }
        copy(connection, table, staging, rows);
        String set = table.valueColumns().stream()
                .map(c -> c.name() + " = s." + c.name())
                .collect(Collectors.joining(", "));
        try (Statement st = connection.createStatement()) {
            // Statistics of the key columns only (a temporary table has none until analysed), so that the planner
            // probes the table's key index for a few rows and joins by hash for many.
            st.execute("ANALYZE " + staging + " (" + String.join(", ", table.keyColumns()) + ")");
            long updated = st.executeLargeUpdate("UPDATE " + table.name() + " t SET "
                    + (set.isEmpty() ? "" : set + ", ") + "updated_at = CURRENT_TIMESTAMP FROM " + staging + " s WHERE "
                    + table.keyMatch("t", "s"));
            st.execute("DROP TABLE " + staging);
            return updated;
        }
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
            int found = KeyLookups.withFreshPlans(connection, () -> {
                int locked = 0;
                try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + p.parent() + " WHERE "
                        + p.parentColumn() + " = ANY(?::" + type + "[]) FOR KEY SHARE")) {
                    ps.setArray(1, connection.createArrayOf(type, keys.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            locked++;
                        }
                    }
                }
                return locked;
            });
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

    static String arrayType(RegistryTable.Column column) {
        return switch (column.sqlType()) {
            case java.sql.Types.CHAR -> "bpchar";
            case java.sql.Types.VARCHAR -> "varchar";
            case java.sql.Types.INTEGER -> "int4";
            case java.sql.Types.BIGINT -> "int8";
            case java.sql.Types.DATE -> "date";
            default -> throw new IllegalArgumentException("no array type for key column " + column.name());
        };
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
