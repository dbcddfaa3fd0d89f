package org.innopark.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code monitor}: the early warning's back-scan of every enterprise, as {@code innopark.jar monitor scan --data}. */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "经营异常预警回溯扫描(按企业分组计算,同行统计按月汇总)/ the early warning's back-scan (grouped by enterprise;"
                    + " the peers' statistics by month)",
            "monitor --master local[2] --data 月度报表.csv [--enterprises 企业.csv] [--events 信用事件.csv] --out 结果目录"
                    + " [--rules FILE] [--festival FILE]"
        },
        footer = {
            "",
            "输入列同 innopark.jar monitor scan --data/--enterprises/--events(CSV 或 Parquet;--data 亦可为数据库表);"
                    + "输出列:统一社会信用代码,期间,规则,严重程度,说明,按期间、信用代码、规则文件顺序排列 / input columns as"
                    + " innopark.jar monitor scan's files; output: its CSV's columns, in its order."
        })
final class MonitorCommand implements Callable<Integer> {

    @Mixin
    SparkMain.SparkOptions spark = new SparkMain.SparkOptions();

    @Mixin
    Inputs input = new Inputs();

    @Mixin
    Outputs output = new Outputs();

    @Option(
            names = "--enterprises",
            paramLabel = "FILE|DIR",
            description = "企业名单(CSV 或 Parquet):统一社会信用代码,企业名称,行业代码,成立日期 / enterprises (CSV or Parquet)")
    String enterprises;

    @Option(
            names = "--events",
            paramLabel = "FILE|DIR",
            description = "信用事件(CSV 或 Parquet):统一社会信用代码,日期,事件类型,说明 / credit events (CSV or Parquet)")
    String events;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "预警规则文件(默认内置 early-warning.yaml)/ the rule file (default: the built-in one)")
    Path rules;

    @Option(
            names = "--festival",
            paramLabel = "FILE",
            description = "春节日期表(默认内置 spring-festival.yaml)/ the Spring Festival table")
    Path festival;

    @Override
    public Integer call() {
        String problem = input.problem() != null ? input.problem() : output.problem();
        for (Path p : new Path[] {rules, festival}) {
            if (problem == null && p != null && !Files.isRegularFile(p)) {
                problem = "无法读取文件 / cannot read " + p;
            }
        }
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        MonitorJob.Settings settings = new MonitorJob.Settings(text(rules), text(festival));
        MonitorJob.warning(settings);
        return Jobs.run(
                spark,
                "monitor",
                input,
                output,
                panel -> MonitorJob.run(panel, side(panel, enterprises), side(panel, events), settings));
    }

    private static RuleText text(Path file) {
        return file == null ? null : RuleText.of(file.toString(), null);
    }

    /** A second input read as the panel is (its encoding), or null when not given. */
    private Dataset<Row> side(Dataset<Row> panel, String data) {
        if (data == null) {
            return null;
        }
        Inputs side = new Inputs();
        side.data = data;
        side.encoding = input.encoding;
        return side.read(panel.sparkSession());
    }
}
