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
import java.util.Collections;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Upserts many rows into a registry table by its natural key, with the database's bulk path: rows go into a
 * transaction-private staging table (created once per transaction, emptied after use: dropping it would commit on H2) (PostgreSQL {@code COPY}, or JDBC batches on H2), then one standard-SQL
 * {@code MERGE} inserts the new keys and updates only the rows whose values differ. Runs on the caller's
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
        Dialect dialect = Dialect.of(connection);
        String staging = "staging_" + table.name();
        try (Statement st = connection.createStatement()) {
            st.execute(dialect.createStagingTable(staging, table.ddl()));
            st.execute("DELETE FROM " + staging);
        }
        if (dialect == Dialect.POSTGRESQL) {
            copy(connection, table, staging, rows);
            try (Statement st = connection.createStatement()) {
                // Temporary tables have no statistics until analysed; without them the planner joins blindly.
                st.execute("ANALYZE " + staging);
            }
        } else {
            batchInsert(connection, table, staging, rows);
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

    private static void batchInsert(Connection connection, RegistryTable table, String staging,
            Collection<Object[]> rows) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO " + staging + " (" + table.columnList("") + ") VALUES (" + marks + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, table.columns().get(i).sqlType());
                    } else {
                        ps.setObject(i + 1, row[i], table.columns().get(i).sqlType());
                    }
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void copy(Connection connection, RegistryTable table, String staging, Collection<Object[]> rows)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + staging + " (" + table.columnList("") + ") FROM STDIN WITH (FORMAT csv)");
        try {
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
