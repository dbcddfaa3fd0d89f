package org.innopark.spark;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.innopark.engine.io.CellValues;
import org.innopark.engine.io.DataLayout;
import org.innopark.engine.io.PointsData;
import org.innopark.engine.io.PointsTable;
import org.innopark.engine.points.PointsInput;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.PointsSchemeLoader;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * 创新积分 as a Spark job: the rows of a {@code points --data} file (CSV, Parquet or a table) are grouped by the cohort
 * the scheme ranks them in (the engine's {@link PointsInput#cohortName}: the park, the park and industry division, or
 * 全国), and each group is scored and ranked by the engine's own {@link PointsTable#score} — percentiles, goalposts
 * and ranks are per cohort, so a cohort scored alone gives what the whole file scored at once gives. The embedded
 * form ({@link #embedded}) scores the whole input in one call, as {@code innopark.jar points --data} does.
 */
public final class PointsJob {

    private PointsJob() {}

    /**
     * What the job is asked.
     *
     * @param year the year scored, or null for the latest year in the input
     * @param park only this park's enterprises (also the park of rows without one), or null
     * @param unit the unit of money headers that declare none, or null to require one
     * @param top list only enterprises ranked this or better, or null
     */
    public record Settings(RuleText scheme, Integer year, String park, MoneyUnit unit, Integer top)
            implements Serializable {

        String defaultPark() {
            return park != null ? park : PointsData.DEFAULT_PARK;
        }
    }

    private static final Map<RuleText, PointsScheme> SCHEMES = new ConcurrentHashMap<>();

    /** The scheme, parsed once per JVM (driver or executor) by the engine's loader. */
    static PointsScheme scheme(RuleText rule) {
        return SCHEMES.computeIfAbsent(
                rule,
                r -> r.id() != null
                        ? PointsSchemeLoader.resolve(r.id())
                        : PointsSchemeLoader.parse(r.fileName(), new StringReader(r.text())));
    }

    /** The output's schema: the CLI's ranking columns (排名 an integer, points as doubles). */
    public static StructType schema(PointsScheme scheme) {
        List<String> headers = PointsTable.headers(scheme);
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            DataType type = i == 1 ? DataTypes.IntegerType : i < 6 ? DataTypes.StringType : DataTypes.DoubleType;
            fields.add(DataTypes.createStructField(headers.get(i), type, false));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Runs the job on Spark.
     *
     * @param input text columns named as the CLI's file names them, and the source column last ({@link Inputs})
     */
    public static Dataset<Row> run(Dataset<Row> input, Settings settings) {
        PointsScheme scheme = scheme(settings.scheme());
        List<String> headers = Arrays.asList(input.columns()).subList(0, input.columns().length - 1);
        DataLayout layout = PointsData.layout(headers, settings.unit());
        int year = settings.year() != null ? settings.year() : latestYear(input, layout);
        String park = settings.park();
        String defaultPark = settings.defaultPark();
        var cohortKind = scheme.cohort();
        StructType schema = schema(scheme);
        Dataset<Row> scored = input.groupByKey(
                        (MapFunction<Row, String>) row -> {
                            Enterprise e = enterprise(layout, row, defaultPark);
                            return PointsInput.cohortName(e, cohortKind);
                        },
                        Encoders.STRING())
                .flatMapGroups(
                        (FlatMapGroupsFunction<String, Row, Row>) (cohort, rows) -> {
                            Read read = read(layout, rows, defaultPark, park);
                            List<Row> out = new ArrayList<>();
                            for (Object[] r : PointsTable.score(
                                    scheme(settings.scheme()),
                                    year,
                                    read.enterprises.values(),
                                    read.reports,
                                    settings.top())) {
                                out.add(RowFactory.create(r));
                            }
                            return out.iterator();
                        },
                        Encoders.row(schema));
        // Each partition holds whole cohorts; sorting within partitions costs no further pass over the data (a global
        // orderBy would sample, i.e. score every cohort twice).
        String[] h = schema.fieldNames();
        return scored.sortWithinPartitions(scored.col(h[0]), scored.col(h[1]), scored.col(h[2]));
    }

    /** The same table computed without Spark: the whole input scored in one call of the engine. */
    public static List<Object[]> embedded(List<String> headers, Iterable<String[]> rows, Settings settings) {
        PointsScheme scheme = scheme(settings.scheme());
        DataLayout layout = PointsData.layout(headers, settings.unit());
        List<Row> asRows = new ArrayList<>();
        for (String[] cells : rows) {
            Object[] withSource = Arrays.copyOf(cells, cells.length + 1, Object[].class);
            withSource[cells.length] = "embedded";
            asRows.add(RowFactory.create(withSource));
        }
        Read read = read(layout, asRows.iterator(), settings.defaultPark(), settings.park());
        int year = settings.year() != null
                ? settings.year()
                : read.reports.stream().mapToInt(AnnualReport::year).max().orElse(0);
        return PointsTable.score(scheme, year, read.enterprises.values(), read.reports, settings.top());
    }

    /** The latest year of the input (what the CLI scores without --year), said on standard error. */
    static int latestYear(Dataset<Row> input, DataLayout layout) {
        Dataset<Integer> years = input.mapPartitions(
                (MapPartitionsFunction<Row, Integer>) rows -> {
                    int max = 0;
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        String y = layout.text(Cells.of(row), PointsData.YEAR);
                        if (y != null) {
                            max = Math.max(max, checked(layout, row, PointsData.YEAR, () -> CellValues.year(y)));
                        }
                    }
                    return List.of(max).iterator();
                },
                Encoders.INT());
        int year = years.reduce((org.apache.spark.api.java.function.ReduceFunction<Integer>) Math::max);
        System.err.println(
                "未指定 --year:评价文件中最近的年度 " + year + " / no --year: scoring the latest year in the input, " + year);
        return year;
    }

    private static Enterprise enterprise(DataLayout layout, Row row, String defaultPark) {
        return checked(
                layout,
                row,
                null,
                () -> PointsData.read(layout, Cells.of(row), defaultPark).enterprise());
    }

    private record Read(Map<String, Enterprise> enterprises, List<AnnualReport> reports) {}

    /** A group's rows as the CLI reads a file: the first row of an enterprise describes it; code + year is unique. */
    private static Read read(DataLayout layout, Iterator<Row> rows, String defaultPark, String park) {
        Map<String, Enterprise> enterprises = new LinkedHashMap<>();
        List<AnnualReport> reports = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            PointsData.Record r = checked(layout, row, null, () -> PointsData.read(layout, Cells.of(row), defaultPark));
            Enterprise e =
                    enterprises.computeIfAbsent(r.enterprise().creditCode().value(), k -> r.enterprise());
            if (park != null && !e.parkCode().equalsIgnoreCase(park)) {
                enterprises.remove(e.creditCode().value());
                continue;
            }
            String key = e.creditCode().value() + "/" + r.report().year();
            if (seen.putIfAbsent(key, Cells.source(row)) != null) {
                throw new JobInputException(
                        Cells.source(row),
                        "统一社会信用代码+年度重复(" + key.replace("/", " / ") + ")",
                        "duplicate credit code + year (" + key.replace("/", " / ") + ")");
            }
            reports.add(r.report());
        }
        return new Read(enterprises, reports);
    }

    /** Runs a parse, turning an invalid value into an error that names the source and the row's enterprise. */
    static <T> T checked(DataLayout layout, Row row, String column, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            String[] cells = Cells.of(row);
            String where = layout.text(cells, PointsData.CREDIT_CODE) + " / " + layout.text(cells, PointsData.YEAR);
            throw new JobInputException(
                    Cells.source(row),
                    "行(" + where + ")" + (column == null ? "" : "列 " + column + " ") + ":" + e.messageZh(),
                    "row (" + where + ")" + (column == null ? "" : " column " + column) + ": " + e.messageEn());
        }
    }
}
