package org.innopark.spark;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulletin}: the quantitative facts of many documents, as {@code innopark.jar bulletin extract --format jsonl}. */
@Command(
        name = "bulletin",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "公报与新闻的数量事实提取(每个文档在读取它的任务中提取)/ quantitative facts of bulletins and news (each document"
                    + " extracted in the task that reads it)",
            "bulletin --master local[2] 文档目录|通配符 [...] --out 结果目录 [--format jsonl|parquet]"
        },
        footer = {
            "",
            "输入:txt(UTF-8 或 GBK)与 html;Word、PDF 请用 innopark.jar bulletin extract / input: txt (UTF-8 or GBK) and"
                    + " html; Word and PDF files are read by innopark.jar bulletin extract.",
            "输出:每行一个事实,键 doc, subject, metric, value, unit, period, kind, qualifier, quote(同 CLI 的 JSONL),或"
                    + " Parquet 同名列 / output: one fact a line with the CLI's JSONL keys, or Parquet with those columns."
        })
final class BulletinCommand implements Callable<Integer> {

    @Mixin
    SparkMain.SparkOptions spark = new SparkMain.SparkOptions();

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "文档:目录、文件或通配符(本地、HDFS、S3)/ documents: directories, files or globs (local, HDFS, S3)")
    List<String> paths;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "输出目录(不得已存在)/ output directory (must not exist)")
    String out;

    @Option(
            names = "--format",
            paramLabel = "jsonl|parquet",
            defaultValue = "jsonl",
            description = "输出格式(默认 ${DEFAULT-VALUE})/ output format")
    String format;

    @Override
    public Integer call() {
        if (!List.of("jsonl", "parquet").contains(format.toLowerCase(Locale.ROOT))) {
            System.err.println("--format 应为 jsonl 或 parquet / --format must be jsonl or parquet: " + format);
            return 2;
        }
        Outputs output = new Outputs();
        output.out = out;
        return Jobs.run(spark, "bulletin", output, session -> {
            Dataset<Row> facts = BulletinJob.run(session, String.join(",", paths));
            if (BulletinJob.jsonl(format)) {
                output.writeText(facts.select(BulletinJob.LINE));
            } else {
                output.write(facts.drop(BulletinJob.LINE), false);
            }
        });
    }
}
