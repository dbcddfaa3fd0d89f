package org.innopark.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.report.ParkReports.Format;
import org.innopark.app.security.ParkScope;
import org.innopark.app.shared.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 定期报告: a park's standing orders for reports — a template in a format, issued annually on a month and day (the
 * 统计公报 once the annual reports are in) or monthly on a day — and the run that issues what is due. Each period is
 * issued once: the schedule's period is claimed in the same transaction as the issued report, so two runs (or two
 * servers) never issue it twice, and a period whose day passed while the server was down is issued at the next run.
 * A scheduled report's file is kept under the data directory ({@code issued-reports/PARK/}) for staff to download.
 * Creating and removing a schedule is audited; each issue is audited as the schedule's ({@value #ISSUER}).
 */
@Service
public class ReportSchedules {

    /** Who issues a scheduled report, in the history and the audit log. */
    public static final String ISSUER = "schedule";

    /** The audit log's name for a schedule. */
    public static final String ENTITY = "report_schedule";

    private static final Logger LOG = LoggerFactory.getLogger(ReportSchedules.class);

    /** How often a schedule issues. */
    public enum Cadence {
        ANNUAL,
        MONTHLY
    }

    /**
     * A schedule as listed.
     *
     * @param month 1–12 for an annual schedule, null for a monthly one
     * @param lastPeriod the period last issued ({@code 2026} or {@code 2026-11}), null before the first
     */
    public record Schedule(
            long id,
            String park,
            String templateId,
            String format,
            Cadence cadence,
            Integer month,
            int day,
            String createdBy,
            OffsetDateTime createdAt,
            String lastPeriod,
            Long lastIssuedId) {

        /** The period a day falls in for this schedule, and whether its issue day has come. */
        String period(LocalDate today) {
            return cadence == Cadence.ANNUAL
                    ? String.valueOf(today.getYear())
                    : today.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT));
        }

        boolean due(LocalDate today) {
            LocalDate issueDay =
                    cadence == Cadence.ANNUAL ? LocalDate.of(today.getYear(), month, day) : today.withDayOfMonth(day);
            return !today.isBefore(issueDay) && !period(today).equals(lastPeriod);
        }
    }

    /** What a new schedule asks for; {@link #add} checks it and says what is wrong. */
    public record Request(String templateId, String format, String cadence, Integer month, Integer day) {}

    /** A schedule that cannot be made: the message says which field and what is valid, in both languages. */
    public static final class InvalidSchedule extends RuntimeException {
        InvalidSchedule(String message) {
            super(message);
        }
    }

    private final ParkReports reports;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Path dataDir;

    ReportSchedules(
            ParkReports reports,
            AuditLog audit,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${innopark.data-dir:./data}") String dataDir) {
        this.reports = reports;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.dataDir = Path.of(dataDir);
    }

    /** The park's schedules; empty when the park's reports are not visible to the caller. */
    @Transactional(readOnly = true)
    public List<Schedule> list(ParkScope scope, String park) {
        if (!reports.visible(scope, park)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE park_code = ? ORDER BY id")
                .param(park)
                .query(ReportSchedules::row)
                .list();
    }

    /**
     * Adds a schedule (audited).
     *
     * @return empty when the park's reports are not visible to the caller
     * @throws InvalidSchedule naming the field and what is valid
     */
    @Transactional
    public Optional<Schedule> add(ParkScope scope, String username, String park, Request r) {
        if (!reports.visible(scope, park)) {
            return Optional.empty();
        }
        boolean known = reports.templates(scope, park).stream().anyMatch(t -> t.id().equals(r.templateId()));
        if (!known) {
            throw new InvalidSchedule("模板“" + r.templateId() + "”不存在,可用:" + templateIds(scope, park)
                    + " / no template '" + r.templateId() + "'; valid: " + templateIds(scope, park));
        }
        Format format = Format.parse(r.format());
        if (format == null) {
            throw new InvalidSchedule("格式“" + r.format() + "”无效,应为 pdf、docx 或 xlsx / format '" + r.format()
                    + "' is invalid; valid: pdf, docx, xlsx");
        }
        Cadence cadence;
        try {
            cadence = Cadence.valueOf(
                    r.cadence() == null ? "" : r.cadence().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSchedule("周期“" + r.cadence() + "”无效,应为 ANNUAL(每年)或 MONTHLY(每月)/ cadence '" + r.cadence()
                    + "' is invalid; valid: ANNUAL, MONTHLY");
        }
        Integer month = null;
        if (cadence == Cadence.ANNUAL) {
            if (r.month() == null || r.month() < 1 || r.month() > 12) {
                throw new InvalidSchedule(
                        "月份“" + r.month() + "”无效,每年的报告应为 1–12 / month '" + r.month() + "' is invalid; valid: 1–12");
            }
            month = r.month();
            int last = java.time.Month.of(month).minLength();
            if (r.day() == null || r.day() < 1 || r.day() > last) {
                throw new InvalidSchedule("日期“" + r.day() + "”无效," + month + "月应为 1–" + last + " / day '" + r.day()
                        + "' is invalid; valid in month " + month + ": 1–" + last);
            }
        } else if (r.day() == null || r.day() < 1 || r.day() > 28) {
            throw new InvalidSchedule("日期“" + r.day() + "”无效,每月的报告应为 1–28(每月都有的日子)/ day '" + r.day()
                    + "' is invalid; valid for a monthly report: 1–28 (a day every month has)");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO report_schedule (park_code, template_id, file_format, cadence, run_month, run_day,"
                        + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(park, r.templateId(), format.name(), cadence.name(), month, r.day(), username)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Schedule created = find(id).orElseThrow();
        audit.record(username, AuditLog.Action.CREATE, ENTITY, String.valueOf(id), park, null, describe(created));
        return Optional.of(created);
    }

    /** Removes a schedule of the park (audited); false when there is none the caller may see. */
    @Transactional
    public boolean remove(ParkScope scope, String username, String park, long id) {
        if (!reports.visible(scope, park)) {
            return false;
        }
        Optional<Schedule> s = find(id).filter(x -> x.park().equals(park));
        if (s.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM report_schedule WHERE id = ?").param(id).update();
        audit.record(username, AuditLog.Action.DELETE, ENTITY, String.valueOf(id), park, describe(s.get()), null);
        return true;
    }

    /**
     * Issues every report due on {@code today} that has not been issued for its period, each in its own
     * transaction (one failing — a template removed, a park without data — does not stop the others).
     *
     * @return the reports issued
     */
    public List<ParkReports.Issued> runDue(LocalDate today) {
        List<Schedule> all =
                jdbc.sql(SELECT + " ORDER BY id").query(ReportSchedules::row).list();
        List<ParkReports.Issued> issued = new ArrayList<>();
        for (Schedule s : all) {
            if (!s.due(today)) {
                continue;
            }
            try {
                ParkReports.Issued one = transaction.execute(tx -> issue(s, today));
                if (one != null) {
                    issued.add(one);
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "定期报告 {} ({} {}) 未能生成 / scheduled report not issued: {}",
                        s.id(),
                        s.park(),
                        s.templateId(),
                        e.toString());
            }
        }
        return issued;
    }

    private ParkReports.Issued issue(Schedule s, LocalDate today) {
        String period = s.period(today);
        int claimed = jdbc.sql("UPDATE report_schedule SET last_period = ? WHERE id = ?"
                        + " AND (last_period IS NULL OR last_period <> ?)")
                .params(period, s.id(), period)
                .update();
        if (claimed == 0) {
            return null; // another run issued it meanwhile
        }
        Optional<ParkReports.Rendered> rendered = reports.issue(
                ParkScope.ALL, ISSUER, s.park(), s.templateId(), null, Format.parse(s.format()), null, true);
        if (rendered.isEmpty()) {
            // No data (or the template is gone): nothing to issue this period; the period stays claimed so that the
            // run does not retry every day, and the reason is in the log.
            LOG.warn("定期报告 {}: 园区 {} 无年报数据或模板 {} 不存在 / no data or no template", s.id(), s.park(), s.templateId());
            return null;
        }
        ParkReports.Rendered r = rendered.get();
        long issuedId = r.id();
        Path relative = Path.of("issued-reports", s.park(), issuedId + "-" + r.fileName());
        Path file = dataDir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, out -> out.write(r.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("报告文件无法保存 / the report file cannot be stored: " + relative, e);
        }
        jdbc.sql("UPDATE issued_report SET stored_file = ? WHERE id = ?")
                .params(relative.toString().replace('\\', '/'), issuedId)
                .update();
        jdbc.sql("UPDATE report_schedule SET last_issued_id = ? WHERE id = ?")
                .params(issuedId, s.id())
                .update();
        return reports.issued(issuedId).orElseThrow();
    }

    /**
     * The file of an issued report that was kept (a scheduled one), if the caller may see the park's reports.
     *
     * @return empty when not visible, not kept, or the file is gone or no longer matches its SHA-256
     */
    @Transactional(readOnly = true)
    public Optional<StoredReport> stored(ParkScope scope, String park, long id) {
        if (!reports.visible(scope, park)) {
            return Optional.empty();
        }
        Optional<ParkReports.Issued> issued =
                reports.issued(id).filter(i -> i.park().equals(park));
        Optional<String> path = issued.isEmpty()
                ? Optional.empty()
                : jdbc.sql("SELECT stored_file FROM issued_report WHERE id = ? AND stored_file IS NOT NULL")
                        .param(id)
                        .query(String.class)
                        .optional();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path file = dataDir.resolve(path.get()).normalize();
        if (!file.startsWith(dataDir.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!ParkReports.sha256(bytes).equals(issued.get().sha256())) {
                LOG.warn("报告文件与出具记录的 SHA-256 不符 / stored report does not match its SHA-256: {}", file);
                return Optional.empty();
            }
            return Optional.of(
                    new StoredReport(issued.get(), Format.parse(issued.get().format()), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A kept report's file with its line of the history. */
    public record StoredReport(ParkReports.Issued issued, Format format, byte[] bytes) {}

    private Optional<Schedule> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(ReportSchedules::row)
                .optional();
    }

    private String templateIds(ParkScope scope, String park) {
        return String.join(
                ", ",
                reports.templates(scope, park).stream()
                        .map(ParkReports.TemplateInfo::id)
                        .toList());
    }

    private static Map<String, Object> describe(Schedule s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("template", s.templateId());
        m.put("format", s.format());
        m.put("cadence", s.cadence().name());
        m.put("month", s.month());
        m.put("day", s.day());
        return m;
    }

    private static final String SELECT = "SELECT id, park_code, template_id, file_format, cadence, run_month, run_day,"
            + " created_by, created_at, last_period, last_issued_id FROM report_schedule";

    private static Schedule row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        int month = rs.getInt(6);
        boolean noMonth = rs.wasNull();
        long last = rs.getLong(11);
        boolean noLast = rs.wasNull();
        return new Schedule(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Cadence.valueOf(rs.getString(5)),
                noMonth ? null : month,
                rs.getInt(7),
                rs.getString(8),
                rs.getObject(9, OffsetDateTime.class),
                rs.getString(10),
                noLast ? null : last);
    }
}
