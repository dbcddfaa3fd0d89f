package org.innopark.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.app.report.ComposedText.flat;
import static org.innopark.app.report.ComposedText.paragraphs;
import static org.innopark.app.report.ComposedText.tables;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.incubation.DemoIncubation;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.talent.TalentDemo;
import org.innopark.app.transfer.TransferDemoLoader;
import org.innopark.engine.demo.DemoTransfer;
import org.innopark.engine.report.ChineseFigures;
import org.innopark.engine.report.ComposedReport;
import org.innopark.engine.report.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 孵化载体年报 and the 技术转移报告 on the demo park (长春, 2025, with its tenancies, talents and contracts): their
 * headline sentences carry the figures the test counts itself in SQL, in the PDF's text and the Word document; a
 * park with no carriers and no contracts gets 数据缺失 with the reason, never 0.
 */
@H2IntegrationTest
class FeatureReportsIntegrationTests {

    static final String PARK = "CCHTZ";
    static final String EMPTY = "EMPTYRPT";
    static final int YEAR = DemoRegistry.YEAR;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    ParkReports reports;

    @Autowired
    DemoIncubation incubation;

    @Autowired
    TalentDemo talents;

    @Autowired
    TransferDemoLoader transfer;

    @BeforeEach
    void demo() throws Exception {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        // the demo's own tenancies, whatever other tests of this context wrote for the park before
        incubation.load(PARK, LocalDate.now());
        if (talents.isEmpty()) {
            talents.load(7, LocalDate.now());
        }
        if (transfer.isEmpty()) {
            transfer.load(7, new DemoTransfer.Sizes(12, 6, 6, 5));
        }
        if (count("SELECT COUNT(*) FROM park WHERE code = ?", EMPTY) == 0) {
            jdbc.update(
                    "INSERT INTO park (code, name, level, region_code, province, city) VALUES (?, ?, ?, ?, ?, ?)",
                    EMPTY,
                    "空白测试高新区",
                    "NATIONAL",
                    "220100",
                    "吉林省",
                    "长春市");
        }
        Files.createDirectories(ReportRenderingIntegrationTests.ARTEFACTS);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static String yearStart() {
        return YEAR + "-01-01";
    }

    private static String yearEnd() {
        return YEAR + "-12-31";
    }

    @Test
    void theIncubationReportStatesTheCarriersAndTheYearsEntriesAndGraduationsAsTheTablesHoldThem() throws Exception {
        // the latest year with an entry (other tests may have written tenancies of their own beside the demo's)
        int year = jdbc.queryForObject(
                "SELECT MAX(EXTRACT(YEAR FROM entry_date)) FROM incubation_tenancy WHERE park_code = ?"
                        + " AND entry_date <= CURRENT_DATE",
                Integer.class,
                PARK);
        ComposedReport r = reports.compose(ParkScope.park(PARK), PARK, "incubation-annual", year)
                .orElseThrow();
        String from = year + "-01-01";
        String to = LocalDate.of(year, 12, 31).isAfter(LocalDate.now())
                ? LocalDate.now().toString()
                : year + "-12-31";
        long carriers = count("SELECT COUNT(*) FROM carrier WHERE park_code = ?", PARK);
        long entered = count(
                "SELECT COUNT(*) FROM incubation_tenancy WHERE park_code = ? AND entry_date BETWEEN ? AND ?",
                PARK,
                java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to));
        long graduated = count(
                "SELECT COUNT(*) FROM incubation_tenancy WHERE park_code = ? AND graduation_date BETWEEN ? AND ?",
                PARK,
                java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to));
        long people = count("SELECT COUNT(*) FROM talent_profile WHERE park_code = ?", PARK);
        assertThat(carriers).isPositive();
        assertThat(entered).as("tenancies entered in " + year).isPositive();
        assertThat(people).isPositive();

        List<String> sentences = paragraphs(r);
        assertThat(sentences.get(0)).contains("园区共有孵化载体" + carriers + "个");
        assertThat(sentences)
                .anySatisfy(
                        s -> assertThat(s).contains("年新入孵企业" + entered + "家").contains("毕业企业" + graduated + "家"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("园区在册人才" + people + "人"));
        // the 毕业率 is there, or 数据缺失 with its reason
        assertThat(sentences).anySatisfy(s -> assertThat(s).containsPattern("毕业率为?(\\d|数据缺失（)"));
        assertThat(sentences.get(0)).doesNotContain("数据缺失");
        ComposedReport.Table evaluation = tables(r).stream()
                .filter(t -> t.title().contains("国家级"))
                .findFirst()
                .orElseThrow();
        assertThat(evaluation.rows()).hasSize((int) carriers);

        rendered(r, "incubation-annual");
    }

    @Test
    void theTransferReportCountsTheContractsTheParksEnterprisesSoldAndBought() throws Exception {
        ComposedReport r = reports.compose(ParkScope.park(PARK), PARK, "technology-transfer", YEAR)
                .orElseThrow();
        String sold =
                "SELECT COUNT(*) FROM tech_contract t WHERE t.park_code = ? AND t.registration_date BETWEEN ? AND ?"
                        + " AND t.seller_credit_code IN (SELECT credit_code FROM enterprise WHERE park_code = ?)";
        long outflow = count(sold, PARK, java.sql.Date.valueOf(yearStart()), java.sql.Date.valueOf(yearEnd()), PARK);
        BigDecimal outflowAmount = jdbc.queryForObject(
                sold.replace("COUNT(*)", "SUM(t.amount)"),
                BigDecimal.class,
                PARK,
                java.sql.Date.valueOf(yearStart()),
                java.sql.Date.valueOf(yearEnd()),
                PARK);
        long inflow = count(
                sold.replace("t.seller_credit_code IN", "t.buyer_credit_code IN"),
                PARK,
                java.sql.Date.valueOf(yearStart()),
                java.sql.Date.valueOf(yearEnd()),
                PARK);
        long demands = count("SELECT COUNT(*) FROM transfer_demand WHERE park_code = ?", PARK);
        assertThat(outflow).isPositive();
        assertThat(demands).isPositive();

        List<String> sentences = paragraphs(r);
        assertThat(sentences.get(0))
                .contains("登记输出技术合同" + outflow + "项")
                .contains("成交额" + ChineseFigures.value(outflowAmount, Unit.YUAN));
        assertThat(sentences.get(1)).contains("吸纳技术合同" + inflow + "项");
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("园区企业登记技术需求" + demands + "项"));
        assertThat(tables(r).stream()
                        .filter(t -> t.title().contains("按合同类型"))
                        .findFirst()
                        .orElseThrow()
                        .rows())
                .isNotEmpty();

        rendered(r, "technology-transfer");
    }

    @Test
    void aParkWithNoCarriersAndNoContractsGetsMissingDataWithTheReasonNeverZero() {
        ParkScope scope = ParkScope.park(EMPTY);
        List<String> incubationText = paragraphs(
                reports.compose(scope, EMPTY, "incubation-annual", YEAR).orElseThrow());
        assertThat(incubationText.get(0)).contains("数据缺失").contains("没有本园区的孵化载体记录");
        assertThat(incubationText.get(0)).doesNotContain("孵化载体0个");
        List<String> transferText = paragraphs(
                reports.compose(scope, EMPTY, "technology-transfer", YEAR).orElseThrow());
        assertThat(transferText.get(0)).contains("数据缺失").contains("没有本园区的技术合同登记记录");
        assertThat(transferText.get(0)).doesNotContain("合同0项");
    }

    /** Renders to PDF and Word, and checks that every sentence is in both; keeps the files as artefacts. */
    private void rendered(ComposedReport r, String id) throws Exception {
        byte[] pdf = reports.render(r, ParkReports.Format.pdf);
        Files.write(ReportRenderingIntegrationTests.ARTEFACTS.resolve(id + ".pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = flat(new PDFTextStripper().getText(doc));
        }
        byte[] docx = reports.render(r, ParkReports.Format.docx);
        Files.write(ReportRenderingIntegrationTests.ARTEFACTS.resolve(id + ".docx"), docx);
        String body;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            body = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(doc.getCharts()).as(id + ": native charts").isNotEmpty();
        }
        for (String s : paragraphs(r)) {
            assertThat(text).as(id).contains(flat(s));
            assertThat(body).as(id).contains(s);
        }
    }
}
