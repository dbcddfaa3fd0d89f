package org.innopark.app.report;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.index.ParkIndex;
import org.innopark.app.ladder.ParkLadder;
import org.innopark.app.overview.ParkOverview;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStatistics;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.report.ComposedReport;
import org.innopark.engine.report.ReportComposer;
import org.innopark.engine.report.ReportTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's reports: the templates it can use, a report composed from its data, rendered to PDF, Word or XLSX and
 * recorded in the history of issued reports (audited), and that history. Only the park's staff (or a system
 * administrator) get a park's reports: an enterprise user's scope never includes them.
 */
@Service
public class ParkReports {

    /** The formats a report is issued in. */
    public enum Format {
        pdf("application/pdf"),
        docx("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        /** Parses a format name; null for anything else. */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * A template as offered: id, names, version, confidence and source, and what it is of when not the whole park
     * ({@code chain}: one industry chain, chosen when the report is asked for; null otherwise).
     */
    public record TemplateInfo(
            String id,
            String nameZh,
            String nameEn,
            String version,
            String confidence,
            String source,
            String subject) {}

    /** The setting of a template that is of one industry chain ({@code settings: subject: chain}). */
    static final String SUBJECT = "subject";

    static final String CHAIN = "chain";

    /** An issued report's file, with its id in the history. */
    public record Rendered(
            long id, String fileName, Format format, byte[] bytes, String sha256, ComposedReport report) {}

    /** A line of the history. */
    public record Issued(
            long id,
            String park,
            String templateId,
            String templateVersion,
            int year,
            String format,
            String fileName,
            String sha256,
            long sizeBytes,
            String issuedBy,
            boolean scheduled,
            OffsetDateTime issuedAt,
            boolean stored) {}

    private final RegistryReads registry;
    private final RegistryStatistics statistics;
    private final ParkOverview overview;
    private final ParkLadder ladder;
    private final InnovationPoints points;
    private final ParkIndex index;
    private final org.innopark.app.monitor.MonitorCases monitor;
    private final org.innopark.app.chain.ParkChains chains;
    private final ReportChapters chapters;
    private final ObjectProvider<ChartRenderer> charts;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ReportTemplates templates;
    private final ReportComposer composer = new ReportComposer(ReportIndicators.vocabulary());

    ParkReports(
            RegistryReads registry,
            RegistryStatistics statistics,
            ParkOverview overview,
            ParkLadder ladder,
            InnovationPoints points,
            ParkIndex index,
            org.innopark.app.monitor.MonitorCases monitor,
            org.innopark.app.chain.ParkChains chains,
            ReportChapters chapters,
            ObjectProvider<ChartRenderer> charts,
            AuditLog audit,
            JdbcClient jdbc,
            @Value("${innopark.data-dir:./data}") String dataDir) {
        this.registry = registry;
        this.statistics = statistics;
        this.overview = overview;
        this.ladder = ladder;
        this.points = points;
        this.index = index;
        this.monitor = monitor;
        this.chains = chains;
        this.chapters = chapters;
        this.charts = charts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.templates = new ReportTemplates(Path.of(dataDir).resolve("report-templates"));
    }

    /** Whether the caller may read the park's reports: the park exists, is in scope, and the caller is park staff. */
    public boolean visible(ParkScope scope, String park) {
        return park != null && scope.enterprise().isEmpty() && scope.includesPark(park) && registry.parkExists(park);
    }

    /** The templates the park can use (its own files included); empty when the park is not visible. */
    public List<TemplateInfo> templates(ParkScope scope, String park) {
        if (!visible(scope, park)) {
            return List.of();
        }
        return templates.all(park).values().stream()
                .map(t -> new TemplateInfo(
                        t.header().id(),
                        t.header().nameZh(),
                        t.header().nameEn(),
                        t.header().version(),
                        t.header().confidence().key(),
                        t.header().source(),
                        t.settings().get(SUBJECT)))
                .toList();
    }

    /** The years the park has annual reports for, newest first. */
    public List<Integer> years(ParkScope scope, String park) {
        if (!visible(scope, park)) {
            return List.of();
        }
        return statistics.reportSumsByYear(park).stream()
                .map(RegistryStatistics.ReportSums::year)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /**
     * The report composed from the park's data; empty when the park is not visible, the template does not exist,
     * or the park has no annual reports (and no year was asked for).
     *
     * @param year null for the park's latest report year
     */
    public Optional<ComposedReport> compose(ParkScope scope, String park, String templateId, Integer year) {
        return compose(scope, park, templateId, year, null);
    }

    /**
     * The report composed from the park's data, of a chain when the template is of one ({@code subject: chain}).
     *
     * @param chain the chain's id, or null for the chain of the park's data with the most patents; ignored by a
     *     template of the whole park
     * @param year null for the park's latest report year, or for a chain's report the last filing year complete
     *     after the 18-month publication lag
     * @throws org.innopark.app.patent.PatentNotFoundException when the chain has no patent tagging rules
     */
    public Optional<ComposedReport> compose(
            ParkScope scope, String park, String templateId, Integer year, String chain) {
        if (!visible(scope, park)) {
            return Optional.empty();
        }
        Optional<ReportTemplate> template = templates.load(park, templateId);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> settings = template.get().settings();
        if (CHAIN.equals(settings.get(SUBJECT))) {
            String chainId = chainOf(scope, park, templateId, chain);
            settings = new LinkedHashMap<>(settings);
            settings.put(CHAIN, chainId);
            if (year == null) {
                year = patents().landscape(scope, park, chainId).landscape().lastCompleteYear();
            }
        }
        Integer y = year != null
                ? year
                : "monthly".equals(template.get().settings().get("period"))
                        ? registry.latestMonthlyPeriod(park)
                                .map(java.time.YearMonth::getYear)
                                .orElse(null)
                        : registry.latestReportYear(park, null).orElse(null);
        if (y == null) {
            return Optional.empty();
        }
        String name = registry.parkName(park).orElse(park);
        ReportSources sources = new ReportSources(
                registry, statistics, overview, ladder, points, index, monitor, chains, chapters, scope);
        ParkReportData data = new ParkReportData(sources, park, name, y, LocalDate.now(), settings);
        return Optional.of(composer.compose(template.get(), data));
    }

    private org.innopark.app.patent.ParkPatents patents() {
        return chapters.patents();
    }

    /**
     * The chain a report is of: null for a template of the whole park; the chain asked for (checked against the
     * chains with tagging rules), or the park's busiest one.
     */
    private String chainOf(ParkScope scope, String park, String templateId, String chain) {
        Optional<ReportTemplate> template = templates.load(park, templateId);
        if (template.isEmpty() || !CHAIN.equals(template.get().settings().get(SUBJECT))) {
            return null;
        }
        return chain != null ? patents().rules().chain(chain.strip()).id() : busiestChain(scope, park);
    }

    /** The chain with the most of the park's patents tagged to it; the first chain with rules when none has any. */
    private String busiestChain(ParkScope scope, String park) {
        String best = null;
        int most = -1;
        for (var c : patents().rules().chains()) {
            int tagged = patents().navigationScope(scope, park, c.id()).tagged();
            if (tagged > most) {
                most = tagged;
                best = c.id();
            }
        }
        return best;
    }

    /** Renders a composed report. */
    public byte[] render(ComposedReport report, Format format) {
        return switch (format) {
            case pdf -> new PdfReport(charts.getObject()).render(report);
            case docx -> new WordReport().render(report);
            case xlsx -> SpreadsheetAppendix.render(report);
        };
    }

    /**
     * Composes, renders and records a report as issued by the user (audited, in the same transaction).
     *
     * @return empty as {@link #compose}
     */
    @Transactional
    public Optional<Rendered> issue(
            ParkScope scope, String username, String park, String templateId, Integer year, Format format) {
        return issue(scope, username, park, templateId, year, format, null, false);
    }

    /** As {@link #issue(ParkScope, String, String, String, Integer, Format)}, of a chain (see {@link #compose}). */
    @Transactional
    public Optional<Rendered> issue(
            ParkScope scope,
            String username,
            String park,
            String templateId,
            Integer year,
            Format format,
            String chain) {
        return issue(scope, username, park, templateId, year, format, chain, false);
    }

    @Transactional
    Optional<Rendered> issue(
            ParkScope scope,
            String username,
            String park,
            String templateId,
            Integer year,
            Format format,
            String chain,
            boolean scheduled) {
        String chainId = visible(scope, park) ? chainOf(scope, park, templateId, chain) : null;
        Optional<ComposedReport> composed = compose(scope, park, templateId, year, chainId);
        if (composed.isEmpty()) {
            return Optional.empty();
        }
        ComposedReport report = composed.get();
        byte[] bytes = render(report, format);
        String sha = sha256(bytes);
        String of = chainId == null ? "" : "-" + chainId;
        String fileName = park + "-" + report.template().id() + of + "-" + report.year() + "." + format.name();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO issued_report (park_code, template_id, template_version, report_year,"
                        + " file_format, file_name, sha256, size_bytes, issued_by, scheduled)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        park,
                        report.template().id(),
                        report.template().version(),
                        report.year(),
                        format.name(),
                        fileName,
                        sha,
                        (long) bytes.length,
                        username,
                        scheduled)
                .update(keys, "id");
        Number id = keys.getKey();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("template", report.template().id());
        after.put("templateVersion", report.template().version());
        after.put("year", report.year());
        if (chainId != null) {
            after.put(CHAIN, chainId);
        }
        after.put("format", format.name());
        after.put("fileName", fileName);
        after.put("sha256", sha);
        after.put("sizeBytes", bytes.length);
        after.put("scheduled", scheduled);
        audit.record(username, AuditLog.Action.CREATE, ISSUED_REPORT, String.valueOf(id), park, null, after);
        return Optional.of(new Rendered(id.longValue(), fileName, format, bytes, sha, report));
    }

    /**
     * Renders one report to nothing in a background thread of low priority, so that the first officer to ask for a
     * report after the server starts does not wait for the chart library to load (seconds in Rhino) and for the PDF
     * classes to load: the {@code serve} command calls it once the server is up.
     */
    public void warmUpInBackground() {
        Thread t = new Thread(
                () -> {
                    try {
                        warmUp();
                    } catch (RuntimeException e) {
                        LOG.debug("report warm-up failed", e);
                    }
                },
                "report-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Composes and renders the annual bulletin of the first park with annual reports; false when there is none. */
    boolean warmUp() {
        for (String park : registry.parkCodes()) {
            Optional<ComposedReport> r = compose(ParkScope.ALL, park, "annual-bulletin", null);
            if (r.isPresent()) {
                render(r.get(), Format.pdf);
                return true;
            }
        }
        return false;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParkReports.class);

    /** The audit log's name for an issued report. */
    public static final String ISSUED_REPORT = "issued_report";

    /** The park's issued reports, newest first; empty when the park is not visible. */
    @Transactional(readOnly = true)
    public List<Issued> history(ParkScope scope, String park, int limit) {
        if (!visible(scope, park)) {
            return List.of();
        }
        return jdbc
                .sql(ISSUED + " WHERE park_code = ? ORDER BY issued_at DESC, id DESC")
                .param(park)
                .query(ParkReports::issuedRow)
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    /** One line of the history by its id, whoever's park it is (callers check the park). */
    Optional<Issued> issued(long id) {
        return jdbc.sql(ISSUED + " WHERE id = ?")
                .param(id)
                .query(ParkReports::issuedRow)
                .optional();
    }

    private static final String ISSUED =
            "SELECT id, park_code, template_id, template_version, report_year, file_format,"
                    + " file_name, sha256, size_bytes, issued_by, scheduled, issued_at, stored_file FROM issued_report";

    private static Issued issuedRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Issued(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getLong(9),
                rs.getString(10),
                rs.getBoolean(11),
                rs.getObject(12, OffsetDateTime.class),
                rs.getString(13) != null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
