package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.support.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code monitor scan|eval|generate} on files, standalone (no database, no Spring context). */
class MonitorCommandTests {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cl = InnoParkCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        return cl.execute(args);
    }

    static String code(int n) {
        return RegistryFixtures.code("220100", n).value();
    }

    /** Firm 1 reports 24 steady months, then its revenue and power collapse; firm 2 is steady. */
    private Path panel() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("统一社会信用代码,期间,营业收入(万元),纳税总额(万元),社保缴纳人数,用电量(千瓦时),出口额(万元)");
        for (int t = 0; t < 30; t++) {
            String month = String.format("%d-%02d", 2023 + t / 12, t % 12 + 1);
            boolean down = t >= 24;
            lines.add(code(1) + "," + month + "," + (down ? "4" : String.valueOf(200 + t % 3)) + ",10,"
                    + (down ? "5" : "60") + "," + (down ? "900" : "60000") + ",1");
            lines.add(code(2) + "," + month + "," + (150 + t % 4) + ",8,40,50000,");
        }
        Path file = dir.resolve("月度报表.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private Path enterprises() throws Exception {
        Path file = dir.resolve("企业.csv");
        Files.write(
                file,
                List.of(
                        "统一社会信用代码,企业名称,行业代码,成立日期",
                        code(1) + ",甲光电有限公司,3976,2012-05-01",
                        code(2) + ",乙软件有限公司,65,2015-03-01"),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void scanTakesEitherAFileOrAParkAndStoresOnlyAPark() throws Exception {
        assertThat(run("monitor", "scan")).isEqualTo(2);
        assertThat(err.toString()).contains("--data").contains("--park");
        assertThat(run("monitor", "scan", "--data", panel().toString(), "--park", "CCHTZ"))
                .isEqualTo(2);
        assertThat(run("monitor", "scan", "--data", panel().toString(), "--store"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--store 只用于 --park");
        assertThat(run("monitor", "scan", "--park", "CCHTZ", "--events", panel().toString()))
                .isEqualTo(2);
    }

    @Test
    void scansACsvIntoOneRowPerAlertWithExactlyTheColumns() throws Exception {
        Path result = dir.resolve("预警.csv");
        assertThat(run(
                        "monitor",
                        "scan",
                        "--data",
                        panel().toString(),
                        "--enterprises",
                        enterprises().toString(),
                        "--format",
                        "csv",
                        "--out",
                        result.toString()))
                .as(err.toString())
                .isZero();
        List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("统一社会信用代码,期间,规则,严重程度,说明");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(code(1) + ",2025-01,operation-collapse,严重,"));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith(code(1)));
    }

    @Test
    void writesJsonWithTheSameKeysAndReadsXlsxWithExtraColumns() throws Exception {
        Path xlsx = AnalystFiles.xlsx(panel(), dir.resolve("月度报表.xlsx"), "月度报表");
        Path result = dir.resolve("预警.json");
        assertThat(run("monitor", "scan", "--data", xlsx.toString(), "--format", "json", "--out", result.toString()))
                .as(err.toString())
                .isZero();
        JsonNode alerts = JsonMapper.builder().build().readTree(result.toFile());
        assertThat(alerts.size()).isPositive();
        List<String> keys = new ArrayList<>(alerts.get(0).propertyNames());
        assertThat(keys).containsExactly("统一社会信用代码", "期间", "规则", "严重程度", "说明");
        assertThat(alerts.get(0).get("说明").asString()).contains("2025-01");
    }

    @Test
    void rejectsABadPeriodANegativeHeadcountAndAnUnknownEnterpriseWritingNothing() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.write(
                file,
                List.of(
                        "统一社会信用代码,期间,营业收入(万元),纳税总额(万元),社保缴纳人数,用电量(千瓦时)",
                        code(1) + ",2025-01,100,5,20,3000",
                        code(1) + ",2025-13,100,5,20,3000",
                        code(2) + ",2025-02,100,5,-3,3000",
                        code(3) + ",2025-02,100,5,3,3000"),
                StandardCharsets.UTF_8);
        Path result = dir.resolve("out.csv");
        Files.writeString(result, "before");
        int code = run(
                "monitor",
                "scan",
                "--data",
                file.toString(),
                "--enterprises",
                enterprises().toString(),
                "--out",
                result.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("bad.csv 3 期间 '2025-13'")
                .contains("bad.csv 4 社保缴纳人数 '-3'")
                .contains("bad.csv 5 统一社会信用代码 '" + code(3) + "'")
                .contains("未知企业");
        assertThat(Files.readString(result)).isEqualTo("before");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .doesNotContain("预警.csv")
                    .allSatisfy(n -> assertThat(n).doesNotEndWith(".part"));
        }
    }

    @Test
    void rejectsAnUnknownEventType() throws Exception {
        Path events = dir.resolve("events.csv");
        Files.write(events, List.of("统一社会信用代码,日期,事件类型,说明", code(2) + ",2024-07-03,列入黑名单,"), StandardCharsets.UTF_8);
        assertThat(run("monitor", "scan", "--data", panel().toString(), "--events", events.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("events.csv 2 事件类型 '列入黑名单'").contains("列入经营异常名录");
    }

    @Test
    void generatesALabelledPanelAndGradesItBesideTheNaiveRules() throws Exception {
        Path folder = dir.resolve("panel");
        assertThat(run("monitor", "generate", "--seed", "5", "--firms", "400", "--out-dir", folder.toString()))
                .as(err.toString())
                .isZero();
        assertThat(Files.readAllLines(folder.resolve("故障标注.csv")).get(0)).isEqualTo("统一社会信用代码,故障类型,起始期间,结束期间");
        assertThat(run(
                        "monitor",
                        "eval",
                        "--data",
                        folder.resolve("月度报表.csv").toString(),
                        "--labels",
                        folder.resolve("故障标注.csv").toString(),
                        "--enterprises",
                        folder.resolve("企业.csv").toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("外部面板").contains("F1").contains("naive");
        // The external panel is the generated one, so the in-memory evaluation of the same seed gives the same F1.
        String external = line(out.toString(), "F1");
        out.getBuffer().setLength(0);
        assertThat(run("monitor", "eval", "--seed", "5", "--firms", "400")).isZero();
        assertThat(line(out.toString(), "F1")).isEqualTo(external);
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
