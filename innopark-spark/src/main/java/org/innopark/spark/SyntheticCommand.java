package org.innopark.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code synthetic}: enterprise-years drawn at random (see {@link SyntheticFirms}) in the columns of
 * {@code points --data}, for trying the jobs and sizing a cluster: one CSV file written here, or Parquet drawn by
 * Spark's own partitions for millions of rows.
 */
@Command(
        name = "synthetic",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "生成随机的企业年报数据(列同 points --data),用于试运行和集群容量估算 / random enterprise-years in the"
                    + " columns of points --data, for trials and cluster sizing",
            "synthetic --firms 1000 --out firms.csv | synthetic --firms 5000000 --years 2 --format parquet --out DIR"
        })
final class SyntheticCommand implements Callable<Integer> {

    @Mixin
    SparkMain.SparkOptions spark = new SparkMain.SparkOptions();

    @Option(
            names = "--firms",
            defaultValue = "0",
            paramLabel = "N",
            description = "企业数(points、assess)/ enterprises (points, assess)")
    long firms;

    @Option(
            names = "--years",
            defaultValue = "2",
            paramLabel = "Y",
            description = "每家企业的年度数(截至2025)/ years per enterprise, up to 2025")
    int years;

    @Option(names = "--parks", defaultValue = "5", paramLabel = "P", description = "园区数(默认 ${DEFAULT-VALUE})/ parks")
    int parks;

    @Option(names = "--seed", defaultValue = "20261202", paramLabel = "S", description = "随机种子 / seed")
    long seed;

    @Option(
            names = "--format",
            defaultValue = "csv",
            paramLabel = "csv|parquet",
            description = "csv:本机写一个文件;parquet:由 Spark 分区生成目录 / csv: one file written here; parquet: a"
                    + " directory drawn by Spark")
    String format;

    @Option(
            names = "--kind",
            defaultValue = "points",
            paramLabel = "points|assess|index",
            description = "points:points --data 的列;assess:assess --data 的列(含高企证书与事实);index:index --data"
                    + " 的长表(--parks 个单位、--years 年、--framework 的指标,仅 csv)/ the columns of points --data, of"
                    + " assess --data (with 高企 certificates and a fact), or the long layout of index --data (--parks"
                    + " units, --years years, the indicators of --framework; csv only)")
    String kind;

    @Option(
            names = "--framework",
            defaultValue = "national-htz-2021",
            paramLabel = "ID",
            description = "--kind index 的指标体系 / the framework of --kind index")
    String framework;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR", description = "输出 / output")
    String out;

    @Override
    public Integer call() {
        if (years < 1 || parks < 1 || (firms < 1 && !kind.equals("index"))) {
            System.err.println("--firms、--years、--parks 应为正整数 / must be positive");
            return 2;
        }
        if (kind.equals("index")) {
            List<String> ids = IndexJob.framework(RuleText.of(framework, null)).indicators().stream()
                    .map(org.innopark.engine.index.FrameworkNode::id)
                    .toList();
            SyntheticFirms.csv(
                    Path.of(out), SyntheticFirms.INDEX_HEADERS, SyntheticFirms.indexRows(seed, ids, parks, years));
            return 0;
        }
        boolean assess = kind.equals("assess");
        if (format.equals("csv")) {
            SyntheticFirms.csv(Path.of(out), seed, firms, years, parks, assess);
            return 0;
        }
        SparkSession session = spark.session("synthetic");
        try {
            long block = 10_000;
            long blocks = (firms + block - 1) / block;
            StructType schema = new StructType();
            for (String h : assess ? SyntheticFirms.ASSESS_HEADERS : SyntheticFirms.HEADERS) {
                schema = schema.add(h, DataTypes.StringType);
            }
            long total = firms;
            long s = seed;
            int y = years;
            int p = parks;
            Dataset<Row> rows = session.range(0, blocks, 1, (int) Math.max(2, blocks / 50))
                    .flatMap(
                            (FlatMapFunction<Long, Row>) b -> {
                                long first = b * block;
                                int n = (int) Math.min(block, total - first);
                                List<Row> out = new ArrayList<>(n * y);
                                List<String[]> drawn = SyntheticFirms.rows(s, first, n, y, p);
                                for (String[] r : assess ? SyntheticFirms.assessRows(drawn) : drawn) {
                                    out.add(RowFactory.create((Object[]) r));
                                }
                                return out.iterator();
                            },
                            Encoders.row(schema));
            rows.write().parquet(out);
            return 0;
        } finally {
            session.stop();
        }
    }
}
