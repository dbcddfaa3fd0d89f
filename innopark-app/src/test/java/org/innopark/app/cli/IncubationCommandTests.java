package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.incubation.IncubationViews;
import org.innopark.app.incubation.TorchSurvey;
import org.innopark.engine.incubation.SurveyForms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code incubation check --data} and {@code incubation template}, standalone (no database, no Spring context). */
class IncubationCommandTests {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        systemOut = System.out;
        systemErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    private int run(String... args) {
        CommandLine cl = InnoParkCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, BigDecimal> figures(String... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new BigDecimal(kv[i + 1]));
        }
        return m;
    }

    private Path workbook(Map<String, BigDecimal> incubator, Map<String, BigDecimal> maker) throws Exception {
        SurveyForms forms = SurveyForms.builtIn();
        List<IncubationViews.SurveyTable> tables = List.of(
                new IncubationViews.SurveyTable(
                        forms.form("incubator").orElseThrow(),
                        2025,
                        List.of(new IncubationViews.SurveyRow("示范孵化器", "孵化器", incubator, List.of()))),
                new IncubationViews.SurveyTable(
                        forms.form("maker_space").orElseThrow(),
                        2025,
                        List.of(new IncubationViews.SurveyRow("示范众创空间", "众创空间", maker, List.of()))));
        Path file = dir.resolve("统计表.xlsx");
        try (OutputStream o = Files.newOutputStream(file)) {
            TorchSurvey.xlsx(tables, "示范高新区", o);
        }
        return file;
    }

    @Test
    void aWorkbookWhoseFiguresHoldPassesWithZero() throws Exception {
        Path file = workbook(
                figures(
                        "incubatees",
                        "40",
                        "incubateeEmployees",
                        "420",
                        "incomeTotal",
                        "100",
                        "incomeRent",
                        "60",
                        "incomeService",
                        "30",
                        "incomeInvestment",
                        "0",
                        "incomeOther",
                        "10"),
                figures("teams", "12", "teamMembers", "40", "startups", "8", "startupJobs", "35"));
        assertThat(run("incubation", "check", "--data", file.toString(), "--year", "2025"))
                .isZero();
        assertThat(output()).contains("校验全部通过");
    }

    @Test
    void aCarrierBreakingACheckIsListedWithTheReasonAndExitTwo() throws Exception {
        Path file = workbook(
                figures("incubatees", "40", "incubateeEmployees", "39"), figures("teams", "12", "teamMembers", "10"));
        assertThat(run("incubation", "check", "--data", file.toString(), "--year", "2025"))
                .isEqualTo(2);
        assertThat(output())
                .contains("示范孵化器 — 在孵企业从业人员不少于在孵企业数: 在孵企业从业人员(TI14) 39 少于 在孵企业数(TI12) 40")
                .contains("示范众创空间 — 创业团队人数不少于服务团队数");
    }

    @Test
    void aTextInANumberCellNamesTheRowAndColumn() throws Exception {
        Path file = workbook(figures("incubatees", "40"), figures("teams", "1"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = wb.getSheet("科技企业孵化器运营综合情况统计表");
            sheet.getRow(4).createCell(2 + 11).setCellValue("四十");
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
        assertThat(run("incubation", "check", "--data", file.toString(), "--year", "2025"))
                .isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("第5行")
                .contains("TI12")
                .contains("四十");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("x.xlsx");
        Files.writeString(file, "not a workbook");
        assertThat(run("incubation", "check", "--data", file.toString(), "--year", "2025"))
                .isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("不是 XLSX");
    }

    @Test
    void templatesAreWritten() throws Exception {
        Path file = dir.resolve("名册.xlsx");
        assertThat(run("incubation", "template", "tenancies", "--out", file.toString()))
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("入孵企业名册").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("载体名称");
        }
        assertThat(run("incubation", "template", "nothing", "--out", file.toString()))
                .isEqualTo(1);
    }
}
