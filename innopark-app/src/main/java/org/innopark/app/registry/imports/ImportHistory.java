package org.innopark.app.registry.imports;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 导入记录: every import attempt, accepted or rejected: who, when, which file (name and SHA-256), how many rows, and
 * what it did.
 */
@Service
public class ImportHistory {

    /** One import attempt as recorded. */
    public record Entry(
            long id,
            String tables,
            String fileName,
            String sha256,
            String username,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            int rows,
            int inserted,
            int updated,
            int unchanged,
            int errors,
            String status) {}

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ImportHistory(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Records an attempt in the caller's transaction, and the same attempt in the audit log (under the importer's
     * park, null for a system administrator); returns its id.
     */
    long record(ImportReport report, String status, String username, String parkCode, OffsetDateTime started) {
        String tables = String.join(
                ",",
                report.tables().stream()
                        .map(ImportReport.TableCounts::table)
                        .distinct()
                        .toList());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "INSERT INTO import_record (table_name, file_name, file_sha256, username,"
                                    + " started_at, finished_at, row_count, inserted_count, updated_count, unchanged_count,"
                                    + " error_count, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, clip(tables.isEmpty() ? "-" : tables, 40));
                    ps.setString(2, clip(report.fileName(), 255));
                    ps.setString(3, report.sha256());
                    ps.setString(4, clip(username, 64));
                    ps.setTimestamp(5, Timestamp.from(started.toInstant()));
                    ps.setTimestamp(6, Timestamp.from(OffsetDateTime.now().toInstant()));
                    ps.setInt(7, toInt(report.rows()));
                    ps.setInt(8, toInt(report.inserted()));
                    ps.setInt(9, toInt(report.updated()));
                    ps.setInt(10, toInt(report.unchanged()));
                    ps.setInt(11, toInt(report.errorCount()));
                    ps.setString(12, status);
                    return ps;
                },
                keys);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("tables", tables);
        file.put("sha256", report.sha256());
        file.put("status", status);
        file.put("rows", toInt(report.rows()));
        file.put("inserted", toInt(report.inserted()));
        file.put("updated", toInt(report.updated()));
        file.put("unchanged", toInt(report.unchanged()));
        file.put("errors", toInt(report.errorCount()));
        audit.record(
                username, AuditLog.Action.IMPORT, AuditLog.IMPORT, clip(report.fileName(), 120), parkCode, null, file);
        return keys.getKey().longValue();
    }

    /** The latest imports, newest first: all of them for a system administrator, else the user's own. */
    @Transactional(readOnly = true)
    public List<Entry> list(String username, boolean all, int limit) {
        String where = all ? "" : " WHERE username = ?";
        Object[] args = all ? new Object[0] : new Object[] {username};
        return jdbc.query(
                "SELECT id, table_name, file_name, file_sha256, username, started_at, finished_at,"
                        + " row_count, inserted_count, updated_count, unchanged_count, error_count, status"
                        + " FROM import_record" + where + " ORDER BY id DESC LIMIT "
                        + Math.max(1, Math.min(limit, 1000)),
                (rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        time(rs.getTimestamp(6)),
                        time(rs.getTimestamp(7)),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getString(13)),
                args);
    }

    private static OffsetDateTime time(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static int toInt(long v) {
        return (int) Math.min(Integer.MAX_VALUE, v);
    }
}
