package org.innopark.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import picocli.CommandLine.Option;

/**
 * Where a job reads its rows: a CSV file or directory (UTF-8 or GBK, with the same headers as the CLI's
 * {@code --data} file), Parquet (the same column names), or a PostgreSQL table over JDBC read in partitions. Every
 * column arrives as text, which the engine parses as the CLI parses a cell, and each row carries its source (file
 * name or table) for error messages.
 */
public final class Inputs {

    @Option(
            names = "--data",
            paramLabel = "FILE|DIR",
            description = "输入:CSV 或 Parquet 文件/目录(列同 CLI 的 --data 文件)/ input: CSV or Parquet file or directory"
                    + " (the CLI's --data columns)")
    String data;

    @Option(
            names = "--input-format",
            paramLabel = "csv|parquet",
            description = "输入格式(默认按扩展名,目录为 parquet)/ input format (default: by extension; a directory is parquet)")
    String inputFormat;

    @Option(
            names = "--encoding",
            paramLabel = "UTF-8|GBK",
            defaultValue = "UTF-8",
            description = "CSV 编码(默认 ${DEFAULT-VALUE})/ CSV encoding")
    String encoding = "UTF-8";

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description = "输入:数据库表(如 jdbc:postgresql://host:5432/innopark),与 --table 一起用 / input: a database"
                    + " table, with --table")
    String jdbcUrl;

    @Option(names = "--table", paramLabel = "TABLE", description = "表名或 (SELECT ...) t / table, or (SELECT ...) t")
    String table;

    @Option(
            names = "--jdbc-user",
            paramLabel = "USER",
            description = "数据库用户;密码取自环境变量 INNOPARK_JDBC_PASSWORD / database user; the password is read from"
                    + " INNOPARK_JDBC_PASSWORD")
    String jdbcUser;

    @Option(
            names = "--partition-column",
            paramLabel = "COLUMN",
            description = "分区读取所按的数值/日期列(如 id)/ numeric or date column the read is partitioned by")
    String partitionColumn;

    @Option(
            names = "--lower-bound",
            paramLabel = "N",
            description = "分区列下界(默认取表中最小值)/ lower bound (default: the column's minimum)")
    String lowerBound;

    @Option(
            names = "--upper-bound",
            paramLabel = "N",
            description = "分区列上界(默认取表中最大值)/ upper bound (default: the column's maximum)")
    String upperBound;

    @Option(
            names = "--num-partitions",
            paramLabel = "N",
            defaultValue = "8",
            description = "并行读取的分区数(默认 ${DEFAULT-VALUE})/ partitions read in parallel")
    int numPartitions = 8;

    /** What the input is, for messages. */
    String describe() {
        return data != null ? data : "table " + table;
    }

    /** Checks that exactly one input is given; returns the problem, or null. */
    String problem() {
        if ((data == null) == (jdbcUrl == null)) {
            return "需要 --data FILE 或 --jdbc-url URL --table TABLE 之一 / give either --data FILE or --jdbc-url URL"
                    + " --table TABLE";
        }
        if (jdbcUrl != null && table == null) {
            return "--jdbc-url 需要 --table / --jdbc-url needs --table";
        }
        if (inputFormat != null && !List.of("csv", "parquet").contains(inputFormat.toLowerCase(Locale.ROOT))) {
            return "--input-format 应为 csv 或 parquet / --input-format must be csv or parquet: " + inputFormat;
        }
        return null;
    }

    /** Whether the input is CSV (the output then defaults to CSV, like the CLI's). */
    boolean isCsv() {
        if (data == null) {
            return false;
        }
        if (inputFormat != null) {
            return inputFormat.equalsIgnoreCase("csv");
        }
        return data.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The rows, every column as text, and the source column last. */
    public Dataset<Row> read(SparkSession spark) {
        Dataset<Row> raw;
        Column source;
        if (data != null) {
            raw = isCsv()
                    ? spark.read()
                            .option("header", "true")
                            .option("encoding", encoding)
                            .option("quote", "\"")
                            .option("escape", "\"")
                            .option("mode", "FAILFAST")
                            .option("enforceSchema", "false")
                            .csv(data)
                    : spark.read().parquet(data);
            source = functions.input_file_name();
        } else {
            raw = jdbc(spark);
            source = functions.lit("table " + table);
        }
        List<Column> columns = new ArrayList<>();
        for (String c : raw.columns()) {
            columns.add(raw.col("`" + c + "`").cast(DataTypes.StringType).as(c));
        }
        columns.add(source.as(Cells.SOURCE));
        return raw.select(columns.toArray(Column[]::new));
    }

    private Dataset<Row> jdbc(SparkSession spark) {
        DataFrameReader reader = base(spark).option("dbtable", table).option("fetchsize", "10000");
        if (partitionColumn != null) {
            String lower = lowerBound;
            String upper = upperBound;
            if (lower == null || upper == null) {
                Row bounds = base(spark)
                        .option(
                                "query",
                                "SELECT MIN(" + partitionColumn + ") AS lo, MAX(" + partitionColumn + ") AS hi FROM "
                                        + table)
                        .load()
                        .first();
                lower = lower != null ? lower : String.valueOf(bounds.get(0));
                upper = upper != null ? upper : String.valueOf(bounds.get(1));
            }
            reader = reader.option("partitionColumn", partitionColumn)
                    .option("lowerBound", lower)
                    .option("upperBound", upper)
                    .option("numPartitions", numPartitions);
        }
        return reader.load();
    }

    private DataFrameReader base(SparkSession spark) {
        DataFrameReader reader = spark.read().format("jdbc").option("url", jdbcUrl);
        if (jdbcUser != null) {
            reader = reader.option("user", jdbcUser);
        }
        String password = System.getenv("INNOPARK_JDBC_PASSWORD");
        if (password != null) {
            reader = reader.option("password", password);
        }
        return reader;
    }
}
