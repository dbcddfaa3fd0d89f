package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code assess --data}: an analyst's spreadsheet assessed without a database. The test file holds two demo
 * enterprises with money partly in 万元 (declared in the headers); the expected scores are the hand-worked ones of
 * LadderHandCheckedIntegrationTests.
 */
class LadderAssessCommandTests {

    @TempDir
    Path dir;

    record Run(int exit, String err) {}

    private Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = InnoParkCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, err.toString());
    }

    private static Path firms() throws URISyntaxException {
        return Path.of(LadderAssessCommandTests.class
                .getResource("/org/innopark/app/ladder/firms.csv")
                .toURI());
    }

    @Test
    void assessesASpreadsheetAgainstTheTechSmeSchemeWithoutADatabase() throws Exception {
        Path out = dir.resolve("tech-sme.json");
        Run r = run(
                "assess",
                "--scheme",
                "tech-sme",
                "--data",
                firms().toString(),
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String json = Files.readString(out);
        // 远宇: 20 + 40 + 12 = 72 and every compliance fact given as 否 → qualified.
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.creditCode == '9122017398460747XF')].outcome"))
                .containsExactly("QUALIFIED");
        assertThat(JsonPath.<List<Double>>read(json, "$[?(@.creditCode == '9122017398460747XF')].score.min"))
                .containsExactly(72.0);
        // 佳信: 12 + 10 + 12 = 34, facts not given → the direct routes keep it undecided.
        assertThat(JsonPath.<List<Double>>read(json, "$[?(@.creditCode == '91320411390204462C')].score.min"))
                .containsExactly(34.0);
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.creditCode == '91320411390204462C')].outcome"))
                .containsExactly("UNDECIDED");
        assertThat(JsonPath.<Integer>read(json, "$[0].year")).isEqualTo(2025);
        assertThat(r.err()).contains("评价 / assessed 2");
    }

    @Test
    void highTechConditionsFromASpreadsheetMatchTheHandWorkedRatios() throws Exception {
        Path out = dir.resolve("high-tech.csv");
        Run r = run(
                "assess",
                "--scheme",
                "high-tech",
                "--data",
                firms().toString(),
                "--year",
                "2025",
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(text))
                .getRecords();
        Map<String, CSVRecord> byCode =
                Map.of(rows.get(0).get("统一社会信用代码"), rows.get(0), rows.get(1).get("统一社会信用代码"), rows.get(1));
        CSVRecord yuanyu = byCode.get("9122017398460747XF");
        // 399,526.52 ÷ 7,115,511.32 = 5.61% ≥ 5%; 高企 field given in the spreadsheet.
        assertThat(yuanyu.get("近三年研发费用占销售收入比例 值")).isEqualTo("5.61%");
        assertThat(yuanyu.get("近三年研发费用占销售收入比例 要求")).isEqualTo("≥ 5.0%");
        assertThat(yuanyu.get("近三年研发费用占销售收入比例 结果")).isEqualTo("符合");
        assertThat(yuanyu.get("核心技术属于《国家重点支持的高新技术领域》 结果")).isEqualTo("符合");
        assertThat(yuanyu.get("评价结论")).isEqualTo("待定");
        CSVRecord jiaxin = byCode.get("91320411390204462C");
        // 1,484,245.29 ÷ 51,480,659.98 = 2.88% < 5%; domestic 53.18% < 60%; no field column value → unknown.
        assertThat(jiaxin.get("近三年研发费用占销售收入比例 值")).isEqualTo("2.88%");
        assertThat(jiaxin.get("近三年研发费用占销售收入比例 结果")).isEqualTo("不符合");
        assertThat(jiaxin.get("境内研发费用占比 值")).isEqualTo("53.18%");
        assertThat(jiaxin.get("境内研发费用占比 结果")).isEqualTo("不符合");
        assertThat(jiaxin.get("核心技术属于《国家重点支持的高新技术领域》 结果")).isEqualTo("待定");
        assertThat(jiaxin.get("评价结论")).isEqualTo("不符合");
    }

    @Test
    void writesXlsxWithEnglishHeadersOnRequest() throws Exception {
        Path out = dir.resolve("verdicts.xlsx");
        Run r = run(
                "assess",
                "--scheme",
                "tech-sme",
                "--data",
                firms().toString(),
                "--format",
                "xlsx",
                "--lang",
                "en",
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            Row header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Credit code");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Outcome");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void readsASchemeFromAFile() throws Exception {
        Path scheme = dir.resolve("strict.yaml");
        Files.writeString(scheme, """
                id: strict-rd
                version: "1"
                name: {zh: 研发强度不低于5%, en: "R&D intensity at least 5%"}
                effective: {from: 2020-01-01}
                qualifies:
                  all:
                    - id: rd
                      name: {zh: 研发费用占营业收入比例, en: "R&D share of revenue"}
                      value: rdExpense / operatingRevenue
                      op: ">="
                      threshold: 5%
                """);
        Path out = dir.resolve("strict.json");
        Run r = run(
                "assess",
                "--scheme",
                scheme.toString(),
                "--data",
                firms().toString(),
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String json = Files.readString(out);
        // 128,102.51 ÷ 2,289,979.33 = 5.59% ≥ 5%; 520,991.30 ÷ 20,382,839.27 = 2.56% < 5%.
        assertThat(JsonPath.<List<String>>read(json, "$[*].outcome")).containsExactly("QUALIFIED", "NOT_QUALIFIED");
    }

    @Test
    void badInputIsReportedAsAnImportReportsIt() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Path out = dir.resolve("never.json");
        Files.writeString(bad, """
                credit_code,name,year,营业收入(万元),研发费用(元)
                9122017398460747XF,远宇,2025,228.99,128102.51
                91320411390204462C,佳信,2025,abc,520991.30
                """);
        Run r = run("assess", "--scheme", "tech-sme", "--data", bad.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv 被拒绝:共1个错误,未计算任何结果").contains("bad.csv 3 营业收入(万元) 'abc': 'abc'不是有效的数字");
        // nothing computed from a rejected file: the valid first row is not assessed either
        assertThat(out).doesNotExist();

        Files.writeString(bad, """
                credit_code,year,revenue
                9122017398460747XF,2025,1
                """);
        r = run("assess", "--scheme", "tech-sme", "--data", bad.toString(), "--lang", "en");
        assertThat(r.err()).contains("bad.csv 1 revenue 'revenue': unknown column 'revenue'");

        Files.writeString(bad, """
                credit_code,year,fact:noSuchFact
                9122017398460747XF,2025,1
                """);
        r = run("assess", "--scheme", "tech-sme", "--data", bad.toString(), "--lang", "en");
        assertThat(r.err())
                .contains("bad.csv 1 fact:noSuchFact 'fact:noSuchFact'")
                .contains("fact:majorIncident");

        Files.writeString(bad, """
                credit_code,year,营业收入(美元),研发费用
                9122017398460747XF,2025,1,2
                """);
        r = run("assess", "--scheme", "tech-sme", "--data", bad.toString());
        assertThat(r.err())
                .contains("bad.csv 1 营业收入(美元) '营业收入(美元)': 金额列'营业收入(美元)'须在括号中注明单位")
                .contains("bad.csv 1 研发费用 '研发费用': 金额列'研发费用'须在括号中注明单位");
        // a default unit for headers that declare none
        r = run("assess", "--scheme", "tech-sme", "--data", bad.toString(), "--unit", "YUAN");
        assertThat(r.err()).doesNotContain("研发费用 '研发费用'").contains("营业收入(美元)");

        Files.writeString(bad, """
                credit_code,year,科技人员,从业人员(职工总数)
                9122017398460747XF,2025,9,8
                """);
        r = run("assess", "--scheme", "tech-sme", "--data", bad.toString());
        assertThat(r.err()).contains("bad.csv 2 科技人员 '9': 科技人员(9)不能大于从业人员(职工总数)(8)");

        Files.writeString(bad, """
                credit_code,year
                9122017398460747XX,2025
                9122017398460747XF,2025
                9122017398460747XF,2025
                """);
        r = run("assess", "--scheme", "tech-sme", "--data", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("bad.csv 2 credit_code '9122017398460747XX'")
                .contains("bad.csv 4 year '2025': 企业 9122017398460747XF 的 2025 年度已在第3行出现");

        r = run("assess", "--scheme", "no-such-scheme", "--data", firms().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("未知方案 no-such-scheme").contains("high-tech");
    }
}
