package org.innopark.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine.Option;

/**
 * Where a job writes: a directory of Parquet or CSV part files (local, HDFS, S3 — any Hadoop file system). The result
 * is written into a temporary sibling directory and renamed into place when complete, so {@code --out} never holds
 * half a result.
 */
public final class Outputs {

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "输出目录(不得已存在)/ output directory (must not exist)")
    String out;

    @Option(
            names = "--format",
            paramLabel = "parquet|csv",
            description =
                    "输出格式(默认:CSV 输入为 csv,否则 parquet)/ output format (default: csv for a CSV input, else" + " parquet)")
    String format;

    String problem() {
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("parquet")) {
            return "--format 应为 parquet 或 csv / --format must be parquet or csv: " + format;
        }
        return null;
    }

    /** Fails before any work when the output exists. */
    void checkAbsent(SparkSession spark) {
        try {
            Path target = new Path(out);
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(target)) {
                throw new JobInputException(
                        out, "输出目录已存在,请换一个或先删除", "the output directory exists: choose another" + " or remove it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the result, CSV text cells guarded as the CLI guards them, then moves it into place. */
    void write(Dataset<Row> result, boolean csvByDefault) {
        boolean csv = format != null ? format.toLowerCase(Locale.ROOT).equals("csv") : csvByDefault;
        Path target = new Path(out);
        Path temp = temp(target);
        if (csv) {
            guarded(result)
                    .write()
                    .option("header", "true")
                    .option("quote", "\"")
                    .option("escape", "\"")
                    .option("emptyValue", "")
                    .option("encoding", "UTF-8")
                    .csv(temp.toString());
        } else {
            result.write().parquet(temp.toString());
        }
        place(result, temp, target);
    }

    /** Writes a single text column as lines (UTF-8), e.g. JSON lines, then moves them into place. */
    void writeText(Dataset<Row> lines) {
        Path target = new Path(out);
        Path temp = temp(target);
        lines.write().text(temp.toString());
        place(lines, temp, target);
    }

    private static Path temp(Path target) {
        return new Path(target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
    }

    private static void place(Dataset<Row> result, Path temp, Path target) {
        try {
            FileSystem fs =
                    target.getFileSystem(result.sparkSession().sparkContext().hadoopConfiguration());
            if (!fs.rename(temp, target)) {
                fs.delete(temp, true);
                throw new IOException("cannot move " + temp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text that a spreadsheet could take for a formula (it begins with = + - @ or a tab, and is not a plain number)
     * gets a leading apostrophe, as the CLI's CSV has it.
     */
    static Dataset<Row> guarded(Dataset<Row> result) {
        Column[] columns = new Column[result.columns().length];
        int i = 0;
        for (StructField f : result.schema().fields()) {
            Column c = result.col("`" + f.name() + "`");
            if (f.dataType().equals(DataTypes.StringType)) {
                c = functions
                        .when(
                                c.rlike("^[=+\\-@\\t\\r]").and(functions.not(c.rlike(PLAIN_NUMBER))),
                                functions.concat(functions.lit("'"), c))
                        .otherwise(c);
            }
            columns[i++] = c.as(f.name());
        }
        return result.select(columns);
    }

    private static final String PLAIN_NUMBER = "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$";
}
