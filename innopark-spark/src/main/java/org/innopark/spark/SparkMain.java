package org.innopark.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.innopark.engine.index.IndexCalculationException;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.rules.RuleFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code innopark-spark}: the engine's batch computations as Spark jobs. On one machine:
 * {@code java -jar innopark-spark.jar points --master local[2] --data FILE.csv --out DIR}; on a cluster:
 * {@code spark-submit --class org.innopark.spark.SparkMain innopark-spark.jar points --data ... --out ...}.
 */
@Command(
        name = "innopark-spark",
        mixinStandardHelpOptions = true,
        version = "innopark-spark 0.1.0",
        description = {
            "InnoPark 全国规模批量计算(Apache Spark)/ national-scale batch jobs on Apache Spark",
            "与 innopark.jar 的 --data 命令同列、同规则、同结果 / the same columns, rules and results as innopark.jar's --data"
                    + " commands"
        },
        subcommands = {
            PointsCommand.class,
            LadderCommand.class,
            IndexCommand.class,
            MonitorCommand.class,
            BulletinCommand.class,
            SyntheticCommand.class,
            TargetsCommand.class,
            SyntheticPoolCommand.class
        })
public final class SparkMain {

    /** Options every job takes: where Spark runs and its settings. */
    public static final class SparkOptions {

        @Option(
                names = "--master",
                paramLabel = "URL",
                description = "Spark master(如 local[2]、spark://host:7077、yarn、k8s://...;spark-submit 已给出时省略)/"
                        + " Spark master (omit under spark-submit)")
        String master;

        @Option(
                names = "--shuffle-partitions",
                paramLabel = "N",
                description = "spark.sql.shuffle.partitions(分组后的分区数)/ partitions after the cohort grouping")
        Integer shufflePartitions;

        @Option(
                names = "--conf",
                paramLabel = "KEY=VALUE",
                description = "其他 Spark 设置,可重复 / any other Spark setting, repeatable")
        Map<String, String> conf = new LinkedHashMap<>();

        @Option(
                names = "--metrics",
                paramLabel = "FILE",
                description = "把每个阶段的任务耗时与内存写入 FILE(集群容量估算用)/ write each stage's task times and memory"
                        + " to FILE (for sizing a cluster)")
        java.nio.file.Path metrics;

        private TaskMetricsLog metricsLog;

        /** Writes the stage metrics, when asked. */
        void finish() {
            if (metricsLog != null) {
                metricsLog.write();
            }
        }

        @Option(names = "--verbose", description = "显示 Spark 的 INFO 日志 / show Spark's INFO log")
        boolean verbose;

        SparkSession session(String job) {
            if (!verbose) {
                // Spark's own default logs every start-up step at INFO; a command line wants its warnings only.
                org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.WARN);
            }
            SparkSession.Builder b = SparkSession.builder().appName("innopark " + job);
            if (master != null) {
                b = b.master(master);
            } else if (!new SparkConf().contains("spark.master")) {
                b = b.master("local[*]");
            }
            if (shufflePartitions != null) {
                b = b.config("spark.sql.shuffle.partitions", shufflePartitions.toString());
            }
            for (Map.Entry<String, String> e : conf.entrySet()) {
                b = b.config(e.getKey(), e.getValue());
            }
            SparkSession spark = b.getOrCreate();
            if (metrics != null) {
                metricsLog = new TaskMetricsLog(metrics);
                spark.sparkContext().addSparkListener(metricsLog);
            }
            if (!verbose) {
                spark.sparkContext().setLogLevel("WARN");
            }
            return spark;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line; the exit code: 0 done, 2 bad input (nothing written), 1 anything else. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            String[] message = inputProblem(e);
            if (message != null) {
                System.err.println(message[0]);
                System.err.println(message[1]);
                System.err.println("未写出任何结果 / nothing was written");
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** The Chinese and English message of a bad input anywhere in the cause chain (a task's failure wraps it). */
    static String[] inputProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JobInputException j) {
                return new String[] {j.messageZh(), j.getMessage()};
            }
            if (t instanceof InvalidValueException v) {
                return new String[] {v.messageZh(), v.messageEn()};
            }
            if (t instanceof RuleFileException r) {
                return new String[] {"规则文件无效 / invalid rule file", r.getMessage()};
            }
            if (t instanceof IndexCalculationException c) {
                return new String[] {"指数无法计算 / the index cannot be computed", c.getMessage()};
            }
        }
        return null;
    }
}
