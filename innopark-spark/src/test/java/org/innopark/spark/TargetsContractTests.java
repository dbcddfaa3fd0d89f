package org.innopark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.innopark.engine.io.TargetsTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of the {@code targets} job: on the same pool and park firms, the Spark job on {@code local[2]} (the
 * pool cut into partitions, each scored and cut to its top N, the lists merged) gives exactly the embedded engine's
 * {@code TargetRanking} of the whole pool for every park: the same firms in the same order, the same scores and
 * every contribution's value, points and Chinese text.
 */
class TargetsContractTests {

    @TempDir
    static Path dir;

    static List<String[]> parkRows = new ArrayList<>();

    static List<String[]> poolRows = new ArrayList<>();

    static Path parkCsv;

    static Path poolCsv;

    @BeforeAll
    static void data() {
        SharedSpark.get();
        SyntheticPool.generate(20261202L, 1_500, 4_000, parkRows::add, poolRows::add);
        parkCsv = SyntheticPool.csv(dir.resolve("park-firms.csv"), SyntheticPool.PARK_HEADERS, parkRows);
        poolCsv = SyntheticPool.csv(dir.resolve("pool.csv"), SyntheticPool.POOL_HEADERS, poolRows);
    }

    static TargetsJob.ParkRows parkFirms() {
        return new TargetsJob.ParkRows("park-firms.csv", SyntheticPool.PARK_HEADERS, parkRows);
    }

    /** The Spark job on the pool cut into several partitions in a shuffled order. */
    static List<List<Object>> spark(TargetsJob.Settings settings, int partitions) {
        Inputs in = new Inputs();
        in.data = poolCsv.toString();
        Dataset<Row> pool = in.read(SharedSpark.get()).repartition(partitions);
        List<List<Object>> out = new ArrayList<>();
        for (Row r : TargetsJob.run(pool, settings, parkCsv.toString(), "UTF-8").collectAsList()) {
            Object[] values = new Object[r.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.get(i);
            }
            out.add(Arrays.asList(values));
        }
        return out;
    }

    static List<List<Object>> embedded(TargetsJob.Settings settings) {
        return TargetsJob.embedded(SyntheticPool.POOL_HEADERS.toArray(String[]::new), poolRows, settings, parkFirms())
                .stream()
                .map(Arrays::asList)
                .toList();
    }

    @Test
    void everyParksTopListOnSparkIsTheEmbeddedRankingOfTheWholePool() {
        TargetsJob.Settings settings = new TargetsJob.Settings("power-battery-nev", null, null, SyntheticPool.END, 40);
        List<List<Object>> embedded = embedded(settings);

        assertThat(spark(settings, 5)).isEqualTo(embedded);

        // Both parks, ranks 1..40 each, scores never rising, and the lists are not the same firms.
        int score = column("score");
        for (String park : List.of("CCHTZ", "CZHTZ")) {
            List<List<Object>> list =
                    embedded.stream().filter(r -> r.get(0).equals(park)).toList();
            assertThat(list).hasSize(40);
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i).get(1)).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat((Double) list.get(i).get(score))
                            .isLessThanOrEqualTo((Double) list.get(i - 1).get(score));
                }
            }
        }
        assertThat(codes(embedded, "CCHTZ")).isNotEqualTo(codes(embedded, "CZHTZ"));
        // No park firm is a target, every target has its explanation, the relatedness differs between firms.
        Set<String> parkCodes = parkRows.stream().map(r -> r[2]).collect(Collectors.toSet());
        assertThat(embedded).noneMatch(r -> parkCodes.contains((String) r.get(2)));
        assertThat(embedded).allMatch(r -> !((String) r.get(column("explanation"))).isEmpty());
        assertThat(embedded.stream().map(r -> r.get(column("relatedness"))).distinct())
                .hasSizeGreaterThan(1);
    }

    @Test
    void oneParkWithItsOwnWeightsAndAnotherChain() throws Exception {
        Path weights = dir.resolve("weights.yaml");
        String defaults = new String(
                getClass()
                        .getClassLoader()
                        .getResourceAsStream("org/innopark/engine/chain/targeting/default.yaml")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        // A park that weighs the expansion signals three times as much as the default.
        String own = defaults.replaceFirst("(?m)^(\\s+expansion:\\s*)([0-9.]+)", "$1" + "9.0");
        assertThat(own).isNotEqualTo(defaults);
        Files.writeString(weights, own, StandardCharsets.UTF_8);
        TargetsJob.Settings settings = new TargetsJob.Settings(
                "photovoltaic", List.of("CZHTZ"), RuleText.of(weights.toString(), null), SyntheticPool.END, 15);
        List<List<Object>> embedded = embedded(settings);

        assertThat(spark(settings, 3)).isEqualTo(embedded);
        assertThat(embedded).hasSize(15).allMatch(r -> r.get(0).equals("CZHTZ"));
        TargetsJob.Settings byDefault =
                new TargetsJob.Settings("photovoltaic", List.of("CZHTZ"), null, SyntheticPool.END, 15);
        assertThat(codes(embedded, "CZHTZ")).isNotEqualTo(codes(embedded(byDefault), "CZHTZ"));
    }

    @Test
    void aBadPoolRowIsNamedAndNothingIsWritten() {
        List<String[]> rows = new ArrayList<>(poolRows.subList(0, 500));
        String[] bad = rows.get(321).clone();
        bad[2] = "电池制造业之类";
        rows.set(321, bad);
        Path pool = SyntheticPool.csv(dir.resolve("pool-bad.csv"), SyntheticPool.POOL_HEADERS, rows);
        Path out = dir.resolve("targets-bad-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkMain.run(
                    "targets",
                    "--chain",
                    "power-battery-nev",
                    "--pool",
                    pool.toString(),
                    "--park-firms",
                    parkCsv.toString(),
                    "--top",
                    "10",
                    "--as-of",
                    SyntheticPool.END.toString(),
                    "--out",
                    out.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(bad[0], "电池制造业之类", "pool-bad.csv", "nothing was written");
    }

    @Test
    void theCommandWritesTheTableAsCsv() throws Exception {
        Path out = dir.resolve("targets-out");
        int exit = SparkMain.run(
                "targets",
                "--chain",
                "power-battery-nev",
                "--pool",
                poolCsv.toString(),
                "--park-firms",
                parkCsv.toString(),
                "--parks",
                "CCHTZ",
                "--top",
                "5",
                "--as-of",
                SyntheticPool.END.toString(),
                "--out",
                out.toString());
        assertThat(exit).isEqualTo(0);
        SparkSession spark = SharedSpark.get();
        Dataset<Row> written = spark.read().option("header", "true").csv(out.toString());
        assertThat(written.columns())
                .containsExactly(TargetsTable.columns().stream()
                        .map(TargetsTable.Column::name)
                        .toArray(String[]::new));
        List<Row> rows = written.collectAsList();
        TargetsJob.Settings settings =
                new TargetsJob.Settings("power-battery-nev", List.of("CCHTZ"), null, SyntheticPool.END, 5);
        assertThat(rows.stream().map(r -> r.getString(2)).toList()).isEqualTo(codes(embedded(settings), "CCHTZ"));
    }

    private static int column(String name) {
        List<String> names =
                TargetsTable.columns().stream().map(TargetsTable.Column::name).toList();
        return names.indexOf(name);
    }

    private static List<String> codes(List<List<Object>> rows, String park) {
        return rows.stream()
                .filter(r -> r.get(0).equals(park))
                .map(r -> (String) r.get(2))
                .toList();
    }
}
