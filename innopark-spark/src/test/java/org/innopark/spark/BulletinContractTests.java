package org.innopark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.innopark.engine.bulletin.FactRows;
import org.innopark.engine.bulletin.QuantFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin job's contract: on the same documents, the engine run document by document (as {@code innopark.jar
 * bulletin extract FILES} runs it) and the Spark job on {@code local[2]} give the same facts, in the same order, with
 * the same JSON lines.
 */
class BulletinContractTests {

    @TempDir
    static Path dir;

    static Path docs;

    static List<String> names;

    static List<byte[]> bytes;

    @BeforeAll
    static void documents() throws IOException {
        SharedSpark.get();
        docs = Files.createDirectories(dir.resolve("docs"));
        // Two of the development corpus's bulletins, a news page in HTML, and a notice saved in GBK.
        for (String name : List.of("000_2d67f34a099f8433.txt", "001_db9541ef606ed3d2.txt", "2025_news.html")) {
            try (var in = BulletinContractTests.class.getResourceAsStream("/bulletins/" + name)) {
                Files.write(docs.resolve(name), in.readAllBytes());
            }
        }
        Files.write(
                docs.resolve("3_gbk.txt"),
                ("关于2024年度科技型中小企业评价工作的通知\n\n2024年全区共有486家企业通过科技型中小企业评价,较上年增长12.3%。" + "入库企业研发费用合计约23.6亿元。\n")
                        .getBytes(Charset.forName("GBK")));
        names = new ArrayList<>();
        bytes = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path p : files.sorted().toList()) {
                names.add(p.getFileName().toString());
                bytes.add(Files.readAllBytes(p));
            }
        }
    }

    @Test
    void theFactsOnSparkEqualTheEngineDocumentByDocument() {
        List<QuantFact> embedded = BulletinJob.embedded(names, bytes);
        Dataset<Row> result = BulletinJob.run(SharedSpark.get(), docs.toString());

        List<String> columns = new ArrayList<>(FactRows.KEYS);
        columns.add(BulletinJob.LINE);
        assertThat(result.columns()).containsExactlyElementsOf(columns);
        List<List<Object>> expected = new ArrayList<>();
        for (QuantFact f : embedded) {
            List<Object> row = new ArrayList<>(Arrays.asList(FactRows.values(f)));
            row.add(FactRows.json(f));
            expected.add(row);
        }
        List<List<Object>> spark = new ArrayList<>();
        for (Row r : result.collectAsList()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                row.add(v instanceof java.math.BigDecimal d ? FactRows.plain(d) : v);
            }
            spark.add(row);
        }
        assertThat(spark).isEqualTo(expected);
        // Facts from every document, the GBK one and the HTML one among them, of several kinds.
        assertThat(embedded.stream().map(QuantFact::doc).distinct()).containsExactlyElementsOf(names);
        assertThat(embedded).hasSizeGreaterThan(40);
        assertThat(embedded.stream().map(f -> f.kind().key()).distinct().count())
                .isGreaterThanOrEqualTo(3);
        assertThat(embedded)
                .anySatisfy(f -> assertThat(f.quote()).contains("486家"))
                .anySatisfy(f -> assertThat(f.quote()).contains("1286.4亿元"));
    }

    @Test
    void theCommandWritesJsonLines() throws IOException {
        Path out = dir.resolve("facts");

        int exit = SparkMain.run("bulletin", docs.resolve("*.txt").toString(), "--out", out.toString());

        assertThat(exit).isEqualTo(0);
        List<String> lines = MonitorContractTests.partLines(out, false);
        List<String> txt = new ArrayList<>();
        List<byte[]> txtBytes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).endsWith(".txt")) {
                txt.add(names.get(i));
                txtBytes.add(bytes.get(i));
            }
        }
        assertThat(lines)
                .isEqualTo(BulletinJob.embedded(txt, txtBytes).stream()
                        .map(FactRows::json)
                        .toList());
        assertThat(lines.get(0)).startsWith("{\"doc\":\"000_2d67f34a099f8433.txt\",\"subject\":");
    }

    @Test
    void aWordFileIsRefusedByNameAndNothingIsWritten() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.write(mixed.resolve("a.txt"), bytes.get(0));
        Files.write(mixed.resolve("年报.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Path out = dir.resolve("mixed-out");

        String[] run = MonitorContractTests.run("bulletin", mixed.toString(), "--out", out.toString());

        assertThat(run[0]).isEqualTo("2");
        assertThat(out).doesNotExist();
        assertThat(run[1]).contains("年报.docx", "innopark.jar bulletin extract", "nothing was written");
    }

    @Test
    void aBinaryFileIsRefusedByName() throws IOException {
        Path binary = Files.createDirectories(dir.resolve("binary"));
        Files.write(binary.resolve("scan.txt"), new byte[] {1, 0, 2, 0});
        Path out = dir.resolve("binary-out");

        String[] run = MonitorContractTests.run("bulletin", binary.toString(), "--out", out.toString());

        assertThat(run[0]).isEqualTo("2");
        assertThat(out).doesNotExist();
        assertThat(run[1]).contains("scan.txt", "not a text file");
    }
}
