package org.innopark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.innopark.engine.monitor.EarlyWarning;
import org.innopark.engine.monitor.FirmProfile;
import org.innopark.engine.monitor.FirmSeries;
import org.innopark.engine.monitor.Measure;
import org.innopark.engine.monitor.Panel;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.SpringFestival;
import org.innopark.engine.monitor.eval.GeneratorParameters;
import org.innopark.engine.monitor.eval.LabelledPanel;
import org.innopark.engine.monitor.eval.PanelGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor job's contract: on the same files, the embedded engine (the whole panel scanned in one call, as
 * {@code innopark.jar monitor scan --data} scans it) and the Spark job on {@code local[2]} (grouped by enterprise,
 * the peers by month) give identical alert tables, row for row and in the same order.
 */
class MonitorContractTests {

    @TempDir
    static Path dir;

    static final List<String> PANEL_HEADERS =
            List.of("统一社会信用代码", "期间", "营业收入(万元)", "纳税总额(万元)", "社保缴纳人数", "用电量(千瓦时)", "出口额(万元)");
    static final List<String> ENTERPRISE_HEADERS = List.of("统一社会信用代码", "企业名称", "行业代码", "成立日期");
    static final List<String> EVENT_HEADERS = List.of("统一社会信用代码", "日期", "事件类型", "说明");

    static List<String[]> panelRows;
    static List<String[]> enterpriseRows;
    static List<String[]> eventRows;
    static LabelledPanel generated;

    @BeforeAll
    static void data() {
        SharedSpark.get();
        // The engine's own test-panel generator (firms of several industries and sizes, with labelled faults),
        // harsh: more of every look-alike the rules must not take for a fault.
        generated =
                new PanelGenerator(GeneratorParameters.HARSH, SpringFestival.official()).generate(20261202L, 260, 36);
        panelRows = new ArrayList<>();
        Panel panel = generated.panel();
        for (FirmSeries f : panel.firms()) {
            for (int t = 0; t < f.months(); t++) {
                if (!f.reported(t)) {
                    continue;
                }
                String[] row = new String[PANEL_HEADERS.size()];
                row[0] = f.creditCode();
                row[1] = Period.format(panel.start() + t);
                for (Measure m : Measure.values()) {
                    double v = f.value(m, t);
                    row[2 + m.ordinal()] =
                            Double.isNaN(v) ? "" : v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
                }
                row[6] = t % 5 == 0 ? "12.5" : "";
                panelRows.add(row);
            }
        }
        enterpriseRows = new ArrayList<>();
        for (FirmProfile p : generated.profiles()) {
            enterpriseRows.add(new String[] {
                p.creditCode(),
                p.name(),
                p.industry(),
                p.registered() == null ? "" : p.registered().toString()
            });
        }
        // Listings by hand: one listed and removed, one listed before the panel and never removed, one listed
        // twice, one on the serious list.
        List<String> codes =
                generated.profiles().stream().map(FirmProfile::creditCode).toList();
        eventRows = List.of(
                new String[] {codes.get(3), "2024-05-13", "列入经营异常名录", "通过登记的住所或者经营场所无法联系"},
                new String[] {codes.get(3), "2024-09-02", "移出经营异常名录", "已更正登记住所"},
                new String[] {codes.get(11), "2019-07-01", "列入经营异常名录", "未按照规定的期限公示年度报告"},
                new String[] {codes.get(20), "2024-02-01", "列入经营异常名录", "未依照规定公示有关企业信息"},
                new String[] {codes.get(20), "2024-03-05", "移出经营异常名录", ""},
                new String[] {codes.get(20), "2024-03-28", "列入经营异常名录", "通过登记的住所无法联系"},
                new String[] {codes.get(42), "2025-01-20", "列入严重违法失信名单", "被列入经营异常名录届满3年仍未履行相关义务"});
    }

    static Path csv(String name, List<String> headers, List<String[]> rows) {
        return SyntheticFirms.csv(dir.resolve(name), headers, rows);
    }

    static Dataset<Row> read(Path file) {
        Inputs in = new Inputs();
        in.data = file.toString();
        return in.read(SharedSpark.get());
    }

    static List<List<Object>> spark(Dataset<Row> result) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : result.collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                values.add(r.get(i));
            }
            out.add(values);
        }
        return out;
    }

    static List<List<Object>> lists(List<Object[]> rows) {
        return rows.stream().map(r -> Arrays.asList(r)).toList();
    }

    static final MonitorJob.Settings OFFICIAL = new MonitorJob.Settings(null, null);

    @Test
    void theBackScanOnSparkEqualsTheEmbeddedEngineRowForRowAndInOrder() {
        List<List<Object>> embedded = lists(MonitorJob.embedded(
                PANEL_HEADERS, panelRows, ENTERPRISE_HEADERS, enterpriseRows, EVENT_HEADERS, eventRows, OFFICIAL));
        Dataset<Row> result = MonitorJob.run(
                read(csv("panel.csv", PANEL_HEADERS, panelRows)),
                read(csv("enterprises.csv", ENTERPRISE_HEADERS, enterpriseRows)),
                read(csv("events.csv", EVENT_HEADERS, eventRows)),
                OFFICIAL);

        assertThat(result.columns()).containsExactly("统一社会信用代码", "期间", "规则", "严重程度", "说明");
        assertThat(spark(result)).isEqualTo(embedded);
        // Many alerts of many rules, the listings among them, and the peers named in some explanations.
        assertThat(embedded).hasSizeGreaterThan(30);
        assertThat(embedded.stream().map(r -> r.get(2)).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(embedded.stream().map(r -> r.get(2)))
                .contains("listed-abnormal", "serious-untrustworthy", "revenue-drop");
        assertThat(embedded.stream().map(r -> (String) r.get(4))).anyMatch(s -> s.contains("同行(同行业同规模)同期中位变化"));
        // The second listing of the firm listed twice in a month's time is its own alert, after the first.
        assertThat(embedded.stream()
                        .filter(r ->
                                r.get(0).equals(generated.profiles().get(20).creditCode())
                                        && r.get(2).equals("listed-abnormal"))
                        .map(r -> ((String) r.get(4))
                                .substring(
                                        ((String) r.get(4)).indexOf(':') + 1, ((String) r.get(4)).indexOf(':') + 11)))
                .containsExactly("2024-02-01", "2024-03-28");
    }

    @Test
    void scanningEachFirmAloneWouldNotGiveThem() {
        // What the peers' step is for: a scan of each firm without the others differs from the whole panel's.
        List<List<Object>> whole = lists(MonitorJob.embedded(
                PANEL_HEADERS, panelRows, ENTERPRISE_HEADERS, enterpriseRows, null, null, OFFICIAL));
        List<List<Object>> alone = new ArrayList<>();
        for (FirmProfile p : generated.profiles()) {
            List<String[]> rows =
                    panelRows.stream().filter(r -> r[0].equals(p.creditCode())).toList();
            List<String[]> profile = enterpriseRows.stream()
                    .filter(r -> r[0].equals(p.creditCode()))
                    .toList();
            alone.addAll(
                    lists(MonitorJob.embedded(PANEL_HEADERS, rows, ENTERPRISE_HEADERS, profile, null, null, OFFICIAL)));
        }
        assertThat(alone.stream().sorted(ROWS).toList())
                .isNotEqualTo(whole.stream().sorted(ROWS).toList());
    }

    static final java.util.Comparator<List<Object>> ROWS = java.util.Comparator.comparing(
                    (List<Object> r) -> (String) r.get(0))
            .thenComparing(r -> (String) r.get(1))
            .thenComparing(r -> (String) r.get(2))
            .thenComparing(r -> (String) r.get(4));

    @Test
    void withoutEnterprisesOrEventsTheSparkJobEqualsTheEngineToo() {
        List<List<Object>> embedded =
                lists(MonitorJob.embedded(PANEL_HEADERS, panelRows, null, null, null, null, OFFICIAL));
        Dataset<Row> result =
                MonitorJob.run(read(csv("panel-only.csv", PANEL_HEADERS, panelRows)), null, null, OFFICIAL);

        assertThat(spark(result)).isEqualTo(embedded);
        assertThat(embedded).isNotEmpty();
    }

    @Test
    void theCommandWritesTheCliColumnsAsCsv() throws Exception {
        Path out = dir.resolve("alerts");
        int exit = SparkMain.run(
                "monitor",
                "--data",
                csv("panel-cmd.csv", PANEL_HEADERS, panelRows).toString(),
                "--enterprises",
                csv("enterprises-cmd.csv", ENTERPRISE_HEADERS, enterpriseRows).toString(),
                "--out",
                out.toString());

        assertThat(exit).isEqualTo(0);
        List<String> lines = partLines(out, true);
        assertThat(lines.get(0)).isEqualTo("统一社会信用代码,期间,规则,严重程度,说明");
        List<Object[]> embedded =
                MonitorJob.embedded(PANEL_HEADERS, panelRows, ENTERPRISE_HEADERS, enterpriseRows, null, null, OFFICIAL);
        assertThat(lines).hasSize(1 + embedded.size());
        assertThat(lines.get(1))
                .startsWith(embedded.get(0)[0] + "," + embedded.get(0)[1] + "," + embedded.get(0)[2] + ",");
    }

    @Test
    void aBadFigureNamesTheFileTheEnterpriseAndTheMonthAndNothingIsWritten() throws Exception {
        List<String[]> bad = new ArrayList<>(panelRows);
        String[] broken = bad.get(500).clone();
        broken[4] = "八十六";
        bad.set(500, broken);
        Path out = dir.resolve("bad-out");

        String[] run = run(
                "monitor", "--data", csv("bad-panel.csv", PANEL_HEADERS, bad).toString(), "--out", out.toString());

        assertThat(run[0]).isEqualTo("2");
        assertThat(out).doesNotExist();
        assertThat(run[1])
                .contains("bad-panel.csv", broken[0] + " / " + broken[1], "社保缴纳人数", "八十六", "nothing was written");
    }

    @Test
    void anEnterpriseMissingFromTheEnterprisesFileIsRejected() throws Exception {
        List<String[]> fewer = enterpriseRows.subList(1, enterpriseRows.size());
        Path out = dir.resolve("unknown-out");

        String[] run = run(
                "monitor",
                "--data",
                csv("panel-unknown.csv", PANEL_HEADERS, panelRows).toString(),
                "--enterprises",
                csv("fewer.csv", ENTERPRISE_HEADERS, fewer).toString(),
                "--out",
                out.toString());

        assertThat(run[0]).isEqualTo("2");
        assertThat(out).doesNotExist();
        assertThat(run[1]).contains("unknown enterprise: " + enterpriseRows.get(0)[0], "nothing was written");
    }

    /** The lines of a job's part files in order; with headers, the first file's header only. */
    static List<String> partLines(Path out, boolean headers) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                List<String> l = Files.readAllLines(p, StandardCharsets.UTF_8);
                lines.addAll(!headers || lines.isEmpty() || l.isEmpty() ? l : l.subList(1, l.size()));
            }
        }
        return lines;
    }

    /** Runs the command line; its exit code and standard error. */
    static String[] run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkMain.run(args);
        } finally {
            System.setErr(stderr);
        }
        return new String[] {String.valueOf(exit), err.toString(StandardCharsets.UTF_8)};
    }

    static {
        // the engine class the contract is about, named so that a rename shows here
        EarlyWarning.class.getName();
    }
}
