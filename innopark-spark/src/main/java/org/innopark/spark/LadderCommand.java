package org.innopark.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.innopark.engine.registry.MoneyUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ladder}: every enterprise's outcome under each scheme, as {@code innopark.jar assess --data}. */
@Command(
        name = "ladder",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "梯度培育评价结论(按企业分组,每家企业由引擎按各方案评价)/ ladder outcomes (grouped by enterprise, each assessed"
                    + " by the engine under each scheme)",
            "ladder --master local[2] --data 评价数据.csv --out 结果目录 [--scheme all|ID,ID|FILE.yaml] [--year Y]"
        },
        footer = {
            "",
            "输入列同 innopark.jar assess --data(模板 template assess-input);输出为其 CSV 的结论列,每家企业每个方案一行 /"
                    + " input columns as innopark.jar assess --data; output: its CSV's outcome columns, one row per"
                    + " enterprise and scheme."
        })
final class LadderCommand implements Callable<Integer> {

    @Mixin
    SparkMain.SparkOptions spark = new SparkMain.SparkOptions();

    @Mixin
    Inputs input = new Inputs();

    @Mixin
    Outputs output = new Outputs();

    @Option(
            names = "--scheme",
            paramLabel = "all|ID,ID|FILE",
            defaultValue = LadderJob.ALL,
            description = "评价方案:all(全部官方方案,默认)、逗号分隔的 id 或一个 YAML 文件 / schemes: all (every official"
                    + " scheme, the default), ids separated by commas, or one YAML file")
    String scheme;

    @Option(
            names = "--year",
            paramLabel = "Y",
            description = "评价年度(默认每家企业最近的年度)/ year assessed (default: each enterprise's latest)")
    Integer year;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            description = "未注明单位的金额列的单位 / unit of money columns whose header declares none")
    MoneyUnit unit;

    @Override
    public Integer call() {
        String problem = input.problem() != null ? input.problem() : output.problem();
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        List<RuleText> schemes;
        try {
            schemes = LadderJob.schemes(scheme);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        LadderJob.Settings settings = new LadderJob.Settings(schemes, year, unit);
        return Jobs.run(spark, "ladder", input, output, in -> LadderJob.run(in, settings));
    }
}
