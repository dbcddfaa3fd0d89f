package org.innopark.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code targets}: target enterprises for a chain over the national pool, as {@code innopark.jar chain targets --pool}. */
@Command(
        name = "targets",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "招商靶向:全国候选库按分区由引擎计分,每个园区取前 N 家并附每项贡献的中文说明 / target enterprises: the national"
                    + " pool scored by partition with the engine, the top N per park with every contribution explained",
            "targets --master local[2] --chain ID --pool 候选库.csv|.parquet --park-firms 园区企业.csv [--parks CODE,…|all]"
                    + " [--weights FILE] --top N --out 结果目录"
        },
        footer = {
            "",
            "候选库列同 chain pool import(企业名称、统一社会信用代码、所属行业、所属城市、营业收入、企业标签、风险标签、扩张信号、产品词…);"
                    + "园区企业列:园区代码、园区所在城市、统一社会信用代码、企业名称、行业代码、主营产品、营业收入、研发费用、资质、入驻日期、迁出日期、产业链环节。"
                    + " / pool columns as chain pool import; park-firms columns: park, park_city, credit_code, name,"
                    + " industry, main_products, revenue, rd_expense, qualifications, arrived_on, departed_on, nodes."
        })
final class TargetsCommand implements Callable<Integer> {

    @Mixin
    SparkMain.SparkOptions spark = new SparkMain.SparkOptions();

    @Mixin
    Inputs input = new Inputs();

    @Mixin
    Outputs output = new Outputs();

    @Option(
            names = "--pool",
            paramLabel = "FILE|DIR",
            description = "全国候选库:CSV 或 Parquet(同 --data;数据库表用 --jdbc-url 与 --table)/ the national pool: CSV"
                    + " or Parquet (as --data; a table: --jdbc-url and --table)")
    void pool(String pool) {
        input.data = pool;
    }

    @Option(names = "--chain", required = true, paramLabel = "ID", description = "产业链 id / chain id")
    String chain;

    @Option(
            names = "--park-firms",
            required = true,
            paramLabel = "FILE",
            description = "园区企业 CSV(UTF-8 或 GBK,同 --encoding),所有园区的企业,驱动端读取 / the parks' enterprises (CSV,"
                    + " read on the driver)")
    Path parkFirms;

    @Option(
            names = "--parks",
            paramLabel = "CODE,…|all",
            defaultValue = "all",
            description = "为哪些园区排名(默认 all:文件中的每个园区)/ the parks ranked (default: every park of the file)")
    String parks;

    @Option(
            names = "--weights",
            paramLabel = "FILE",
            description = "权重文件(默认 targeting/default.yaml)/ weights file (default: the built-in)")
    Path weights;

    @Option(names = "--as-of", paramLabel = "DATE", description = "排名日(默认今天)/ day of the ranking (default: today)")
    LocalDate asOf;

    @Option(
            names = "--top",
            required = true,
            paramLabel = "N",
            description = "每个园区前 N 家(1 到 10000)/ the top N per park (1..10000)")
    int top;

    @Override
    public Integer call() {
        String problem = input.problem() != null ? input.problem() : output.problem();
        if (problem == null && (top < 1 || top > 10_000)) {
            problem = "--top 应在 1 到 10000 之间 / --top must be 1..10000";
        }
        if (problem == null && TargetsJob.library().find(chain).isEmpty()) {
            problem = "未知产业链 " + chain + " / unknown chain " + chain;
        }
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        List<String> ranked = parks.equalsIgnoreCase("all")
                ? null
                : Arrays.stream(parks.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        TargetsJob.Settings settings = new TargetsJob.Settings(
                chain,
                ranked,
                weights == null ? null : RuleText.of(weights.toString(), null),
                asOf == null ? LocalDate.now() : asOf,
                top);
        TargetsJob.rules(settings.weights());
        return Jobs.run(
                spark,
                "targets",
                input,
                output,
                in -> TargetsJob.run(in, settings, parkFirms.toString(), input.encoding));
    }
}
