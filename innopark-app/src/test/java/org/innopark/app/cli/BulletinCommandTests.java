package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bulletin extract|eval}: standalone, no database and no Spring context. */
class BulletinCommandTests {

    static final String BULLETIN = "#### 株洲高新区 创新主体持续壮大\n\n"
            + "本报讯 2023年,株洲高新技术产业开发区新增高新技术企业126家,总数达到 682 家;"
            + "实现技术合同成交额45.3亿元,同比增长21.5%。\n\n"
            + "目前,园区拥有各类孵化载体近三十家,孵化面积超过60万平方米。\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine cl = InnoParkCommand.commandLine();
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        return cl.execute(args);
    }

    private Path bulletin() throws Exception {
        Path f = dir.resolve("株洲简报.txt");
        Files.writeString(f, BULLETIN, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void extractWritesOneFactALineWithExactlyTheKeys() throws Exception {
        Path jsonl = dir.resolve("facts.jsonl");
        assertThat(run("bulletin", "extract", bulletin().toString(), "--format", "jsonl", "--out", jsonl.toString()))
                .isZero();
        List<JsonNode> facts = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            facts.add(json.readTree(line));
        }
        assertThat(facts).hasSize(6);
        for (JsonNode f : facts) {
            List<String> keys = new ArrayList<>();
            f.propertyNames().forEach(keys::add);
            assertThat(keys)
                    .containsExactly(
                            "doc", "subject", "metric", "value", "unit", "period", "kind", "qualifier", "quote");
            assertThat(f.get("doc").asString()).isEqualTo("株洲简报.txt");
            assertThat(BULLETIN).contains(f.get("quote").asString());
            assertThat(f.get("subject").asString()).isEqualTo("株洲高新区");
        }
        assertThat(facts.get(1).get("value").decimalValue()).isEqualByComparingTo("682");
        assertThat(facts.get(0).get("metric").asString()).isEqualTo("新增高新技术企业数");
        assertThat(facts.get(1).get("metric").asString()).isEqualTo("高新技术企业数");
        assertThat(facts.get(2).get("unit").asString()).isEqualTo("亿元");
        assertThat(facts.get(2).get("period").asString()).isEqualTo("2023");
        assertThat(facts.get(3).get("kind").asString()).isEqualTo("growth");
        assertThat(facts.get(4).get("qualifier").asString()).isEqualTo("approx");
        assertThat(facts.get(4).get("value").decimalValue()).isEqualByComparingTo("30");
        assertThat(facts.get(4).get("period").isNull()).isTrue();
        assertThat(facts.get(5).get("qualifier").asString()).isEqualTo("over");
    }

    @Test
    void extractWritesCsvAndXlsx() throws Exception {
        Path csv = dir.resolve("facts.csv");
        assertThat(run("bulletin", "extract", bulletin().toString(), "--format", "csv", "--out", csv.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFdoc,subject,metric,value,unit,period,kind,qualifier,quote");
        assertThat(lines).hasSize(7);
        Path xlsx = dir.resolve("facts.xlsx");
        assertThat(run("bulletin", "extract", bulletin().toString(), "--format", "xlsx", "--out", xlsx.toString()))
                .isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(6);
            assertThat(book.getSheetAt(0).getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("682");
        }
    }

    @Test
    void aBinaryFileIsAnErrorAndNothingIsWritten() throws Exception {
        Path binary = dir.resolve("scan.txt");
        Files.write(binary, new byte[] {'P', 'K', 0, 1, 2, 3, 0, 0, 9});
        Path jsonl = dir.resolve("facts.jsonl");
        assertThat(run("bulletin", "extract", bulletin().toString(), binary.toString(), "--out", jsonl.toString()))
                .isEqualTo(1);
        assertThat(jsonl).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("scan.txt").contains("nothing was written");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("株洲简报.txt", "scan.txt");
        }
    }

    @Test
    void importReadsEveryFileFirstAndImportsNothingWhenOneIsNotText() throws Exception {
        Path binary = dir.resolve("scan.txt");
        Files.write(binary, new byte[] {'P', 'K', 0, 1, 2, 3, 0, 0, 9});
        Path data = dir.resolve("data");
        assertThat(run(
                        "bulletin",
                        "import",
                        bulletin().toString(),
                        binary.toString(),
                        "--park",
                        "CCHTZ",
                        "--data-dir",
                        data.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("scan.txt").contains("nothing was imported");
        // refused before the database was opened
        assertThat(data).doesNotExist();
    }

    @Test
    void aFileInAnotherEncodingIsAnError() throws Exception {
        Path latin = dir.resolve("news.txt");
        // UTF-16 little-endian: NUL bytes between the ASCII characters
        Files.write(latin, "高新区 12 家".getBytes(StandardCharsets.UTF_16LE));
        assertThat(run(
                        "bulletin",
                        "extract",
                        latin.toString(),
                        "--out",
                        dir.resolve("o.jsonl").toString()))
                .isEqualTo(1);
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    @Test
    void evalPrintsTheFiguresBesideTheBaseline() throws Exception {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve("a.txt"), BULLETIN, StandardCharsets.UTF_8);
        Files.writeString(
                gold.resolve("facts.jsonl"),
                "{\"doc\": \"a.txt\", \"subject\": \"株洲高新区\", \"metric\": \"高新技术企业数\", \"value\": 682,"
                        + " \"unit\": \"家\", \"period\": \"2023\", \"kind\": \"count\", \"quote\": \"总数达到 682 家\"}\n"
                        + "{\"doc\": \"a.txt\", \"subject\": \"株洲高新区\", \"metric\": \"孵化载体数\", \"value\": 30,"
                        + " \"unit\": \"家\", \"period\": null, \"kind\": \"count\", \"qualifier\": \"approx\","
                        + " \"quote\": \"孵化载体近三十家\"}\n",
                StandardCharsets.UTF_8);
        assertThat(run("bulletin", "eval", "--gold", gold.toString())).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("extractor").contains("baseline");
        assertThat(printed).containsPattern("recall[^\\n]*1\\.000\\s+0\\.000");
        assertThat(printed).containsPattern("subject accuracy[^\\n]*1\\.000");
    }
}
