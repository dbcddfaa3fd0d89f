package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standalone {@code index --data FILE.csv}: no database, no Spring. Expected scores and ranks are worked out by
 * hand in {@code src/test/resources/org/innopark/app/index/tiny-expected.md}.
 */
class IndexCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Path resource(String name) {
        try {
            return Path.of(IndexCommandTests.class
                    .getResource("/org/innopark/app/index/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    int run(String... args) {
        CommandLine cl = new CommandLine(new IndexCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    JsonNode json(String dataFile, String... extra) throws Exception {
        Path file = dir.resolve("out.json");
        List<String> args = new ArrayList<>(List.of(
                "--framework",
                resource("tiny-framework.yaml").toString(),
                "--data",
                resource(dataFile).toString(),
                "--out",
                file.toString()));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).as(stderr()).isZero();
        return JsonMapper.builder().build().readTree(Files.readString(file));
    }

    static Map<String, Integer> ranks(JsonNode report) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        report.get("ranking")
                .forEach(p -> ranks.put(p.get("park").asString(), p.get("rank").asInt()));
        return ranks;
    }

    static JsonNode result(JsonNode node, String park) {
        for (JsonNode r : node.get("results")) {
            if (r.get("park").asString().equals(park)) {
                return r;
            }
        }
        throw new AssertionError("no result of " + park);
    }

    @Test
    void ranksTheWideSpreadsheetAsComputedByHand() throws Exception {
        JsonNode report = json("tiny-wide.csv");
        assertThat(report.get("year").asInt()).isEqualTo(2024);
        assertThat(ranks(report))
                .containsExactly(Map.entry("U1", 1), Map.entry("U3", 2), Map.entry("U4", 3), Map.entry("U2", 4));
        JsonNode tree = report.get("tree");
        assertThat(result(tree, "U1").get("score").asDouble()).isCloseTo(70, within(1e-9));
        assertThat(result(tree, "U2").get("score").asDouble()).isCloseTo(17.5, within(1e-9));
        assertThat(result(tree, "U3").get("score").asDouble()).isCloseTo(62.5, within(1e-9));
        assertThat(result(tree, "U4").get("score").asDouble()).isCloseTo(40, within(1e-9));
        JsonNode pillarA = tree.get("children").get(0);
        assertThat(pillarA.get("weight").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(result(pillarA, "U1").get("rank").asInt()).isEqualTo(2);
        assertThat(result(pillarA, "U4").get("rank").asInt()).isEqualTo(2);
        assertThat(result(pillarA, "U3").get("rank").asInt()).isEqualTo(1);
        assertThat(result(pillarA, "U2").get("score").asDouble()).isCloseTo(175.0 / 6, within(1e-9));
        JsonNode a2 = pillarA.get("children").get(1);
        assertThat(a2.get("direction").asString()).isEqualTo("negative");
        assertThat(result(a2, "U3").get("value").asDouble()).isEqualTo(2);
        assertThat(result(a2, "U3").get("score").asDouble()).isCloseTo(75, within(1e-9));
        assertThat(report.get("years").toString()).isEqualTo("[2023,2024]");
        assertThat(result(tree, "U4").get("years").get(0).get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void theLongLayoutGivesTheSameIndex() throws Exception {
        JsonNode wide = json("tiny-wide.csv");
        JsonNode longLayout = json("tiny-long.csv");
        assertThat(ranks(longLayout)).isEqualTo(ranks(wide));
        assertThat(longLayout.get("tree").get("results").toString())
                .isEqualTo(wide.get("tree").get("results").toString());
    }

    @Test
    void anEarlierYearIgnoresTheYearsAfterIt() throws Exception {
        JsonNode report = json("tiny-long.csv", "--year", "2023");
        assertThat(ranks(report))
                .containsExactly(Map.entry("U4", 1), Map.entry("U2", 2), Map.entry("U3", 3), Map.entry("U1", 4));
        assertThat(result(report.get("tree"), "U2").get("score").asDouble()).isCloseTo(45 + 40.0 / 3, within(1e-9));
        assertThat(result(report.get("tree"), "U3").get("score").asDouble()).isCloseTo(30 + 80.0 / 3, within(1e-9));
        assertThat(report.get("years").toString()).isEqualTo("[2023]");
        JsonNode a1 = report.get("tree").get("children").get(0).get("children").get(0);
        assertThat(result(a1, "U3").get("value").isNull()).isTrue();
        assertThat(result(a1, "U3").get("rank").asInt()).isZero();
    }

    @Test
    void theUncertaintyBandHoldsTheMedianRank() throws Exception {
        JsonNode report = json("tiny-wide.csv", "--sensitivity", "300");
        assertThat(report.get("uncertainty").get("replications").asInt()).isEqualTo(300);
        for (JsonNode p : report.get("ranking")) {
            int low = p.get("rankLow").asInt();
            int median = p.get("medianRank").asInt();
            int high = p.get("rankHigh").asInt();
            assertThat(low).isBetween(1, median);
            assertThat(high).isBetween(median, 4);
        }
        assertThat(report.get("uncertainty").get("sensitivity").has("weight:A")).isTrue();
    }

    @Test
    void writesCsvWithEveryNodeParkAndYear() throws Exception {
        Path file = dir.resolve("index.csv");
        assertThat(run(
                        "--framework",
                        resource("tiny-framework.yaml").toString(),
                        "--data",
                        resource("tiny-wide.csv").toString(),
                        "--out",
                        file.toString()))
                .as(stderr())
                .isZero();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFyear,level,node");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(rows).hasSize(2 * 6 * 4);
        CSVRecord u3 = rows.stream()
                .filter(r -> r.get("year").equals("2024")
                        && r.get("node").equals("index")
                        && r.get("park").equals("U3"))
                .findFirst()
                .orElseThrow();
        assertThat(u3.get("rank")).isEqualTo("2");
        assertThat(u3.get("park_name")).isEqualTo("单位三");
        assertThat(Double.parseDouble(u3.get("score"))).isCloseTo(62.5, within(1e-9));
    }

    @Test
    void writesXlsxWithASheetPerLevelAndTheMethod() throws Exception {
        Path file = dir.resolve("index.xlsx");
        assertThat(run(
                        "--framework",
                        resource("tiny-framework.yaml").toString(),
                        "--data",
                        resource("tiny-wide.csv").toString(),
                        "--out",
                        file.toString(),
                        "--lang",
                        "en"))
                .as(stderr())
                .isZero();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "排名 Ranking", "L0 指数", "L1 一级指标", "L2 二级指标", "历年 Years", "方法与权重 Method", "覆盖率与提示 Coverage");
            Sheet level1 = wb.getSheet("L1 一级指标");
            assertThat(level1.getRow(0).getCell(2).getStringCellValue()).isEqualTo("A Innovation input 得分 score");
            Row first = level1.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("U1");
            assertThat(first.getCell(2).getNumericCellValue()).isCloseTo(50, within(1e-9));
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2);
            Sheet method = wb.getSheet("方法与权重 Method");
            boolean weightRow = false;
            for (Row r : method) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("B")) {
                    assertThat(r.getCell(3).getNumericCellValue()).isCloseTo(0.4, within(1e-12));
                    weightRow = true;
                }
            }
            assertThat(weightRow).isTrue();
        }
    }

    @Test
    void printsARankingTableByDefault() {
        assertThat(run(
                        "--framework",
                        resource("tiny-framework.yaml").toString(),
                        "--data",
                        resource("tiny-wide.csv").toString()))
                .as(stderr())
                .isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("小型测试指数").contains("U1").contains("70.00");
        assertThat(table.indexOf("U3")).isLessThan(table.indexOf("U4"));
    }

    @Test
    void aBadCellIsReportedByRowAndColumn() {
        assertThat(run(
                        "--framework",
                        resource("tiny-framework.yaml").toString(),
                        "--data",
                        resource("tiny-bad.csv").toString()))
                .isEqualTo(1);
        assertThat(stderr())
                .contains("tiny-bad.csv 被拒绝:共2个错误,未计算任何结果")
                .contains("tiny-bad.csv 3 a2 'abc': 'abc'不是数字")
                .contains("tiny-bad.csv 4 year '20x4'");
    }

    @Test
    void anUnknownIndicatorColumnIsReportedWithTheValidIds() throws Exception {
        Path csv = dir.resolve("unknown.csv");
        Files.writeString(csv, "unit,year,a1,a2,b2\nU1,2024,1,2,3\n");
        assertThat(run("--framework", resource("tiny-framework.yaml").toString(), "--data", csv.toString()))
                .isEqualTo(1);
        assertThat(stderr())
                .contains("unknown.csv 1 b2 'b2': 未知的列'b2'")
                .contains("a1、a2、b1")
                .contains("unknown.csv 1 b1 '': 缺少必填列'b1'");
    }

    @Test
    void anUnknownBuiltInFrameworkOrMissingFileIsAClearError() {
        assertThat(run(
                        "--framework",
                        "no-such-framework",
                        "--data",
                        resource("tiny-wide.csv").toString()))
                .isEqualTo(1);
        assertThat(stderr()).contains("no-such-framework");
    }

    @Test
    void sensitivityAboveTheCapIsRefused() {
        assertThat(run(
                        "--framework",
                        resource("tiny-framework.yaml").toString(),
                        "--data",
                        resource("tiny-wide.csv").toString(),
                        "--sensitivity",
                        "20001"))
                .isEqualTo(1);
        assertThat(stderr()).contains("20000");
    }

    JsonNode jsonOf(Path data, String... extra) throws Exception {
        Path file = dir.resolve("out-" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of(
                "--framework",
                resource("tiny-framework.yaml").toString(),
                "--data",
                data.toString(),
                "--out",
                file.toString()));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).as(stderr()).isZero();
        return JsonMapper.builder().build().readTree(Files.readString(file));
    }

    @Test
    void anXlsxWorkbookAndAGbkCsvGiveTheSameIndexAsTheUtf8Csv() throws Exception {
        JsonNode utf8 = jsonOf(resource("tiny-wide.csv"));
        Path xlsx = AnalystFiles.xlsx(resource("tiny-wide.csv"), dir.resolve("tiny.xlsx"), "Sheet1");
        Path gbk = AnalystFiles.recode(
                resource("tiny-wide.csv"), dir.resolve("tiny-gbk.csv"), java.nio.charset.Charset.forName("GBK"));
        assertThat(jsonOf(xlsx).get("tree")).isEqualTo(utf8.get("tree"));
        assertThat(jsonOf(gbk).get("tree")).isEqualTo(utf8.get("tree"));
        List<String> names = new ArrayList<>();
        jsonOf(gbk).get("ranking").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).contains("单位三");
        Path longXlsx = AnalystFiles.xlsx(resource("tiny-long.csv"), dir.resolve("tiny-long.xlsx"), "数据");
        assertThat(ranks(jsonOf(longXlsx))).isEqualTo(ranks(utf8));
    }

    /** The rows of a test CSV by header, as a template is filled in. */
    static List<Map<String, String>> rows(Path csv, Map<String, String> headerOf) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < head.length; i++) {
                row.put(headerOf.getOrDefault(head[i], head[i]), cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theLongAndWideTemplatesDownloadAndReadBack() throws Exception {
        Map<String, String> chinese =
                Map.of("unit", "单位", "indicator", "指标", "year", "年份", "value", "数值", "name", "名称");
        JsonNode expected = jsonOf(resource("tiny-wide.csv"));

        Path longTemplate = dir.resolve("long.xlsx");
        assertThat(InnoParkCommand.commandLine().execute("template", "index-input", "--out", longTemplate.toString()))
                .isZero();
        assertThat(AnalystFiles.example(longTemplate)).containsKeys("单位", "指标", "年份", "数值", "名称", "分组");
        Path longFilled = AnalystFiles.fill(
                longTemplate, dir.resolve("long-filled.xlsx"), rows(resource("tiny-long.csv"), chinese));
        assertThat(ranks(jsonOf(longFilled))).isEqualTo(ranks(expected));

        Path wideTemplate = dir.resolve("wide.xlsx");
        assertThat(InnoParkCommand.commandLine()
                        .execute(
                                "template",
                                "index-input",
                                "--framework",
                                resource("tiny-framework.yaml").toString(),
                                "--out",
                                wideTemplate.toString()))
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(wideTemplate))) {
            List<String> headers = new ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("单位", "年份", "名称", "分组", "a1", "a2", "b1");
        }
        Path wideFilled = AnalystFiles.fill(
                wideTemplate, dir.resolve("wide-filled.xlsx"), rows(resource("tiny-wide.csv"), chinese));
        assertThat(jsonOf(wideFilled).get("tree")).isEqualTo(expected.get("tree"));
    }
}
