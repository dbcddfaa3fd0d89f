package org.innopark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.innopark.engine.registry.MoneyUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every job: on the same rows, the embedded engine (the whole input in one call, as
 * {@code innopark.jar ... --data} computes) and the Spark job on {@code local[2]} (grouped, each group through the
 * engine) give identical tables — totals, percentiles, ranks, every group's and indicator's points.
 */
class JobContractTests {

    @TempDir
    static Path dir;

    static List<String[]> rows;

    static Path csv;

    static List<String[]> assessRows;

    static Path assessCsv;

    @BeforeAll
    static void data() {
        // The commands run below find this session and keep it (a command stops only a session it started).
        SharedSpark.get();
        rows = SyntheticFirms.rows(20261202L, 300, 2);
        csv = SyntheticFirms.csv(dir.resolve("firms.csv"), SyntheticFirms.HEADERS, rows);
        assessRows = SyntheticFirms.assessRows(rows);
        assessCsv = SyntheticFirms.csv(dir.resolve("assess.csv"), SyntheticFirms.ASSESS_HEADERS, assessRows);
    }

    static Stream<Arguments> pointsCases() {
        RuleText v2022 = RuleText.of(null, "innopark-points-2022");
        RuleText v2025 = RuleText.of("innopark-points-2025", null);
        return Stream.of(
                Arguments.of("2022 scheme, latest year", new PointsJob.Settings(v2022, null, null, null, null)),
                Arguments.of("2025 scheme, 2024", new PointsJob.Settings(v2025, 2024, null, null, null)),
                Arguments.of("one park", new PointsJob.Settings(v2022, null, "WHDH", null, null)),
                Arguments.of("top 10", new PointsJob.Settings(v2025, 2025, null, null, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pointsCases")
    void pointsOnSparkEqualTheEmbeddedEngine(String name, PointsJob.Settings settings) {
        List<List<Object>> embedded = sorted(PointsJob.embedded(SyntheticFirms.HEADERS, rows, settings));
        List<List<Object>> spark = sorted(collect(PointsJob.run(csvInput().read(SharedSpark.get()), settings)));

        assertThat(spark).isEqualTo(embedded);
        assertRanked(embedded, settings.park() == null && settings.top() == null);
    }

    static Stream<Arguments> ladderCases() {
        return Stream.of(
                Arguments.of(
                        "every official scheme, latest year",
                        new LadderJob.Settings(LadderJob.schemes(null), null, null)),
                Arguments.of(
                        "high-tech and tech-sme, 2024",
                        new LadderJob.Settings(LadderJob.schemes("high-tech,tech-sme"), 2024, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ladderCases")
    void ladderOutcomesOnSparkEqualTheEmbeddedEngine(String name, LadderJob.Settings settings) {
        Inputs in = new Inputs();
        in.data = assessCsv.toString();
        List<List<Object>> embedded =
                byCodeAndScheme(LadderJob.embedded(SyntheticFirms.ASSESS_HEADERS, assessRows, settings));
        List<List<Object>> spark = byCodeAndScheme(collect(LadderJob.run(in.read(SharedSpark.get()), settings)));

        assertThat(spark).isEqualTo(embedded);
        // Every firm under every scheme, and the outcomes are not all the same.
        long firms = assessRows.stream().map(r -> r[0]).distinct().count();
        assertThat(embedded)
                .hasSizeGreaterThanOrEqualTo((int) (firms * settings.schemes().size() * 0.9));
        assertThat(embedded.stream().map(r -> r.get(5)).distinct().count()).isGreaterThan(1);
    }

    /** 40 parks × 3 years of the built-in framework's indicators (see {@link SyntheticFirms#indexRows}). */
    static List<String[]> indexRows() {
        List<String> ids = org.innopark.engine.index.FrameworkLoader.builtIn("national-htz-2021").indicators().stream()
                .map(org.innopark.engine.index.FrameworkNode::id)
                .toList();
        return SyntheticFirms.indexRows(20261202L, ids, 40, 3);
    }

    static final List<String> INDEX_HEADERS = SyntheticFirms.INDEX_HEADERS;

    static Stream<Arguments> indexCases() {
        RuleText htz = RuleText.of("national-htz-2021", null);
        return Stream.of(
                Arguments.of("nominal, latest year", new IndexJob.Settings(htz, null, null, 0, 0)),
                Arguments.of("300 replications in 3 slices", new IndexJob.Settings(htz, null, null, 300, 3)),
                Arguments.of("2023, 120 replications in 7 slices", new IndexJob.Settings(htz, 2023, null, 120, 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexCases")
    void theIndexAndItsRankBandsOnSparkEqualTheEmbeddedEngine(String name, IndexJob.Settings settings) {
        List<String[]> rows = indexRows();
        Path file = SyntheticFirms.csv(dir.resolve("index-" + rows.size() + ".csv"), INDEX_HEADERS, rows);
        Inputs in = new Inputs();
        in.data = file.toString();
        List<List<Object>> embedded =
                byYearNodePark(IndexJob.embedded(INDEX_HEADERS.toArray(String[]::new), rows, settings));
        List<List<Object>> spark = byYearNodePark(collect(IndexJob.run(in.read(SharedSpark.get()), settings)));

        assertThat(spark).isEqualTo(embedded);
        // every park on every node in every year up to the one reported; ranks 1..40 on the index
        int years = settings.year() == null ? 3 : 2;
        long nodes = embedded.stream().map(r -> r.get(2)).distinct().count();
        assertThat(embedded).hasSize((int) (years * nodes * 40));
        List<List<Object>> index = embedded.stream()
                .filter(r -> (Integer) r.get(1) == 0 && r.get(0).equals(years == 3 ? 2024 : 2023))
                .toList();
        assertThat(index.stream().map(r -> (Integer) r.get(9)).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        if (settings.sensitivity() > 0) {
            // the bands hold the median, and the replications move some park's rank
            assertThat(index)
                    .allSatisfy(r -> assertThat((Integer) r.get(11))
                            .isLessThanOrEqualTo((Integer) r.get(10))
                            .isGreaterThanOrEqualTo(1));
            assertThat(index).anySatisfy(r -> assertThat(r.get(11)).isNotEqualTo(r.get(12)));
        } else {
            assertThat(index).allSatisfy(r -> assertThat(r.get(10)).isNull());
        }
    }

    @Test
    void anUnknownIndicatorNamesItsRowAndNothingIsWritten() {
        List<String[]> rows = new ArrayList<>(indexRows());
        rows.set(5, new String[] {"P1", "园区1", "G1", "no_such_indicator", "2022", "3"});
        Path file = SyntheticFirms.csv(dir.resolve("index-bad.csv"), INDEX_HEADERS, rows);
        Path out = dir.resolve("index-bad-out");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkMain.run(
                    "index", "--framework", "national-htz-2021", "--data", file.toString(), "--out", out.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("row 7", "no_such_indicator", "nothing was written");
    }

    /** Index rows ordered by year, node and park. */
    static List<List<Object>> byYearNodePark(List<Object[]> rows) {
        return rows.stream()
                .map(r -> Arrays.asList(r))
                .sorted(Comparator.comparing((List<Object> r) -> (Integer) r.get(0))
                        .thenComparing(r -> (String) r.get(2))
                        .thenComparing(r -> (String) r.get(5)))
                .toList();
    }

    @Test
    void parquetInputGivesWhatTheCsvGives() {
        SparkSession spark = SharedSpark.get();
        Path parquet = dir.resolve("firms.parquet");
        Dataset<Row> read = csvInput().read(spark);
        read.drop(Cells.SOURCE).write().parquet(parquet.toString());
        Inputs in = new Inputs();
        in.data = parquet.toString();
        PointsJob.Settings settings =
                new PointsJob.Settings(RuleText.of(null, "innopark-points-2022"), null, null, null, null);

        assertThat(sorted(collect(PointsJob.run(in.read(spark), settings))))
                .isEqualTo(sorted(PointsJob.embedded(SyntheticFirms.HEADERS, rows, settings)));
    }

    @Test
    void partitionedJdbcReadGivesWhatTheFileGives() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String[] columns = {
                "credit_code",
                "year",
                "park",
                "name",
                "registration_date",
                "industry",
                "operating_revenue",
                "rd_expense",
                "rd_staff",
                "employees",
                "invention_grants",
                "ip_class1",
                "taxes_paid",
                "net_profit",
                "venture_capital",
                "tech_contract_turnover"
            };
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE points_input (id SERIAL PRIMARY KEY, credit_code CHAR(18), year INT, park TEXT,"
                        + " name TEXT, registration_date DATE, industry TEXT, operating_revenue NUMERIC(20,2),"
                        + " rd_expense NUMERIC(20,2), rd_staff BIGINT, employees BIGINT, invention_grants BIGINT,"
                        + " ip_class1 BIGINT, taxes_paid NUMERIC(20,2), net_profit NUMERIC(20,2),"
                        + " venture_capital NUMERIC(20,2), tech_contract_turnover NUMERIC(20,2))");
                String insert =
                        "INSERT INTO points_input (" + String.join(",", columns) + ") VALUES (?,?::int,?,?,?::date,?,"
                                + "?::numeric,?::numeric,?::bigint,?::bigint,?::bigint,?::bigint,?::numeric,?::numeric,"
                                + "?::numeric,?::numeric)";
                try (PreparedStatement p = c.prepareStatement(insert)) {
                    for (String[] r : rows) {
                        for (int i = 0; i < r.length; i++) {
                            p.setString(i + 1, r[i].isEmpty() ? null : r[i]);
                        }
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            Inputs in = new Inputs();
            in.jdbcUrl = pg.getJdbcUrl("postgres", "postgres");
            in.table = "points_input";
            in.jdbcUser = "postgres";
            in.partitionColumn = "id";
            in.numPartitions = 3;
            // The table's money is in 万元 and its headers carry no unit: the unit is given, as --unit gives it.
            PointsJob.Settings overTable = new PointsJob.Settings(
                    RuleText.of(null, "innopark-points-2022"), null, null, MoneyUnit.TEN_THOUSAND_YUAN, null);
            Dataset<Row> table = in.read(SharedSpark.get()).drop("id");
            assertThat(table.rdd().getNumPartitions()).isEqualTo(3);
            PointsJob.Settings overFile = new PointsJob.Settings(overTable.scheme(), null, null, null, null);

            assertThat(sorted(collect(PointsJob.run(table, overTable))))
                    .isEqualTo(sorted(PointsJob.embedded(SyntheticFirms.HEADERS, rows, overFile)));
        }
    }

    @Test
    void aBadCellNamesTheFileTheRowAndTheColumnAndNothingIsWritten() throws Exception {
        List<String[]> bad = new ArrayList<>(rows);
        String[] broken = bad.get(17).clone();
        broken[7] = "十万";
        bad.set(17, broken);
        Path file = SyntheticFirms.csv(dir.resolve("bad.csv"), SyntheticFirms.HEADERS, bad);
        Path out = dir.resolve("bad-out");

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkMain.run("points", "--data", file.toString(), "--out", out.toString());
        } finally {
            System.setErr(stderr);
        }

        assertThat(exit).isEqualTo(2);
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("bad-out"));
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("bad.csv", broken[0], "研发费用(万元)", "十万", "nothing was written");
    }

    @Test
    void theCommandWritesTheRankingAsCsv() throws Exception {
        Path out = dir.resolve("ranking");

        int exit = SparkMain.run("points", "--data", csv.toString(), "--out", out.toString(), "--year", "2025");

        assertThat(exit).isEqualTo(0);
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList()) {
                List<String> l = Files.readAllLines(p);
                lines.addAll(lines.isEmpty() ? l : l.subList(1, l.size()));
            }
        }
        PointsJob.Settings settings =
                new PointsJob.Settings(RuleText.of(null, "innopark-points-2022"), 2025, null, null, null);
        assertThat(lines.get(0)).startsWith("队列/Cohort,排名/Rank,统一社会信用代码/Credit code");
        assertThat(lines)
                .hasSize(1
                        + PointsJob.embedded(SyntheticFirms.HEADERS, rows, settings)
                                .size());
    }

    private static Inputs csvInput() {
        Inputs in = new Inputs();
        in.data = csv.toString();
        return in;
    }

    private static List<Object[]> collect(Dataset<Row> result) {
        List<Object[]> out = new ArrayList<>();
        for (Row r : result.collectAsList()) {
            Object[] values = new Object[r.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.get(i);
            }
            out.add(values);
        }
        return out;
    }

    /** Ladder rows as lists, ordered by credit code and scheme. */
    static List<List<Object>> byCodeAndScheme(List<Object[]> rows) {
        return rows.stream()
                .map(r -> Arrays.asList(r))
                .sorted(Comparator.comparing((List<Object> r) -> (String) r.get(0))
                        .thenComparing(r -> (String) r.get(2)))
                .toList();
    }

    /** Rows as lists, ordered by cohort, rank and credit code. */
    static List<List<Object>> sorted(List<Object[]> rows) {
        return rows.stream()
                .map(r -> Arrays.asList(r))
                .sorted(Comparator.comparing((List<Object> r) -> (String) r.get(0))
                        .thenComparing(r -> (Integer) r.get(1))
                        .thenComparing(r -> (String) r.get(2)))
                .toList();
    }

    /** Every cohort is ranked from 1 with ranks that only grow as totals fall; several cohorts when all are asked. */
    private static void assertRanked(List<List<Object>> table, boolean everyPark) {
        assertThat(table).hasSizeGreaterThan(5);
        String cohort = null;
        int previousRank = 0;
        double previousTotal = Double.MAX_VALUE;
        int cohorts = 0;
        for (List<Object> r : table) {
            if (!r.get(0).equals(cohort)) {
                cohort = (String) r.get(0);
                cohorts++;
                assertThat(r.get(1)).isEqualTo(1);
                previousRank = 1;
                previousTotal = (Double) r.get(6);
                continue;
            }
            assertThat((Integer) r.get(1)).isGreaterThanOrEqualTo(previousRank);
            assertThat((Double) r.get(6)).isLessThanOrEqualTo(previousTotal);
            previousRank = (Integer) r.get(1);
            previousTotal = (Double) r.get(6);
        }
        if (everyPark) {
            assertThat(cohorts).isGreaterThanOrEqualTo(3);
        }
    }
}
