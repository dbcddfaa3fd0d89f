package org.innopark.app.operations;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Service;

/**
 * 备份与恢复: the whole database as one zip file, the same on H2 and PostgreSQL, so that a backup of one restores into
 * the other. Every table the migrations created (found in the database's catalogue, parents before children by
 * their foreign keys) is written as one entry in PostgreSQL's {@code COPY} text format (tab-separated, {@code \N} for
 * NULL, backslash escapes), with a manifest holding the schema version and each table's row count. A restore goes
 * into a database migrated to the same schema version: in one transaction it empties every table (children first),
 * loads the backup's rows with JDBC batches, checks the counts against the manifest, and moves each identity column
 * past its largest value. Nothing is changed when anything fails.
 */
@Service
public class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";
    static final int FORMAT = 1;
    private static final int BATCH = 1_000;
    private static final String HISTORY = "flyway_schema_history";

    private final DataSource dataSource;
    private final Flyway flyway;

    private final org.springframework.context.ApplicationEventPublisher events;

    DatabaseBackup(DataSource dataSource, Flyway flyway, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    /** What a backup or a restore moved: rows by table, in dependency order. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Thrown when a file is not a backup this version can restore, with the reason in both languages. */
    public static final class NotRestorable extends RuntimeException {
        NotRestorable(String message) {
            super(message);
        }
    }

    private String schemaVersion() {
        var current = flyway.info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }

    /** Writes every table into the zip file, read in one repeatable snapshot (one read-only transaction). */
    public Summary backup(Path out) throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        String version = schemaVersion();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            List<String> tables = tablesInOrder(c);
            Path partial = out.resolveSibling(out.getFileName() + ".partial");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                int n = 0;
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry(entryName(++n, table)));
                    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                    counts.put(table, writeTable(c, table, w));
                    w.flush();
                    zip.closeEntry();
                }
                Properties manifest = new Properties();
                manifest.setProperty("format", Integer.toString(FORMAT));
                manifest.setProperty("schema-version", version);
                manifest.setProperty("tables", String.join(",", tables));
                counts.forEach((t, rows) -> manifest.setProperty("rows." + t, Long.toString(rows)));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "InnoPark backup");
                zip.closeEntry();
            } catch (IOException | SQLException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            } finally {
                c.rollback();
            }
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new Summary(version, counts);
    }

    /** Replaces the database's rows with the backup's, all or nothing. */
    public Summary restore(Path in) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(in.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new NotRestorable(
                        "不是 InnoPark 备份文件(缺少 " + MANIFEST + ") / not an InnoPark backup (no " + MANIFEST + ")");
            }
            Properties manifest = new Properties();
            try (var r = new InputStreamReader(zip.getInputStream(manifestEntry), StandardCharsets.ISO_8859_1)) {
                manifest.load(r);
            }
            String version = manifest.getProperty("schema-version", "");
            if (!Integer.toString(FORMAT).equals(manifest.getProperty("format"))) {
                throw new NotRestorable("备份格式不受支持 / unsupported backup format " + manifest.getProperty("format"));
            }
            if (!version.equals(schemaVersion())) {
                throw new NotRestorable("备份的数据库结构版本为 " + version + ",本数据库为 " + schemaVersion()
                        + ",请恢复到同一版本 / the backup is of schema version " + version + ", this database is at "
                        + schemaVersion() + ": restore into the same version");
            }
            List<String> backedUp = List.of(manifest.getProperty("tables", "").split(","));
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    List<String> tables = tablesInOrder(c);
                    if (!new LinkedHashSet<>(tables).equals(new LinkedHashSet<>(backedUp))) {
                        throw new NotRestorable("备份的表与本数据库不一致 / the backup's tables " + backedUp
                                + " are not this database's " + tables);
                    }
                    try (Statement st = c.createStatement()) {
                        for (int i = tables.size() - 1; i >= 0; i--) {
                            st.executeUpdate("DELETE FROM " + tables.get(i));
                        }
                    }
                    for (int n = 0; n < tables.size(); n++) {
                        String table = tables.get(n);
                        ZipEntry entry = zip.getEntry(entryName(n + 1, table));
                        if (entry == null) {
                            throw new NotRestorable("备份缺少表 " + table + " / the backup lacks table " + table);
                        }
                        try (BufferedReader r = new BufferedReader(
                                new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                            long rows = readTable(c, table, r);
                            long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
                            if (rows != expected) {
                                throw new NotRestorable("表 " + table + " 的行数与备份清单不符 / table " + table + " holds " + rows
                                        + " rows in the backup, its manifest says " + expected);
                            }
                            counts.put(table, rows);
                        }
                        restartIdentities(c, table);
                    }
                    c.commit();
                } catch (IOException | SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
            events.publishEvent(new DatabaseRestored(in.getFileName().toString()));
            return new Summary(version, counts);
        }
    }

    private static String entryName(int n, String table) {
        return String.format(Locale.ROOT, "%03d-%s.tsv", n, table);
    }

    /** The migrated tables, parents before children (by foreign keys), then by name. */
    static List<String> tablesInOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> all = new java.util.TreeSet<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(HISTORY)) {
                    all.add(name);
                }
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : all) {
            Set<String> ps = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), schema, table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(table) && all.contains(parent)) {
                        ps.add(parent);
                    }
                }
            }
            parents.put(table, ps);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < all.size()) {
            boolean progress = false;
            for (String table : all) {
                if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
                    placed.add(table);
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + all);
            }
        }
        return ordered;
    }

    /** The kinds of value a column holds, from its JDBC type (and PostgreSQL's type name for timestamptz). */
    private enum Kind {
        TEXT,
        WHOLE,
        DECIMAL,
        FLOATING,
        BOOL,
        DATE,
        TIMESTAMP,
        TIMESTAMP_TZ;

        static Kind of(ResultSetMetaData md, int i) throws SQLException {
            String typeName = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
            return switch (md.getColumnType(i)) {
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> WHOLE;
                case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
                case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOATING;
                case Types.BOOLEAN, Types.BIT -> BOOL;
                case Types.DATE -> DATE;
                case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
                case Types.TIMESTAMP ->
                    typeName.contains("tz") || typeName.contains("time zone") ? TIMESTAMP_TZ : TIMESTAMP;
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR -> TEXT;
                default -> throw new IllegalStateException("column type " + typeName + " cannot be backed up");
            };
        }
    }

    private static long writeTable(Connection c, String table, Writer w) throws SQLException, IOException {
        long rows = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(1_000);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                Kind[] kinds = new Kind[n];
                StringBuilder header = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    kinds[i - 1] = Kind.of(md, i);
                    header.append(i > 1 ? "\t" : "").append(md.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                w.write(header.append('\n').toString());
                StringBuilder line = new StringBuilder();
                while (rs.next()) {
                    line.setLength(0);
                    for (int i = 1; i <= n; i++) {
                        if (i > 1) {
                            line.append('\t');
                        }
                        String text = text(rs, i, kinds[i - 1]);
                        if (text == null) {
                            line.append("\\N");
                        } else {
                            escape(line, text);
                        }
                    }
                    w.write(line.append('\n').toString());
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String text(ResultSet rs, int i, Kind kind) throws SQLException {
        Object v = switch (kind) {
            case TEXT -> rs.getString(i);
            case WHOLE -> rs.getObject(i) == null ? null : rs.getLong(i);
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(i);
                yield d == null ? null : d.toPlainString();
            }
            case FLOATING -> rs.getObject(i) == null ? null : rs.getDouble(i);
            case BOOL -> rs.getObject(i) == null ? null : rs.getBoolean(i);
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case TIMESTAMP_TZ -> rs.getObject(i, OffsetDateTime.class);
        };
        return v == null ? null : v.toString();
    }

    private static Object value(String text, Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case WHOLE -> Long.parseLong(text);
            case DECIMAL -> new BigDecimal(text);
            case FLOATING -> Double.parseDouble(text);
            case BOOL -> Boolean.parseBoolean(text);
            case DATE -> LocalDate.parse(text);
            case TIMESTAMP -> LocalDateTime.parse(text);
            case TIMESTAMP_TZ -> OffsetDateTime.parse(text);
        };
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    /** The fields of one line: {@code \N} is NULL, backslash escapes undone. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean nullField = false;
        for (int i = 0; i <= line.length(); i++) {
            char ch = i < line.length() ? line.charAt(i) : '\t';
            if (ch == '\t') {
                out.add(nullField ? null : field.toString());
                field.setLength(0);
                nullField = false;
            } else if (ch == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                switch (next) {
                    case 'N' -> nullField = true;
                    case 't' -> field.append('\t');
                    case 'n' -> field.append('\n');
                    case 'r' -> field.append('\r');
                    default -> field.append(next);
                }
            } else {
                field.append(ch);
            }
        }
        return out;
    }

    private static long readTable(Connection c, String table, BufferedReader r) throws SQLException, IOException {
        String header = r.readLine();
        if (header == null) {
            throw new NotRestorable("表 " + table + " 的备份为空 / the backup of table " + table + " is empty");
        }
        List<String> columns = fields(header);
        Kind[] kinds = new Kind[columns.size()];
        try (Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= kinds.length; i++) {
                kinds[i - 1] = Kind.of(md, i);
            }
        }
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")")) {
            int pending = 0;
            String line;
            while ((line = r.readLine()) != null) {
                List<String> values = fields(line);
                if (values.size() != columns.size()) {
                    throw new NotRestorable("表 " + table + " 第" + (rows + 2) + "行的列数不对 / table " + table + ", line "
                            + (rows + 2) + ": " + values.size() + " fields, " + columns.size() + " expected");
                }
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    if (v == null) {
                        ps.setObject(i + 1, null);
                    } else {
                        ps.setObject(i + 1, value(v, kinds[i]));
                    }
                }
                ps.addBatch();
                rows++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    /** Moves each identity column of the table past the largest value restored, so that new rows get new ids. */
    private static void restartIdentities(Connection c, String table) throws SQLException {
        List<String> identities = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (md.isAutoIncrement(i)) {
                    identities.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String column : identities) {
            long next;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
            }
        }
    }
}
