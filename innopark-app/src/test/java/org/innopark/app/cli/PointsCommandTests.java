package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.support.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code points --data FILE.csv}: standalone scoring of a CSV, no database and no Spring context. */
class PointsCommandTests {

    @TempDir
    Path dir;

    static String code(int n) {
        return RegistryFixtures.code("220100", n).value();
    }

    /** Four enterprises over two years: #1 leads on every figure, #4 reports nothing but its revenue. */
    private Path csv() throws Exception {
        List<String> lines = List.of(
                "统一社会信用代码,企业名称,园区,成立日期,年度,营业收入(万元),研发费用(万元),从业人员,科技人员,发明专利申请数",
                code(1) + ",领先光电有限公司,CCHTZ,2012-05-01,2024,5000,600,300,120,20",
                code(1) + ",领先光电有限公司,CCHTZ,2012-05-01,2025,6000,800,320,140,25",
                code(2) + ",中游材料有限公司,CCHTZ,2015-03-01,2024,3000,150,200,50,5",
                code(2) + ",中游材料有限公司,CCHTZ,2015-03-01,2025,3300,200,210,60,6",
                code(3) + ",后进装备有限公司,CCHTZ,2018-07-01,2025,800,20,60,10,1",
                code(4) + ",新设科技有限公司,CCHTZ,2024-01-10,2025,50,,,,");
        Path file = dir.resolve("reports.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private int run(String... args) {
        return InnoParkCommand.commandLine().execute(args);
    }

    @Test
    void scoresACsvStandaloneAndWritesJson() throws Exception {
        Path out = dir.resolve("points.json");
        assertThat(run("points", "--data", csv().toString(), "--format", "json", "--out", out.toString()))
                .isZero();
        JsonNode view = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(view.get("year").asInt()).isEqualTo(2025);
        assertThat(view.get("enterprises").asInt()).isEqualTo(4);
        JsonNode entries = view.get("cohorts").get(0).get("entries");
        assertThat(view.get("cohorts").get(0).get("cohort").asString()).isEqualTo("CCHTZ");
        assertThat(entries.size()).isEqualTo(4);
        assertThat(entries.get(0).get("creditCode").asString()).isEqualTo(code(1));
        assertThat(entries.get(0).get("name").asString()).isEqualTo("领先光电有限公司");
        assertThat(entries.get(3).get("creditCode").asString()).isEqualTo(code(4));
        assertThat(entries.get(0).get("total").asDouble())
                .isGreaterThan(entries.get(1).get("total").asDouble());
        JsonNode movers = view.get("cohorts").get(0).get("movers");
        assertThat(movers.get("previousYear").asInt()).isEqualTo(2024);
        assertThat(movers.get("newcomers").asInt()).isEqualTo(2);
    }

    @Test
    void writesTheTopOfTheRankingAsCsvAndXlsx() throws Exception {
        Path out = dir.resolve("top.csv");
        assertThat(run("points", "--data", csv().toString(), "--top", "2", "--year", "2025", "--out", out.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF队列/Cohort,排名/Rank,统一社会信用代码/Credit code");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(code(1), "领先光电有限公司");

        Path xlsx = dir.resolve("points.xlsx");
        assertThat(run("points", "--data", csv().toString(), "--format", "xlsx", "--out", xlsx.toString()))
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("排名/Rank");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo(code(1));
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void refusesBadInputWithoutScoring() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "credit_code,year,rdExpense\n91220100MA0000000X,2025,abc\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("never.json");
        assertThat(run("points", "--data", bad.toString(), "--out", out.toString()))
                .isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(run("points", "--data", csv().toString(), "--format", "xlsx"))
                .isEqualTo(2);
        assertThat(run("points", "--data", csv().toString(), "--scheme", "no-such-scheme.yaml"))
                .isEqualTo(2);
    }

    /** Runs with standard error captured (the command writes its notes and errors there). */
    private String runCapturingErr(int expectedExit, String... args) {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run(args);
        } finally {
            System.setErr(saved);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err).isEqualTo(expectedExit);
        return err;
    }

    private String json(Path data) throws Exception {
        Path out = dir.resolve("points-" + System.nanoTime() + ".json");
        runCapturingErr(0, "points", "--data", data.toString(), "--format", "json", "--out", out.toString());
        return Files.readString(out);
    }

    @Test
    void anXlsxWorkbookAndAGbkCsvRankAsTheUtf8Csv() throws Exception {
        String utf8 = json(csv());
        Path xlsx = AnalystFiles.xlsx(csv(), dir.resolve("reports.xlsx"), "Sheet1");
        Path gbk = AnalystFiles.recode(csv(), dir.resolve("reports-gbk.csv"), java.nio.charset.Charset.forName("GBK"));
        assertThat(json(xlsx)).isEqualTo(utf8);
        assertThat(json(gbk)).isEqualTo(utf8);
    }

    @Test
    void aRejectedFileIsReportedAsAnImportReportsItAndNothingIsScored() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                "统一社会信用代码,年度,园区,成立日期,研发费用(万元),营业收入\n" + code(1) + ",2025,CCHTZ,2012-05-01,abc,1\n" + code(2)
                        + ",2025,CCHTZ,2012-05-01,1,1\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("never.json");
        String err = runCapturingErr(2, "points", "--data", bad.toString(), "--out", out.toString());
        assertThat(err).contains("bad.csv 被拒绝:共1个错误,未计算任何结果").contains("bad.csv 1 营业收入 '营业收入': 金额列'营业收入'须在括号中注明单位");
        assertThat(out).doesNotExist();
        err = runCapturingErr(
                2, "points", "--data", bad.toString(), "--unit", "YUAN", "--lang", "en", "--out", out.toString());
        assertThat(err)
                .contains("bad.csv 2 研发费用(万元) 'abc': 'abc' is not a number")
                .doesNotContain("营业收入 '");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutParkOrRegistrationDateColumnsTheDefaultsUsedArePrinted() throws Exception {
        Path file = dir.resolve("bare.csv");
        Files.writeString(
                file,
                "credit_code,year,营业收入(万元)\n" + code(1) + ",2025,100\n" + code(2) + ",2025,200\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("bare.json");
        String err =
                runCapturingErr(0, "points", "--data", file.toString(), "--format", "json", "--out", out.toString());
        assertThat(err)
                .contains("the file has no park column: every enterprise is ranked in one cohort, park CSV")
                .contains("the file has no registration_date column: every enterprise is scored at the scheme's"
                        + " default stage 成长期/GROWTH");
        JsonNode view = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(view.get("cohorts").get(0).get("cohort").asString()).isEqualTo("CSV");

        err = runCapturingErr(
                0, "points", "--data", file.toString(), "--park", "cchtz", "--format", "json", "--out", out.toString());
        assertThat(err).contains("park CCHTZ");
        view = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(view.get("enterprises").asInt()).isEqualTo(2);

        // with the columns, nothing is said about them; an enterprise without a date is counted
        err = runCapturingErr(0, "points", "--data", csv().toString(), "--format", "json", "--out", out.toString());
        assertThat(err).doesNotContain("park column").doesNotContain("registration");
        Path oneMissing = dir.resolve("one-missing.csv");
        Files.writeString(
                oneMissing,
                "credit_code,year,park,registration_date,营业收入(万元)\n" + code(1) + ",2025,CCHTZ,,100\n" + code(2)
                        + ",2025,CCHTZ,2015-03-01,200\n",
                StandardCharsets.UTF_8);
        err = runCapturingErr(
                0, "points", "--data", oneMissing.toString(), "--format", "json", "--out", out.toString());
        assertThat(err).contains("1 enterprises have no registration date and are scored at the default stage");
    }

    @Test
    void thePointsTemplateDownloadsAndItsExampleReadsBack() throws Exception {
        Path template = dir.resolve("积分数据.xlsx");
        assertThat(run("template", "points-input", "--out", template.toString()))
                .isZero();
        java.util.Map<String, String> example = AnalystFiles.example(template);
        assertThat(example).containsEntry("园区", "CCHTZ").containsEntry("成立日期", "2015-03-18");
        Path filled = AnalystFiles.fill(template, dir.resolve("filled.xlsx"), List.of(example));
        JsonNode view = JsonMapper.builder().build().readTree(json(filled));
        assertThat(view.get("year").asInt()).isEqualTo(2025);
        assertThat(view.get("enterprises").asInt()).isEqualTo(1);
        assertThat(view.get("cohorts").get(0).get("cohort").asString()).isEqualTo("CCHTZ");
    }
}
