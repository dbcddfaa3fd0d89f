package org.innopark.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.registry.RegistryStatistics;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.report.ChineseFigures;
import org.innopark.engine.report.ComposedReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every built-in template rendered on the demo registry (长春, 2025) to PDF, Word and XLSX; the PDF's text holds the
 * figures the API states for the same park and year, and the revenue the registry's own SQL sums give; the Word
 * document read back has its headings, sentences and native charts; page images of each PDF are kept under
 * target/report-artefacts for a person to look at. One application context, so Rhino loads ECharts once.
 */
@H2IntegrationTest
class ReportRenderingIntegrationTests {

    static final String PARK = "CCHTZ";
    static final Path ARTEFACTS = Path.of("target", "report-artefacts");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    ParkReports reports;

    @Autowired
    RegistryStatistics statistics;

    @BeforeEach
    void demo() throws IOException {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        Long monthly = jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report", Long.class);
        if (monthly == null || monthly == 0) {
            loader.loadMonthlyReports(DemoRegistry.SPEC, 24);
        }
        Files.createDirectories(ARTEFACTS);
    }

    @Autowired
    org.innopark.app.monitor.MonitorScans scans;

    @Test
    void theMonitoringReportCountsTheStoredSignalsAndListsTheOpenCases() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM monitor_alert WHERE park_code = ?", Long.class, PARK) == 0) {
            scans.scanAndStore(PARK, "report-test");
        }
        ComposedReport r = reports.compose(ParkScope.park(PARK), PARK, "monitoring-monthly", null)
                .orElseThrow();
        int year = r.year();
        String last = jdbc.queryForObject(
                "SELECT MAX(m.period) FROM monitor_alert m WHERE m.park_code = ? AND m.period LIKE ?",
                String.class,
                PARK,
                year + "-%");
        Long alerts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM monitor_alert WHERE park_code = ? AND period BETWEEN ? AND ?",
                Long.class,
                PARK,
                year + "-01",
                year + "-12");
        assertThat(last).as("the scan raised signals in the report year").isNotNull();
        assertThat(firstParagraph(r).text()).contains("共产生预警信号" + alerts + "个");
        Long open = jdbc.queryForObject(
                "SELECT COUNT(*) FROM monitor_case WHERE park_code = ? AND state <> 'RESOLVED'", Long.class, PARK);
        ComposedReport.Table cases = r.chapters().get(0).sections().get(0).blocks().stream()
                .filter(b -> b instanceof ComposedReport.Table)
                .map(b -> (ComposedReport.Table) b)
                .findFirst()
                .orElseThrow();
        assertThat(cases.rows()).hasSize((int) Math.min(40, open));
        assertThat(reports.compose(ParkScope.park("CZHTZ"), PARK, "monitoring-monthly", null))
                .isEmpty();
    }

    @Autowired
    org.innopark.app.chain.ParkChains chains;

    @Test
    void theChainReportSummarisesEveryChainAndListsItsGapsAsTheAnalysisHasThem() {
        ComposedReport r = reports.compose(ParkScope.park(PARK), PARK, "chain-investment", null)
                .orElseThrow();
        List<ComposedReport.Table> tables = new ArrayList<>();
        for (ComposedReport.Chapter ch : r.chapters()) {
            for (ComposedReport.Section s : ch.sections()) {
                s.blocks().stream()
                        .filter(b -> b instanceof ComposedReport.Table)
                        .forEach(b -> tables.add((ComposedReport.Table) b));
            }
        }
        int gaps = 0;
        for (var chain : chains.chains()) {
            gaps += (int) chains.analyse(ParkScope.park(PARK), PARK, chain.id()).coverage().nodes().stream()
                    .filter(n -> n.strength() != org.innopark.engine.chain.NodeStrength.STRONG)
                    .count();
        }
        assertThat(tables.get(0).rows()).hasSize(chains.chains().size());
        assertThat(tables.get(1).rows()).hasSize(Math.min(80, gaps));
        String said = "共" + gaps + "个";
        assertThat(r.chapters().get(1).sections().get(0).blocks().get(0))
                .isInstanceOfSatisfying(
                        ComposedReport.Paragraph.class,
                        p -> assertThat(p.text()).contains(said));
    }

    @Test
    void theMonthlyBriefingStatesTheYearToDateSumsOfTheMonthlyReports() {
        ComposedReport r = reports.compose(ParkScope.park(PARK), PARK, "monthly-briefing", null)
                .orElseThrow();
        int year = r.year();
        String last = jdbc.queryForObject(
                "SELECT MAX(m.period) FROM monthly_report m JOIN enterprise e ON e.credit_code = m.credit_code"
                        + " WHERE e.park_code = ? AND m.period LIKE ?",
                String.class,
                PARK,
                year + "-%");
        int month = Integer.parseInt(last.substring(5));
        assertThat(r.title()).contains(year + "年1—" + month + "月");
        BigDecimal revenue = jdbc.queryForObject(
                "SELECT SUM(m.revenue) FROM monthly_report m JOIN enterprise e ON e.credit_code = m.credit_code"
                        + " WHERE e.park_code = ? AND m.period BETWEEN ? AND ?",
                BigDecimal.class,
                PARK,
                year + "-01",
                last);
        String first = firstParagraph(r).text();
        assertThat(first)
                .startsWith(year + "年1—" + month + "月，")
                .contains("累计实现营业收入" + ChineseFigures.value(revenue, org.innopark.engine.report.Unit.YUAN));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theWarmUpRendersAReportAndIssuesNothing() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM issued_report", Integer.class);
        assertThat(reports.warmUp()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM issued_report", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void thePdfOfTheAnnualBulletinHoldsTheApisFiguresAndTheRegistrysSums() throws Exception {
        byte[] json = mvc.perform(get("/api/v1/parks/" + PARK + "/reports/annual-bulletin")
                        .param("year", String.valueOf(DemoRegistry.YEAR))
                        .param("format", "json")
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode api = JsonMapper.builder().build().readTree(json);

        var response = mvc.perform(get("/api/v1/parks/" + PARK + "/reports/annual-bulletin")
                        .param("year", String.valueOf(DemoRegistry.YEAR))
                        .param("format", "pdf")
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] pdf = response.getContentAsByteArray();
        // Issued: in the history with the file's hash, and in the audit log; another park's analyst sees neither.
        String sha = ParkReports.sha256(pdf);
        assertThat(response.getHeader("X-Content-SHA256")).isEqualTo(sha);
        assertThat(reports.history(ParkScope.park(PARK), PARK, 5)).anySatisfy(h -> {
            assertThat(h.sha256()).isEqualTo(sha);
            assertThat(h.issuedBy()).isEqualTo(DemoRegistry.CC_ANALYST);
            assertThat(h.format()).isEqualTo("pdf");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'issued_report' AND park_code = ?"
                                + " AND after_json LIKE ?",
                        Long.class,
                        PARK,
                        "%" + sha + "%"))
                .isEqualTo(1L);
        mvc.perform(get("/api/v1/parks/" + PARK + "/reports/history")
                        .with(httpBasic(DemoRegistry.CZ_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = flat(new PDFTextStripper().getText(doc));
            assertThat(doc.getNumberOfPages()).isGreaterThan(8);
            images(doc, "annual-bulletin");
        }
        Files.write(ARTEFACTS.resolve("annual-bulletin.pdf"), pdf);

        List<String> values = new ArrayList<>();
        for (JsonNode t : api.get("traces")) {
            values.add(t.get("value").asString());
        }
        assertThat(values).hasSizeGreaterThan(20);
        for (String v : values) {
            assertThat(text).as("the PDF states the API's figure %s", v).contains(flat(v));
        }
        for (JsonNode ch : api.get("chapters")) {
            assertThat(text)
                    .contains(flat(
                            ch.get("number").asString() + "、" + ch.get("title").asString()));
        }
        // The revenue the registry's SQL sums (a different path from the report's own sums), in the bulletin's words.
        BigDecimal revenue = statistics.reportSumsByYear(PARK).stream()
                .filter(s -> s.year() == DemoRegistry.YEAR)
                .findFirst()
                .orElseThrow()
                .revenue();
        assertThat(text).contains("实现营业收入" + ChineseFigures.amount(revenue) + "，同比");
        assertThat(text).contains("附录\u3000数据来源").contains("RegistryReads.reports(park=CCHTZ,year=2025)");
        assertThat(text).contains("数据截至");
    }

    /**
     * The Word bulletin as a word processor shows it: LibreOffice (Debian's {@code libreoffice-writer-nogui}, installed by
     * {@code .ci/run}) converts the .docx to PDF; its text holds the report's sentences, and its chart pages are drawn in
     * the console's colours (before the series had colours of their own, LibreOffice drew the bars as nothing). Page
     * images are kept as {@code annual-bulletin-docx-page-N.png}.
     */
    @Test
    void theWordBulletinOpensInAWordProcessorWithItsChartsDrawn(@TempDir Path dir) throws Exception {
        ComposedReport r = reports.compose(ParkScope.park(PARK), PARK, "annual-bulletin", DemoRegistry.YEAR)
                .orElseThrow();
        Path docx = dir.resolve("annual-bulletin.docx");
        Files.write(docx, reports.render(r, ParkReports.Format.docx));
        Process soffice;
        try {
            soffice = new ProcessBuilder(
                            "soffice",
                            "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            dir.toString(),
                            docx.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "LibreOffice is needed to open the Word report as a person would: apt-get install -y"
                            + " libreoffice-writer-nogui (.ci/run installs it)",
                    e);
        }
        assertThat(soffice.waitFor(180, java.util.concurrent.TimeUnit.SECONDS))
                .as("soffice finished")
                .isTrue();
        Path pdf = dir.resolve("annual-bulletin.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(8);
            String text = flat(new PDFTextStripper().getText(doc));
            assertThat(text).contains(flat(firstParagraph(r).text()));
            PDFRenderer renderer = new PDFRenderer(doc);
            int[] primary = rgb(ChartOptions.PALETTE.get(0));
            long coloured = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 60);
                coloured += pixelsNear(image, primary);
                if (i < 4 || i % 4 == 0) {
                    ImageIO.write(
                            image,
                            "png",
                            ARTEFACTS
                                    .resolve("annual-bulletin-docx-page-" + (i + 1) + ".png")
                                    .toFile());
                }
            }
            assertThat(coloured)
                    .as(
                            "pixels in the charts' first colour %s over the Word report's pages",
                            ChartOptions.PALETTE.get(0))
                    .isGreaterThan(5_000);
        }
    }

    private static int[] rgb(String hex) {
        byte[] b = HexFormat.of().parseHex(hex.substring(1));
        return new int[] {b[0] & 0xff, b[1] & 0xff, b[2] & 0xff};
    }

    private static long pixelsNear(BufferedImage image, int[] rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - rgb[0]) < 30
                        && Math.abs(((p >> 8) & 0xff) - rgb[1]) < 30
                        && Math.abs((p & 0xff) - rgb[2]) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyTemplateRendersToPdfWordAndXlsxOnTheDemoData() throws Exception {
        ParkScope scope = ParkScope.park(PARK);
        for (String id : ReportTemplates.BUILT_IN) {
            ComposedReport r =
                    reports.compose(scope, PARK, id, DemoRegistry.YEAR).orElseThrow();
            assertThat(r.chapters()).as(id).isNotEmpty();
            byte[] pdf = reports.render(r, ParkReports.Format.pdf);
            Files.write(ARTEFACTS.resolve(id + ".pdf"), pdf);
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                text = flat(new PDFTextStripper().getText(doc));
                if (!id.equals("annual-bulletin")) {
                    images(doc, id);
                }
            }
            assertThat(text).as(id).contains(flat(r.title())).contains("目录");
            for (ComposedReport.Chapter ch : r.chapters()) {
                for (ComposedReport.Section s : ch.sections()) {
                    for (ComposedReport.Block b : s.blocks()) {
                        if (b instanceof ComposedReport.Paragraph p) {
                            assertThat(text).as(id).contains(flat(p.text()));
                        }
                    }
                }
            }
            assertThat(text)
                    .as(id + ": no figure is a NaN or a null")
                    .doesNotContain("NaN")
                    .doesNotContain("null");

            byte[] docx = reports.render(r, ParkReports.Format.docx);
            Files.write(ARTEFACTS.resolve(id + ".docx"), docx);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                List<String> headings = doc.getParagraphs().stream()
                        .filter(p -> "Heading1".equals(p.getStyle()))
                        .map(XWPFParagraph::getText)
                        .toList();
                assertThat(headings).as(id).startsWith(r.chapters().get(0).heading());
                String body =
                        doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
                ComposedReport.Paragraph first = firstParagraph(r);
                assertThat(body).as(id).contains(first.text());
                long charts = r.chapters().stream()
                        .flatMap(c -> c.sections().stream())
                        .flatMap(s -> s.blocks().stream())
                        .filter(b -> b instanceof ComposedReport.Chart c
                                && c.series().stream()
                                        .anyMatch(x -> x.values().stream().anyMatch(v -> v != null)))
                        .count();
                assertThat(doc.getCharts()).as(id + ": native charts").hasSize((int) charts);
            }
            byte[] xlsx = reports.render(r, ParkReports.Format.xlsx);
            Files.write(ARTEFACTS.resolve(id + ".xlsx"), xlsx);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getSheet("数据来源")).as(id).isNotNull();
                assertThat(wb.getNumberOfSheets()).as(id).isGreaterThan(1);
            }
        }
    }

    private static ComposedReport.Paragraph firstParagraph(ComposedReport r) {
        return r.chapters().stream()
                .flatMap(c -> c.sections().stream())
                .flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof ComposedReport.Paragraph)
                .map(b -> (ComposedReport.Paragraph) b)
                .findFirst()
                .orElseThrow();
    }

    /** The first pages and every fourth page as PNG, for a person to look at. */
    private static void images(PDDocument doc, String id) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            if (i < 4 || i % 4 == 0) {
                BufferedImage image = renderer.renderImageWithDPI(i, 60);
                ImageIO.write(
                        image,
                        "png",
                        ARTEFACTS.resolve(id + "-page-" + (i + 1) + ".png").toFile());
            }
        }
    }
}
