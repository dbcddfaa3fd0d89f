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
    void aGrowthThatCannotBeComputedIsNullWithItsReasonNeverTheStringInfinity() throws Exception {
        // 佳信 was registered on 2023-04-30: assessed for 2023, its 高企 growth rate is −∞ (the lowest band).
        Path out = dir.resolve("growth.json");
        Run r = run(
                "assess",
                "--scheme",
                "high-tech",
                "--data",
                firms().toString(),
                "--year",
                "2023",
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Infinity").doesNotContain("NaN");
        String firm = "$[?(@.creditCode == '91320411390204462C')].score.indicators[?(@.valueNote != null)]";
        assertThat(JsonPath.<List<Object>>read(json, firm + ".value"))
                .isNotEmpty()
                .containsOnlyNulls();
        assertThat(JsonPath.<List<String>>read(json, firm + ".valueNote"))
                .allSatisfy(note -> assertThat(note).startsWith("无法计算"));
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

    private String json(Path data, String... extra) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".json");
        List<String> args = new java.util.ArrayList<>(List.of(
                "assess",
                "--scheme",
                "tech-sme",
                "--data",
                data.toString(),
                "--format",
                "json",
                "--out",
                out.toString()));
        args.addAll(List.of(extra));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return Files.readString(out);
    }

    @Test
    void anXlsxWorkbookAndAGbkCsvGiveTheSameVerdictsAsTheUtf8Csv() throws Exception {
        String utf8 = json(firms());
        Path xlsx = AnalystFiles.xlsx(firms(), dir.resolve("firms.xlsx"), "企业");
        Path gbk = AnalystFiles.recode(firms(), dir.resolve("firms-gbk.csv"), java.nio.charset.Charset.forName("GBK"));
        assertThat(Files.readAllBytes(gbk)).isNotEqualTo(Files.readAllBytes(firms()));
        assertThat(json(xlsx)).isEqualTo(utf8);
        assertThat(json(gbk)).isEqualTo(utf8);
        // the 万元 headers were converted: 远宇's 72 points need its revenue of 2,289,979.33 yuan
        assertThat(JsonPath.<List<Double>>read(utf8, "$[?(@.creditCode == '9122017398460747XF')].score.min"))
                .containsExactly(72.0);
    }

    @Test
    void anXlsxErrorNamesTheSheetRowColumnAndValue() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, """
                统一社会信用代码,年度,营业收入(万元),高新技术企业认定日期
                9122017398460747XF,2025,12x,2023-11-20
                """);
        Path xlsx = AnalystFiles.xlsx(csv, dir.resolve("bad.xlsx"), "我的企业");
        Run r = run("assess", "--scheme", "tech-sme", "--data", xlsx.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("bad.xlsx rejected: 1 errors; nothing was computed")
                .contains("我的企业 2 营业收入(万元) '12x': '12x' is not a number");
    }

    /** 佳信 scores 34 (< 60): it can qualify for 科技型中小企业 only through a direct route. */
    private Path jiaxin(String granted, String expiry) throws Exception {
        Path csv = dir.resolve("jiaxin.csv");
        Files.writeString(csv, """
                统一社会信用代码,企业名称,成立日期,年度,从业人员(职工总数),科技人员,营业收入(万元),研发费用(元),资产总额(万元),ipClass2,                fact:majorIncident,fact:researchMisconduct,fact:creditListed,fact:restrictedIndustry,高新技术企业认定日期,cert:high-tech:expiry,高新技术企业级别
                91320411390204462C,常州佳信电子材料有限公司,2023-04-30,2024,18,4,1795.655318,570133.73,1562.442964,2,,,,,,,
                91320411390204462C,常州佳信电子材料有限公司,2023-04-30,2025,24,5,2038.283927,520991.30,1831.715966,2,否,否,否,否,%s,%s,国家级
                """.formatted(granted, expiry));
        return csv;
    }

    @Test
    void aValidHighTechCertificateColumnQualifiesForTechSmeThroughTheDirectRoute() throws Exception {
        String held = json(jiaxin("2024-11-20", "2027-11-19"));
        assertThat(JsonPath.<String>read(held, "$[0].outcome")).isEqualTo("QUALIFIED");
        assertThat(JsonPath.<Double>read(held, "$[0].score.min")).isLessThan(60.0);
        assertThat(JsonPath.<String>read(held, "$[0].directRoute")).isNotNull();
        assertThat(JsonPath.<List<String>>read(held, "$[0].conditions[?(@.id == 'direct-high-tech')].status"))
                .containsExactly("PASS");

        // expired before the end of 2025: not held, so the direct route does not apply
        String expired = json(jiaxin("2019-11-20", "2022-11-19"));
        assertThat(JsonPath.<String>read(expired, "$[0].outcome")).isNotEqualTo("QUALIFIED");
        assertThat(JsonPath.<List<String>>read(expired, "$[0].conditions[?(@.id == 'direct-high-tech')].status"))
                .containsExactly("FAIL");

        // no expiry date: a 高企 certificate lasts 3 years (ladder.yaml), so one granted late in 2022 has lapsed by
        // the end of 2025 and one granted in 2023 has not (valid to 2026-03-31)
        String lapsed = json(jiaxin("2022-11-20", ""));
        assertThat(JsonPath.<List<String>>read(lapsed, "$[0].conditions[?(@.id == 'direct-high-tech')].status"))
                .containsExactly("FAIL");
        String current = json(jiaxin("2023-04-01", ""));
        assertThat(JsonPath.<List<String>>read(current, "$[0].conditions[?(@.id == 'direct-high-tech')].status"))
                .containsExactly("PASS");
    }

    @Test
    void aCertificateExpiringBeforeItWasGrantedOrWithoutAGrantedDateIsRejected() throws Exception {
        Run r = run(
                "assess",
                "--scheme",
                "tech-sme",
                "--data",
                jiaxin("2024-11-20", "2023-01-01").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("jiaxin.csv 3 cert:high-tech:expiry '2023-01-01'");
        r = run(
                "assess",
                "--scheme",
                "tech-sme",
                "--data",
                jiaxin("", "2027-11-19").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("jiaxin.csv 3 高新技术企业认定日期 '': 高新技术企业认定日期不能为空");
    }

    @Test
    void withoutYearEachEnterpriseIsAssessedAtItsLatestYearAndSaysSo() throws Exception {
        Path csv = dir.resolve("years.csv");
        Files.writeString(csv, """
                credit_code,year,employees
                9122017398460747XF,2024,8
                9122017398460747XF,2025,8
                91320411390204462C,2024,18
                """);
        Path out = dir.resolve("years.json");
        Run r = run(
                "assess",
                "--scheme",
                "tech-sme",
                "--data",
                csv.toString(),
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String json = Files.readString(out);
        assertThat(JsonPath.<List<Integer>>read(json, "$[?(@.creditCode == '9122017398460747XF')].year"))
                .containsExactly(2025);
        assertThat(JsonPath.<List<Integer>>read(json, "$[?(@.creditCode == '91320411390204462C')].year"))
                .containsExactly(2024);
        assertThat(r.err()).contains("each enterprise is assessed at its latest year (2024: 1, 2025: 1)");

        r = run(
                "assess",
                "--scheme",
                "tech-sme",
                "--data",
                csv.toString(),
                "--year",
                "2025",
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JsonPath.<List<String>>read(Files.readString(out), "$[*].creditCode"))
                .containsExactly("9122017398460747XF");
        assertThat(r.err()).contains("1 enterprises have no data for 2025 and are not assessed: 91320411390204462C");
    }

    @Test
    void theAssessTemplateDownloadsAndItsExampleReadsBack() throws Exception {
        Path template = dir.resolve("评价数据.xlsx");
        assertThat(InnoParkCommand.commandLine().execute("template", "assess-input", "--out", template.toString()))
                .isZero();
        Map<String, String> example = AnalystFiles.example(template);
        assertThat(example)
                .containsEntry("统一社会信用代码", "9122017398460747XF")
                .containsEntry("营业收入(万元)", "8650.5")
                .containsEntry("高新技术企业认定日期", "2023-11-20");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("评价数据");
            StringBuilder help = new StringBuilder();
            book.getSheet("填写说明")
                    .forEach(row -> row.forEach(c -> help.append(c.toString()).append('\n')));
            assertThat(help).contains("高新技术企业有效期至", "cert:high-tech:granted", "fact:majorIncident", "--year");
        }
        Path filled = AnalystFiles.fill(template, dir.resolve("filled.xlsx"), List.of(example));
        String json = json(filled);
        assertThat(JsonPath.<Integer>read(json, "$[0].year")).isEqualTo(2025);
        assertThat(JsonPath.<List<String>>read(json, "$[0].conditions[?(@.id == 'direct-high-tech')].status"))
                .containsExactly("PASS");
    }
}
