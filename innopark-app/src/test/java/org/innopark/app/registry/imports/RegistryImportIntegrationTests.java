package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.app.support.TestAccounts;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.ParkLevel;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.SubPark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import, export and templates end to end, on an H2 file database in a temporary directory. Each test uses its
 * own credit codes, so the tests share one database and one Spring context.
 */
@SpringBootTest(properties = TestAccounts.CHEAP_BCRYPT)
@AutoConfigureMockMvc
class RegistryImportIntegrationTests {

    static final String ADMIN_PASSWORD = "admin-Test-Pw-1";
    static final String ANALYST = "analyst-ita";
    static final String ANALYST_PASSWORD = "analyst-Test-Pw-1";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("innopark-import-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("innopark.data-dir", DATA::toString);
        registry.add("innopark.admin-password", () -> ADMIN_PASSWORD);
    }

    @Autowired
    RegistryImport imports;

    @Autowired
    RegistryExport exports;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    @BeforeEach
    void parks() {
        store.saveParks(List.of(
                new Park("ITA", "测试甲高新区", ParkLevel.NATIONAL, RegionCode.of("220101"), "吉林省", "长春市", 1991),
                new Park("ITB", "测试乙高新区", ParkLevel.PROVINCIAL, RegionCode.of("440300"), "广东省", "深圳市", 2001)));
        store.saveSubParks(List.of(new SubPark("ITA-1", "ITA", "甲一园")));
        if (accounts.find(ANALYST).isEmpty()) {
            accounts.create(ANALYST, ANALYST_PASSWORD, Role.PARK_ANALYST, "ITA", null);
        }
    }

    ImportReport importFile(Path file, String table, ParkScope scope) throws IOException {
        return imports.importFile(
                new RegistryImport.Request(file, file.getFileName().toString(), table, "tester", scope, null));
    }

    static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        Collections.addAll(row, cells);
        return row;
    }

    /** A workbook with sheets 企业, 企业年报 and 资质, enterprises base+1..base+3 of park ITA. */
    Path workbook(String name, long base, String thirdCode) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(
                "企业年报",
                List.of(
                        row("统一社会信用代码", "年度", "从业人员(职工总数)", "研发人员", "营业收入(万元)", "研发费用(千元)", "净利润(元)"),
                        row(Codes.credit(base + 1), 2022, 120, 30, 8650.5, 5203.6, -12000.5),
                        row(Codes.credit(base + 1), 2023, 130, 35, 9100, 6000, 150000),
                        row(Codes.credit(base + 2), 2023, 15, 3, 210.25, null, null)));
        sheets.put(
                "企业",
                List.of(
                        row("统一社会信用代码", "企业名称", "成立日期", "行业代码", "高新技术领域", "所属园区代码", "所属分园代码", "上市板块"),
                        row(
                                Codes.credit(base + 1),
                                "长春光电科技有限公司",
                                LocalDate.of(2015, 3, 18),
                                "3911",
                                "电子信息",
                                "ITA",
                                "ITA-1",
                                "未上市"),
                        row(
                                Codes.credit(base + 2),
                                "吉林新材料有限公司",
                                "2018/6/1",
                                "2641",
                                "NEW_MATERIALS",
                                "ITA",
                                null,
                                null),
                        row(thirdCode, "长春生物医药有限公司", "2019-09-09", null, "生物与新医药", "ITA", null, "科创板")));
        sheets.put(
                "资质",
                List.of(
                        row("统一社会信用代码", "资质类型", "认定日期", "资质级别", "证书编号", "有效期至"),
                        row(
                                Codes.credit(base + 1),
                                "高新技术企业",
                                LocalDate.of(2022, 12, 12),
                                "国家级",
                                "GR202222000123",
                                LocalDate.of(2025, 12, 11))));
        sheets.put("填写说明", List.of(row("这一页不是数据")));
        return Workbooks.write(dir.resolve(name), sheets);
    }

    @Test
    void rejectsAFileWithOneBadCreditCodeAtItsExactPlaceAndLeavesTheDatabaseUnchanged() throws Exception {
        String before = dump();
        long records = count("import_record");
        ImportReport report = importFile(workbook("bad.xlsx", 1000, Codes.badCheck(1003)), null, ParkScope.ALL);

        assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("企业");
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("统一社会信用代码");
            assertThat(e.value()).isEqualTo(Codes.badCheck(1003));
            assertThat(e.messageZh()).contains("校验位");
            assertThat(e.messageEn()).contains("check character");
        });
        assertThat(report.inserted() + report.updated() + report.unchanged()).isZero();
        assertThat(dump()).isEqualTo(before);
        assertThat(count("import_record")).isEqualTo(records + 1);
        assertThat(jdbc.queryForObject("SELECT status FROM import_record WHERE id = ?", String.class, report.id()))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT file_sha256 FROM import_record WHERE id = ?", String.class, report.id()))
                .isEqualTo(report.sha256())
                .hasSize(64);
    }

    @Test
    void importsAMultiSheetWorkbookAndImportingItAgainChangesNothing() throws Exception {
        Path file = workbook("good.xlsx", 2000, Codes.credit(2003));
        ImportReport first = importFile(file, null, ParkScope.ALL);
        assertThat(first.errors()).isEmpty();
        assertThat(first.status()).isEqualTo(ImportReport.Status.ACCEPTED);
        assertThat(first.tables())
                .extracting(ImportReport.TableCounts::table)
                .containsExactly("enterprise", "annual_report", "qualification");
        assertThat(first.rows()).isEqualTo(7);
        assertThat(first.inserted()).isEqualTo(7);

        assertThat(jdbc.queryForObject(
                        "SELECT rd_expense FROM annual_report WHERE credit_code = ? AND report_year" + " = 2022",
                        BigDecimal.class,
                        Codes.credit(2001)))
                .isEqualByComparingTo("5203600.00");
        assertThat(jdbc.queryForObject(
                        "SELECT net_profit FROM annual_report WHERE credit_code = ? AND report_year" + " = 2022",
                        BigDecimal.class,
                        Codes.credit(2001)))
                .isEqualByComparingTo("-12000.50");
        assertThat(jdbc.queryForObject(
                        "SELECT listing_board FROM enterprise WHERE credit_code = ?", String.class, Codes.credit(2003)))
                .isEqualTo("STAR");

        String after = dump();
        ImportReport second = importFile(file, null, ParkScope.ALL);
        assertThat(second.status()).isEqualTo(ImportReport.Status.ACCEPTED);
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(7);
        assertThat(dump()).isEqualTo(after);
    }

    @Test
    void importsAGbkCsvFile() throws Exception {
        String csv = "统一社会信用代码,企业名称,所属园区代码,高新技术领域\r\n"
                + Codes.credit(3001) + ",长春一汽富维汽车零部件股份有限公司,ITA,先进制造与自动化\r\n"
                + Codes.credit(3002) + ",\"吉林省“双创”服务有限公司, 分公司\",ITB,高技术服务\r\n";
        Path file = Files.write(dir.resolve("gbk.csv"), csv.getBytes(Charset.forName("GBK")));
        ImportReport report = importFile(file, null, ParkScope.ALL);
        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM enterprise WHERE credit_code = ?", String.class, Codes.credit(3002)))
                .isEqualTo("吉林省“双创”服务有限公司, 分公司");
    }

    @Test
    void csvRowsAreNumberedAsASpreadsheetShowsThemAndAMalformedQuoteIsReportedAtItsRow() throws Exception {
        String dumped = dump();
        // header = row 1, a blank line = row 3, a quoted name over two lines is one row (4)
        String csv = "统一社会信用代码,企业名称,所属园区代码\n"
                + Codes.credit(3101) + ",甲公司,ITA\n"
                + "\n"
                + Codes.credit(3102) + ",\"乙公司\n(原丙公司)\",ITA\n"
                + Codes.badCheck(3103) + ",丁公司,ITA\n";
        ImportReport report = importFile(Files.writeString(dir.resolve("rows.csv"), csv), null, ParkScope.ALL);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("统一社会信用代码");
        });
        String malformed =
                "统一社会信用代码,企业名称,所属园区代码\n" + Codes.credit(3101) + ",甲公司,ITA\n" + Codes.credit(3102) + ",\"乙公司\"有限,ITA\n";
        ImportReport bad = importFile(Files.writeString(dir.resolve("malformed.csv"), malformed), null, ParkScope.ALL);
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.messageZh()).contains("不是有效的CSV");
        });
        assertThat(dump()).isEqualTo(dumped);
    }

    @Test
    void aFileOverALimitIsRejectedWithTheLimitsMessageAndNothingIsWritten() throws Exception {
        String dumped = dump();
        ImportLimits previous = imports.limits(new ImportLimits(1_000, 50, 32_767, 1_000, 1_000_000, 1 << 30));
        int chunk = imports.chunkRows(10);
        try {
            StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,所属园区代码\n");
            for (int i = 1; i <= 60; i++) {
                csv.append(Codes.credit(3300 + i)).append(",企业").append(i).append(",ITA\n");
            }
            ImportReport report = importFile(Files.writeString(dir.resolve("many.csv"), csv), null, ParkScope.ALL);
            assertThat(report.accepted()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(52);
                assertThat(e.messageEn()).startsWith("the file has more than 50 data rows");
                assertThat(e.messageZh()).contains("超过50个数据行");
            });
        } finally {
            imports.limits(previous);
            imports.chunkRows(chunk);
        }
        assertThat(dump()).isEqualTo(dumped);
    }

    @Test
    void aTruncatedOrCorruptWorkbookIsRejectedWithoutTheServersPath() throws Exception {
        Path whole = workbook("whole.xlsx", 3400, Codes.credit(3403));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        Path corrupt = Files.write(dir.resolve("corrupt.xlsx"), noise);
        for (Path file : List.of(truncated, corrupt)) {
            ImportReport report = importFile(file, null, ParkScope.ALL);
            assertThat(report.accepted()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(e -> {
                assertThat(e.messageEn()).startsWith("cannot read the file");
                assertThat(e.messageEn() + e.messageZh()).doesNotContain(dir.toString());
                // the Chinese text says what to do, in Chinese, without the library's English
                assertThat(e.messageZh()).startsWith("无法读取文件:文件已损坏").doesNotContain("workbook", "Exception", "valid");
            });
        }
    }

    @Test
    void convertsMoneyFromTheHeadersUnitToYuanExactly() throws Exception {
        enterprise(4001, "ITA");
        String csv = "\uFEFF统一社会信用代码,年度,营业收入(万元),主营业务收入（亿元）,研发费用(元),技术合同成交额(千元)\n" + Codes.credit(4001)
                + ",2023,1234.5678,0.12345678,98765.43,0.01\n";
        Path file = Files.writeString(dir.resolve("money.csv"), csv, StandardCharsets.UTF_8);
        ImportReport report = importFile(file, "annual_report", ParkScope.ALL);
        assertThat(report.errors()).isEmpty();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT operating_revenue, main_business_revenue, rd_expense,"
                        + " tech_contract_turnover FROM annual_report WHERE credit_code = ?",
                Codes.credit(4001));
        assertThat(row.get("operating_revenue")).isEqualTo(new BigDecimal("12345678.00"));
        assertThat(row.get("main_business_revenue")).isEqualTo(new BigDecimal("12345678.00"));
        assertThat(row.get("rd_expense")).isEqualTo(new BigDecimal("98765.43"));
        assertThat(row.get("tech_contract_turnover")).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void anExportImportsBackUnchanged() throws Exception {
        importFile(workbook("export-source.xlsx", 5000, Codes.credit(5003)), null, ParkScope.ALL);
        for (String table : List.of("park", "sub_park", "enterprise", "annual_report", "qualification")) {
            Path file = dir.resolve(table + "-export.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                assertThat(exports.export(table, ParkScope.ALL, "ITA", out)).isPositive();
            }
            String before = dump();
            ImportReport again = importFile(file, null, ParkScope.ALL);
            assertThat(again.errors()).as(table).isEmpty();
            assertThat(again.inserted() + again.updated()).as(table).isZero();
            assertThat(again.unchanged()).as(table).isEqualTo(again.rows()).isPositive();
            assertThat(dump()).as(table).isEqualTo(before);
        }
    }

    @Test
    void anExportHoldsOnlyTheParkAskedFor() throws Exception {
        enterprise(6001, "ITB");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export("enterprise", ParkScope.park("ITA"), null, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("企业");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo("ITA");
                }
            }
        }
    }

    @Test
    void everyTemplateImportsCleanlyOnceItsExampleRowIsFilledIn() throws Exception {
        for (TableSpec spec : TableSpecs.ALL) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RegistryExport.template(spec.name(), out);
            Path file = dir.resolve(spec.name() + "-template.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(spec.sheet());
                assertThat(wb.getSheet("填写说明")).isNotNull();
                Row example = wb.getSheet("示例").getRow(1);
                Row data = wb.getSheetAt(0).createRow(1);
                DataFormatter formatter = new DataFormatter();
                for (Cell cell : example) {
                    Cell copy = data.createCell(cell.getColumnIndex());
                    switch (cell.getCellType()) {
                        case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                        default -> copy.setCellValue(formatter.formatCellValue(cell));
                    }
                    copy.setCellStyle(cell.getCellStyle());
                }
                try (OutputStream o = Files.newOutputStream(file)) {
                    wb.write(o);
                }
            }
            ImportReport report = importFile(file, null, ParkScope.ALL);
            assertThat(report.errors()).as(spec.name()).isEmpty();
            assertThat(report.rows()).as(spec.name()).isEqualTo(1);
        }
    }

    @Test
    void theApiAnswers422WithEveryErrorInTheReadersLanguage() throws Exception {
        byte[] bytes = Files.readAllBytes(workbook("api-bad.xlsx", 7000, Codes.badCheck(7003)));
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "api-bad.xlsx", XLSX, bytes))
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].sheet").value("企业"))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("统一社会信用代码"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("check character")))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Rejected")));
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "api-bad.xlsx", XLSX, bytes))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("校验位")));
        byte[] good = Files.readAllBytes(workbook("api-good.xlsx", 7100, Codes.credit(7103)));
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "api-good.xlsx", XLSX, good))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.inserted").value(7));
    }

    @Test
    void aRejectedFileComesBackWithTheBadCellMarked() throws Exception {
        byte[] bytes = Files.readAllBytes(workbook("marked.xlsx", 8000, Codes.badCheck(8003)));
        byte[] body = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "marked.xlsx", XLSX, bytes))
                        .param("annotated", "true")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Cell bad = wb.getSheet("企业").getRow(3).getCell(0);
            assertThat(bad.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(bad.getCellComment().getString().getString())
                    .contains("校验位")
                    .contains("check character");
            assertThat(wb.getSheet("企业").getRow(2).getCell(0).getCellComment()).isNull();
            assertThat(wb.getSheet(RejectedFileCopy.ERROR_SHEET)
                            .getRow(1)
                            .getCell(1)
                            .getNumericCellValue())
                    .isEqualTo(4);
        }
    }

    @Test
    void aParkUserCannotImportRowsOfAnotherPark() throws Exception {
        String csv = "统一社会信用代码,企业名称,所属园区代码\n" + Codes.credit(9001) + ",本园企业,ITA\n" + Codes.credit(9002) + ",他园企业,ITB\n";
        String before = dump();
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file", "scoped.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(ANALYST, ANALYST_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("所属园区代码"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("只能导入园区ITA")));
        assertThat(dump()).isEqualTo(before);
        mvc.perform(get("/api/v1/imports").with(httpBasic(ANALYST, ANALYST_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(ANALYST))))
                .andExpect(jsonPath("$[0].status").value("REJECTED"))
                .andExpect(jsonPath("$[0].fileName").value("scoped.csv"));
    }

    @Test
    void onlyASystemAdministratorImportsOrChangesAParkRowEvenItsOwnPark() throws Exception {
        String csv = "园区代码,园区名称,园区级别,行政区划代码\nITA,<img src=x onerror=alert(1)>,国家高新区,220101\n";
        String before = dump();
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file", "own-park.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("table", "park")
                        .with(httpBasic(ANALYST, ANALYST_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("园区代码"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("只能由系统管理员")));
        assertThat(dump()).isEqualTo(before);

        Path file = Files.writeString(dir.resolve("parks.csv"), csv.replace("<img src=x onerror=alert(1)>", "测试甲高新区"));
        assertThat(importFile(file, "park", ParkScope.park("ITA")).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.messageEn()).contains("system administrator only"));
        assertThat(importFile(file, "park", ParkScope.ALL).errors()).isEmpty();
    }

    @Test
    void templatesAndExportsAreServed() throws Exception {
        mvc.perform(get("/api/v1/imports/templates/annual_report").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("UTF-8''")));
        mvc.perform(get("/api/v1/exports/enterprise").param("park", "ITB").with(httpBasic(ANALYST, ANALYST_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/exports/no_such_table")
                        .with(httpBasic("admin", ADMIN_PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("valid tables")));
    }

    @Test
    void theAnalystInputTemplatesDownloadBesideTheTables() throws Exception {
        for (String input : List.of("assess-input", "points-input", "index-input")) {
            byte[] body = mvc.perform(
                            get("/api/v1/imports/templates/" + input).with(httpBasic(ANALYST, ANALYST_PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(XLSX))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (var workbook =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(body))) {
                assertThat(workbook.getSheet("填写说明")).as(input).isNotNull();
                assertThat(workbook.getSheetAt(0).getRow(0).getPhysicalNumberOfCells())
                        .as(input)
                        .isGreaterThan(2);
            }
        }
        mvc.perform(get("/api/v1/imports/templates/index-input")
                        .param("framework", "national-htz-2021")
                        .with(httpBasic(ANALYST, ANALYST_PASSWORD)))
                .andExpect(status().isOk());
        // Only built-in frameworks: a path would read the server's files.
        mvc.perform(get("/api/v1/imports/templates/index-input")
                        .param("framework", "/etc/passwd")
                        .with(httpBasic(ANALYST, ANALYST_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private void enterprise(long n, String park) throws IOException {
        Path file = Files.writeString(
                dir.resolve("e" + n + ".csv"),
                "统一社会信用代码,企业名称,所属园区代码\n" + Codes.credit(n) + ",企业" + n + "," + park + "\n");
        assertThat(importFile(file, null, ParkScope.ALL).errors()).isEmpty();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Every row of every registry table (and the accounts), sorted: equal dumps mean an unchanged database. */
    private String dump() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of(
                "park",
                "sub_park",
                "enterprise",
                "annual_report",
                "qualification",
                "innovation_platform",
                "carrier",
                "talent",
                "attraction_project",
                "tech_contract",
                "app_user")) {
            List<String> rows = new ArrayList<>();
            jdbc.query("SELECT * FROM " + table, rs -> {
                StringBuilder r = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    r.append(rs.getMetaData().getColumnName(i))
                            .append('=')
                            .append(rs.getString(i))
                            .append('|');
                }
                rows.add(r.toString());
            });
            Collections.sort(rows);
            sb.append(table).append(' ').append(rows.size()).append('\n');
            rows.forEach(r -> sb.append(r).append('\n'));
        }
        return sb.toString();
    }
}
