package org.innopark.spark;

import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.innopark.engine.chain.CandidatePool;
import org.innopark.engine.chain.ChainAnalysis;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.ParkPortfolio;
import org.innopark.engine.chain.PoolChainView;
import org.innopark.engine.chain.PoolSummary;
import org.innopark.engine.chain.ProductDictionary;
import org.innopark.engine.chain.Target;
import org.innopark.engine.chain.TargetRanking;
import org.innopark.engine.chain.TargetingRules;
import org.innopark.engine.io.DataLayout;
import org.innopark.engine.io.ParkFirmsData;
import org.innopark.engine.io.PoolData;
import org.innopark.engine.io.PoolTargets;
import org.innopark.engine.io.TargetsTable;
import org.innopark.engine.registry.InvalidValueException;

/**
 * 招商靶向 for a chain over the national candidate pool as a Spark job, in two passes over the pool's partitions. The
 * first counts each partition with the engine's {@link PoolSummary} (firms per city and industry, per node, in all)
 * and adds the counts up on the driver. Each task of the second rebuilds, from the counts and the parks' firms, the
 * engine's {@link ChainAnalysis.Plan} of every park asked (its coverage and relatedness density, the same on every
 * executor), scores its partition with the engine's {@link TargetRanking} and keeps its best N per park (the engine's
 * bounded heap, explained in words); the driver merges the partitions' lists with {@link TargetRanking#merge}, which
 * breaks ties as the engine does. A firm's score depends only on the firm and the plan, so the result is the
 * embedded ranking of the whole pool ({@link #embedded}).
 *
 * <p>The pool has the columns of {@link PoolData}, the park firms those of {@link ParkFirmsData}; the output has the
 * columns of {@link TargetsTable}, one row per park and target, parks in the order asked, ranks 1..N.
 */
public final class TargetsJob {

    private TargetsJob() {}

    /**
     * What the job is asked.
     *
     * @param chain the chain id (built in)
     * @param parks the parks ranked, or null for every park of the park-firms file
     * @param weights the weights file (null: the default {@code targeting/default.yaml})
     * @param asOf the day of the ranking (the parks' enterprises present then, the signals before it)
     * @param top how many targets per park
     */
    public record Settings(String chain, List<String> parks, RuleText weights, LocalDate asOf, int top)
            implements Serializable {}

    /** The park-firms file as the tasks receive it: read once on the driver (an executor has no access to it). */
    public record ParkRows(String source, List<String> headers, List<String[]> rows) implements Serializable {

        /** A CSV file read with Spark's reader (UTF-8 or GBK), every cell as text. */
        static ParkRows read(org.apache.spark.sql.SparkSession spark, String file, String encoding) {
            Dataset<Row> csv = spark.read()
                    .option("header", "true")
                    .option("encoding", encoding)
                    .option("quote", "\"")
                    .option("escape", "\"")
                    .option("mode", "FAILFAST")
                    .csv(file);
            List<String[]> rows = new ArrayList<>();
            for (Row r : csv.collectAsList()) {
                String[] cells = new String[r.length()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = r.isNullAt(i) ? null : r.get(i).toString();
                }
                rows.add(cells);
            }
            return new ParkRows(new org.apache.hadoop.fs.Path(file).getName(), List.of(csv.columns()), rows);
        }
    }

    /** The output's columns ({@link TargetsTable}). */
    public static StructType schema() {
        StructType s = new StructType();
        for (TargetsTable.Column c : TargetsTable.columns()) {
            DataType t = switch (c.type()) {
                case TEXT -> DataTypes.StringType;
                case INTEGER -> DataTypes.IntegerType;
                case DECIMAL -> DataTypes.DoubleType;
            };
            s = s.add(c.name(), t, c.type() == TargetsTable.Type.TEXT);
        }
        return s;
    }

    /** The chains and their product dictionary, read once per JVM (driver or executor). */
    private static ChainLibrary library;

    private static ProductDictionary dictionary;

    static synchronized ChainLibrary library() {
        if (library == null) {
            library = ChainLibrary.builtIn();
            dictionary = new ProductDictionary(library.chains());
        }
        return library;
    }

    static synchronized ProductDictionary dictionary() {
        library();
        return dictionary;
    }

    static TargetingRules rules(RuleText weights) {
        return weights == null
                ? TargetingRules.defaults()
                : TargetingRules.parse(weights.fileName(), new StringReader(weights.text()));
    }

    /** What every task and the driver build from the settings: the chain, the parks' portfolios and the rules. */
    record Parks(IndustryChain chain, List<ParkPortfolio> portfolios, List<String> ranked, TargetingRules rules) {

        static Parks of(Settings s, ParkRows firms) {
            IndustryChain chain = library().get(s.chain());
            List<ParkPortfolio> portfolios;
            try {
                portfolios = ParkFirmsData.portfolios(
                        ParkFirmsData.layout(firms.headers()), firms.rows(), chain, dictionary());
            } catch (InvalidValueException e) {
                throw new JobInputException(firms.source(), e.messageZh(), e.messageEn());
            }
            List<String> ranked;
            try {
                ranked = PoolTargets.ranked(portfolios, s.parks());
            } catch (InvalidValueException e) {
                throw new JobInputException(firms.source(), e.messageZh(), e.messageEn());
            }
            return new Parks(chain, portfolios, ranked, TargetsJob.rules(s.weights()));
        }

        /** Each park's plan against the whole pool's counts. */
        Map<String, ChainAnalysis.Plan> plans(PoolSummary pool, LocalDate day) {
            Map<String, ChainAnalysis.Plan> out = new LinkedHashMap<>();
            for (String p : ranked) {
                out.put(p, ChainAnalysis.plan(pool, chain, portfolios, p, day, Set.of(), rules));
            }
            return out;
        }
    }

    /** One partition's rows as a pool of its own (a bad row named by its source and credit code). */
    static CandidatePool pool(DataLayout layout, Iterator<Row> rows) {
        ProductDictionary d = dictionary();
        CandidatePool.Builder b = CandidatePool.builder(d);
        while (rows.hasNext()) {
            Row row = rows.next();
            String[] cells = Cells.of(row);
            try {
                b.add(PoolData.firm(layout, cells, d));
            } catch (InvalidValueException e) {
                String code = layout.text(cells, PoolData.CREDIT_CODE);
                String name = layout.text(cells, PoolData.NAME);
                throw new JobInputException(
                        Cells.source(row),
                        "企业 " + code + "(" + name + "):" + e.messageZh(),
                        "firm " + code + " (" + name + "): " + e.messageEn());
            }
        }
        return b.build();
    }

    /** A park's target as a task sends it to the driver. */
    public record Ranked(String park, Target target) implements Serializable {}

    /** The Spark job. */
    public static Dataset<Row> run(Dataset<Row> input, Settings settings, String parkFirms, String encoding) {
        ParkRows firms = ParkRows.read(input.sparkSession(), parkFirms, encoding);
        Parks parks = Parks.of(settings, firms);
        String[] headers = Arrays.copyOf(input.columns(), input.columns().length - 1);
        DataLayout layout;
        try {
            layout = PoolData.layout(List.of(headers));
        } catch (InvalidValueException e) {
            throw new JobInputException("pool", e.messageZh(), e.messageEn());
        }
        String chainId = settings.chain();
        PoolSummary summary = input.mapPartitions(
                        (MapPartitionsFunction<Row, PoolSummary>) rows -> {
                            CandidatePool part = pool(layout, rows);
                            IndustryChain chain = library().get(chainId);
                            return List.of(PoolSummary.of(part, new PoolChainView(part, chain)))
                                    .iterator();
                        },
                        Encoders.javaSerialization(PoolSummary.class))
                .reduce((ReduceFunction<PoolSummary>) PoolSummary::plus);
        if (summary.size() == 0) {
            throw new JobInputException("pool", "候选库没有数据行", "the pool has no data rows");
        }
        // On the driver first: a park that cannot be planned fails before any scoring.
        parks.plans(summary, settings.asOf());
        int top = settings.top();
        List<Ranked> ranked = input.mapPartitions(
                        (MapPartitionsFunction<Row, Ranked>) rows -> {
                            CandidatePool part = pool(layout, rows);
                            List<Ranked> out = new ArrayList<>();
                            Parks p = Parks.of(settings, firms);
                            for (Map.Entry<String, ChainAnalysis.Plan> e :
                                    p.plans(summary, settings.asOf()).entrySet()) {
                                for (Target t : e.getValue().rank(part).top(top)) {
                                    out.add(new Ranked(e.getKey(), t));
                                }
                            }
                            return out.iterator();
                        },
                        Encoders.javaSerialization(Ranked.class))
                .collectAsList();
        Map<String, List<List<Target>>> byPark = new LinkedHashMap<>();
        parks.ranked().forEach(p -> byPark.put(p, new ArrayList<>(List.of(new ArrayList<>()))));
        for (Ranked r : ranked) {
            byPark.get(r.park()).get(0).add(r.target());
        }
        List<Row> rows = new ArrayList<>();
        byPark.forEach((park, parts) -> {
            for (Target t : TargetRanking.merge(parts, top)) {
                rows.add(RowFactory.create(TargetsTable.row(park, t)));
            }
        });
        return input.sparkSession().createDataFrame(rows, schema()).coalesce(1);
    }

    /** The embedded engine on the same rows: one pool, every park ranked by the engine's {@link PoolTargets}. */
    public static List<Object[]> embedded(String[] headers, List<String[]> rows, Settings settings, ParkRows firms) {
        Parks parks = Parks.of(settings, firms);
        CandidatePool pool = PoolTargets.pool(dictionary(), List.of(headers), rows);
        return PoolTargets.rank(
                pool,
                parks.portfolios(),
                new PoolTargets.Request(parks.chain(), parks.ranked(), parks.rules(), settings.asOf(), settings.top()));
    }
}
