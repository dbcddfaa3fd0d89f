package org.innopark.spark;

import java.util.concurrent.Callable;
import org.innopark.engine.points.PointsSchemeLoader;
import org.innopark.engine.registry.MoneyUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code points}: the innovation-points ranking of every cohort, as {@code innopark.jar points --data}. */
@Command(
        name = "points",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "企业创新积分排名(按队列分组,每组由引擎计分排名)/ innovation points ranking (grouped by cohort, each group"
                    + " scored and ranked by the engine)",
            "points --master local[2] --data 积分数据.csv --out 结果目录 [--scheme ID|FILE] [--year Y] [--park CODE]"
        },
        footer = {
            "",
            "输入列同 innopark.jar points --data(模板 template points-input);输出列同其 CSV / input columns as"
                    + " innopark.jar points --data (template points-input); output columns as its CSV."
        })
final class PointsCommand implements Callable<Integer> {

    @Mixin
    SparkMain.SparkOptions spark = new SparkMain.SparkOptions();

    @Mixin
    Inputs input = new Inputs();

    @Mixin
    Outputs output = new Outputs();

    @Option(
            names = "--scheme",
            paramLabel = "ID|FILE",
            description = "积分方案:内置 id 或 YAML 文件(默认 " + PointsSchemeLoader.DEFAULT_ID + ")/ scheme: built-in id or"
                    + " YAML file")
    String scheme;

    @Option(names = "--year", paramLabel = "Y", description = "评价年度(默认输入中最近的年度)/ year scored (default: the latest)")
    Integer year;

    @Option(names = "--park", paramLabel = "CODE", description = "只排该园区 / only this park")
    String park;

    @Option(names = "--top", paramLabel = "N", description = "只列前 N 名(并列者全列)/ the top N only, ties included")
    Integer top;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            description = "未注明单位的金额列的单位 YUAN|THOUSAND_YUAN|TEN_THOUSAND_YUAN|HUNDRED_MILLION_YUAN / unit of money"
                    + " columns whose header declares none")
    MoneyUnit unit;

    @Override
    public Integer call() {
        String problem = input.problem() != null ? input.problem() : output.problem();
        if (problem == null && top != null && top < 1) {
            problem = "--top 应为正整数 / --top must be a positive number";
        }
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        RuleText rule = RuleText.of(scheme, PointsSchemeLoader.DEFAULT_ID);
        PointsJob.Settings settings = new PointsJob.Settings(rule, year, park, unit, top);
        PointsJob.scheme(rule);
        return Jobs.run(spark, "points", input, output, in -> PointsJob.run(in, settings));
    }
}
