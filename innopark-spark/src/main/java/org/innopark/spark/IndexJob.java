package org.innopark.spark;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexCalculation;
import org.innopark.engine.index.IndexData;
import org.innopark.engine.index.IndexResult;
import org.innopark.engine.index.IndexRun;
import org.innopark.engine.index.RankUncertainty;
import org.innopark.engine.index.UncertaintyResult;
import org.innopark.engine.index.UncertaintySpec;
import org.innopark.engine.io.UnitsData;
import org.innopark.engine.registry.InvalidValueException;

/**
 * 园区创新指数 as a Spark job. The index itself is small — a few hundred parks × a few dozen indicators — and is
 * computed on the driver by the engine's {@link IndexCalculation}; what grows with the question is the Monte Carlo of
 * the rank uncertainty ({@code --sensitivity N}). Its replications are cut into slices, one Spark task per slice, and
 * every task runs the engine's own {@link RankUncertainty.Plan#simulate} on its slice; the slices' integer rank sums
 * are added up on the driver. Every replication's draws are made up front from the seed, so replication r is the same
 * on whichever executor it runs, and the bands equal the embedded engine's ({@link #embedded}) exactly.
 *
 * <p>The input is the long layout of {@code innopark.jar index --data}: 单位 {@code unit} (or 园区 {@code park}), 指标
 * {@code indicator}, 年份 {@code year}, 数值 {@code value}, optional 名称 {@code name} and 分组 {@code group}; an empty
 * cell, NA or - is a missing value. The output has the columns of that command's CSV, one row per year, node and
 * park.
 */
public final class IndexJob {

    private IndexJob() {}

    /**
     * What the job is asked.
     *
     * @param framework the framework: a built-in id or a YAML file's text
     * @param year the year reported, or null for the latest in the input
     * @param baseYear the base year of a base-year index, or null
     * @param sensitivity Monte Carlo replications (0: none)
     * @param slices how many tasks share the replications (0: one per core of the cluster's default parallelism)
     */
    public record Settings(RuleText framework, Integer year, Integer baseYear, int sensitivity, int slices)
            implements Serializable {}

    /** The output's columns: those of {@code innopark.jar index --data ... --format csv}. */
    public static final StructType SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("level", DataTypes.IntegerType, false)
            .add("node", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, true)
            .add("indicator", DataTypes.BooleanType, false)
            .add("park", DataTypes.StringType, false)
            .add("park_name", DataTypes.StringType, true)
            .add("value", DataTypes.DoubleType, true)
            .add("score", DataTypes.DoubleType, true)
            .add("rank", DataTypes.IntegerType, false)
            .add("median_rank", DataTypes.IntegerType, true)
            .add("rank_5", DataTypes.IntegerType, true)
            .add("rank_95", DataTypes.IntegerType, true);

    static Framework framework(RuleText rule) {
        return rule.id() != null
                ? FrameworkLoader.byIdOrFile(rule.id())
                : FrameworkLoader.parse(rule.fileName(), new StringReader(rule.text()));
    }

    /** The Spark job: the input rows read into the engine's data, the replications spread over tasks. */
    public static Dataset<Row> run(Dataset<Row> input, Settings settings) {
        Framework framework = framework(settings.framework());
        List<Row> collected = input.collectAsList();
        List<String[]> rows = new ArrayList<>(collected.size());
        String source = collected.isEmpty() ? "input" : Cells.source(collected.get(0));
        for (Row r : collected) {
            rows.add(Cells.of(r));
        }
        IndexData all = data(framework, source, input.columns(), rows);
        Prepared p = prepare(framework, all, settings);
        SparkSession spark = input.sparkSession();
        IndexRun run;
        if (p.spec == null) {
            run = new IndexRun(IndexCalculation.calculate(p.framework, p.data), p.year, null, p.notes);
        } else {
            int slices = settings.slices() > 0
                    ? settings.slices()
                    : spark.sparkContext().defaultParallelism();
            slices = Math.max(1, Math.min(slices, settings.sensitivity()));
            RankUncertainty.Plan plan = RankUncertainty.plan(p.framework, p.data, p.spec);
            Slice task = new Slice(settings, Shipped.of(all), slices);
            RankUncertainty.Accumulator total = spark.range(0, slices, 1, slices)
                    .mapPartitions(task, Encoders.javaSerialization(RankUncertainty.Accumulator.class))
                    .reduce((org.apache.spark.api.java.function.ReduceFunction<RankUncertainty.Accumulator>)
                            RankUncertainty.Accumulator::add);
            UncertaintyResult u = plan.result(plan.empty().add(total));
            run = new IndexRun(u.nominal(), p.year, u, p.notes);
        }
        p.notes.forEach(n -> System.err.println(n));
        return spark.createDataFrame(rows(run), SCHEMA).coalesce(1);
    }

    /** The embedded engine on the same rows: the whole analysis in one call, as {@code innopark.jar index --data}. */
    public static List<Object[]> embedded(String[] headers, List<String[]> rows, Settings settings) {
        Framework framework = framework(settings.framework());
        Prepared p = prepare(framework, data(framework, "input", headers, rows), settings);
        IndexRun run = IndexRun.compute(p.framework, p.data, p.year, settings.sensitivity(), 0, p.notes);
        List<Object[]> out = new ArrayList<>();
        for (Row r : rows(run)) {
            Object[] values = new Object[r.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.get(i);
            }
            out.add(values);
        }
        return out;
    }

    private record Prepared(Framework framework, IndexData data, int year, UncertaintySpec spec, List<String> notes) {}

    /** The year, the base year and the data up to the year, as the CLI's standalone index prepares them. */
    private static Prepared prepare(Framework framework, IndexData all, Settings settings) {
        IndexRun.checkSensitivity(settings.sensitivity());
        int[] years = all.years();
        int y = settings.year() == null ? years[years.length - 1] : settings.year();
        List<String> notes = new ArrayList<>();
        Framework withBase = IndexRun.withBaseYear(framework, settings.baseYear(), notes);
        IndexData data = IndexRun.upTo(all, y);
        UncertaintySpec spec = settings.sensitivity() > 0
                ? IndexRun.uncertaintySpec(withBase.settings(), settings.sensitivity())
                : null;
        return new Prepared(withBase, data, y, spec, notes);
    }

    /** The engine's data as a task receives it (IndexData itself is not serializable). */
    private record Shipped(List<IndexData.Unit> units, List<String> indicatorIds, int[] years, double[][][] values)
            implements Serializable {

        static Shipped of(IndexData d) {
            return new Shipped(List.copyOf(d.units()), List.copyOf(d.indicatorIds()), d.years(), d.copyValues());
        }

        IndexData data() {
            return IndexData.of(units, indicatorIds, years, values);
        }
    }

    /** One task's work: rebuild the plan from the shipped data (cheap) and simulate this slice's replications. */
    private static final class Slice implements MapPartitionsFunction<Long, RankUncertainty.Accumulator> {
        private final Settings settings;
        private final Shipped data;
        private final int slices;

        Slice(Settings settings, Shipped data, int slices) {
            this.settings = settings;
            this.data = data;
            this.slices = slices;
        }

        @Override
        public Iterator<RankUncertainty.Accumulator> call(Iterator<Long> ids) {
            Prepared p = prepare(framework(settings.framework()), data.data(), settings);
            RankUncertainty.Plan plan = RankUncertainty.plan(p.framework, p.data, p.spec);
            int replications = settings.sensitivity();
            List<RankUncertainty.Accumulator> out = new ArrayList<>();
            while (ids.hasNext()) {
                long s = ids.next();
                int from = (int) ((long) replications * s / slices);
                int to = (int) ((long) replications * (s + 1) / slices);
                out.add(plan.simulate(from, to));
            }
            return out.iterator();
        }
    }

    /** The CLI's long CSV rows: every year up to the year reported, every node (pre-order), every park. */
    static List<Row> rows(IndexRun run) {
        IndexResult r = run.result();
        UncertaintyResult u = run.uncertainty();
        List<FrameworkNode> nodes = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        walk(r.framework().root(), 0, nodes, levels);
        List<Row> out = new ArrayList<>();
        for (int year : run.yearsUpTo()) {
            for (int k = 0; k < nodes.size(); k++) {
                FrameworkNode n = nodes.get(k);
                boolean band = k == 0 && year == run.year() && u != null;
                for (IndexData.Unit unit : r.units()) {
                    int rank = r.rank(n.id(), unit.id(), year);
                    boolean ranked = band && r.rank(n.id(), unit.id(), run.year()) > 0;
                    int[] interval = ranked ? u.rankInterval(unit.id(), year) : null;
                    out.add(RowFactory.create(
                            year,
                            levels.get(k),
                            n.id(),
                            n.nameZh(),
                            n.isIndicator(),
                            unit.id(),
                            unit.name(),
                            n.isIndicator() ? finite(r.raw(unit.id(), n.id(), year)) : null,
                            finite(r.score(n.id(), unit.id(), year)),
                            rank,
                            ranked ? u.medianRank(unit.id(), year) : null,
                            ranked ? interval[0] : null,
                            ranked ? interval[1] : null));
                }
            }
        }
        return out;
    }

    private static void walk(FrameworkNode n, int level, List<FrameworkNode> nodes, List<Integer> levels) {
        nodes.add(n);
        levels.add(level);
        n.children().forEach(c -> walk(c, level + 1, nodes, levels));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * The long layout's rows as the engine's data, read by the engine's {@link UnitsData#longRows} (as the CLI's
     * {@code index --data} reads them): the first bad row, column or missing indicator is rejected with its row
     * (the header is row 1).
     */
    static IndexData data(Framework framework, String source, String[] headers, List<String[]> rows) {
        try {
            return UnitsData.longRows(framework, headers, rows);
        } catch (InvalidValueException e) {
            throw new JobInputException(source, e.messageZh(), e.messageEn());
        }
    }
}
