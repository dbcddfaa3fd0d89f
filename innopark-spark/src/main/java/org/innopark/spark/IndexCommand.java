package org.innopark.spark;

import java.util.concurrent.Callable;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.IndexRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code index}: the composite park index and its Monte Carlo rank bands, as {@code innopark.jar index --data}. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "园区创新指数与排名不确定性(蒙特卡洛模拟分片到各任务)/ composite park index and its rank uncertainty (the"
                    + " Monte Carlo replications sliced over tasks)",
            "index --master local[2] --framework ID|FILE --data 指数数据.csv --out 结果目录 [--year Y] [--sensitivity N]"
        },
        footer = {
            "",
            "输入为 innopark.jar index --data 的长表(单位 unit、指标 indicator、年份 year、数值 value,可选 名称 name、分组"
                    + " group);输出列同其 CSV / input: the long layout of innopark.jar index --data; output columns as its"
                    + " CSV."
        })
final class IndexCommand implements Callable<Integer> {

    @Mixin
    SparkMain.SparkOptions spark = new SparkMain.SparkOptions();

    @Mixin
    Inputs input = new Inputs();

    @Mixin
    Outputs output = new Outputs();

    @Option(
            names = "--framework",
            required = true,
            paramLabel = "ID|FILE",
            description = "指标体系:内置 id(" + "national-htz-2021, development-index-template)或 YAML 文件 / framework:"
                    + " built-in id or YAML file")
    String framework;

    @Option(names = "--year", paramLabel = "Y", description = "报告年度(默认输入中最近的年度)/ year reported (default: the latest)")
    Integer year;

    @Option(names = "--base-year", paramLabel = "B", description = "基期指数的基期 / base year of a base-year index")
    Integer baseYear;

    @Option(
            names = "--sensitivity",
            paramLabel = "N",
            defaultValue = "0",
            description = "蒙特卡洛次数,0 为不做,最多 " + IndexRun.MAX_SENSITIVITY + " / Monte Carlo replications, 0 for none")
    int sensitivity;

    @Option(
            names = "--slices",
            paramLabel = "S",
            defaultValue = "0",
            description = "模拟分成几个任务(默认为集群的默认并行度)/ tasks sharing the replications (default: the"
                    + " cluster's default parallelism)")
    int slices;

    @Override
    public Integer call() {
        String problem = input.problem() != null ? input.problem() : output.problem();
        if (problem == null) {
            try {
                IndexRun.checkSensitivity(sensitivity);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (problem == null && slices < 0) {
            problem = "--slices 应为正整数 / --slices must be a positive number";
        }
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        RuleText rule = RuleText.of(framework, FrameworkLoader.BUILT_IN.get(0));
        IndexJob.Settings settings = new IndexJob.Settings(rule, year, baseYear, sensitivity, slices);
        IndexJob.framework(rule);
        return Jobs.run(spark, "index", input, output, in -> IndexJob.run(in, settings));
    }
}
