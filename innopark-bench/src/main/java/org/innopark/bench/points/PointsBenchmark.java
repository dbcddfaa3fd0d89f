package org.innopark.bench.points;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.innopark.engine.points.PointsEngine;
import org.innopark.engine.points.PointsInput;
import org.innopark.engine.points.PointsResult;
import org.innopark.engine.points.PointsScheme;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Times the innovation-points engine against the same scoring written as SQL window functions in embedded DuckDB and
 * in PostgreSQL 15, in one run on one generated data set, and checks that the SQL results equal the engine's (totals
 * within 1e-9, ranks identical, percentiles within 1e-12). Not a test; run it with {@code bench/points.sh}.
 *
 * <p>What is timed: the engine's {@code score} (input already in columns); for the databases only the scoring query,
 * materialised into a table ({@code CREATE TABLE … AS}), after a warm-up run; loading (DuckDB Appender, PostgreSQL
 * {@code COPY} + {@code ANALYZE}) is reported separately. Every figure is the median of {@code --runs} runs.
 *
 * <p>Options: {@code --enterprises N} (1,000,000), {@code --cohorts C} (170), {@code --runs R} (5, at least 3),
 * {@code --missing P} (percent of missing values, 8), {@code --seed S} (20261123), {@code --no-duckdb},
 * {@code --no-postgres}, {@code --print-sql}, {@code --explain} (PostgreSQL plan), {@code --pg-work-mem M} (4MB), {@code --pg-jit off,on} (on).
 */
public final class PointsBenchmark {

    private static final double TOTAL_TOLERANCE = 1e-9;
    private static final double PERCENTILE_TOLERANCE = 1e-12;

    /** Prints PostgreSQL's plan with timings (diagnostics). */
    private static boolean EXPLAIN;

    /** PostgreSQL's work_mem: its default; larger values made the per-cohort incremental sorts slower here. */
    private static String WORK_MEM = "4MB";

    /** PostgreSQL JIT settings to time, one row each: PostgreSQL's default (on); 1M rows take minutes per query. */
    private static String[] PG_JIT = {"on"};

    private PointsBenchmark() {}

    /** One line of the table. */
    private record Row(String what, String threads, double loadSeconds, long[] nanos, String check) {
        double median() {
            return nanos[nanos.length / 2] / 1e6;
        }
    }

    /** How the SQL result compares with the engine's. */
    private record Check(long rows, double maxTotalDiff, long rankMismatches, double maxPercentileDiff) {
        boolean passed(int n) {
            return rows == n
                    && maxTotalDiff <= TOTAL_TOLERANCE
                    && rankMismatches == 0
                    && maxPercentileDiff <= PERCENTILE_TOLERANCE;
        }

        String describe(int n) {
            return String.format(
                    Locale.ROOT,
                    "%s: %,d rows, max |Δtotal| %.1e, rank mismatches %d, max |Δpct| %.1e",
                    passed(n) ? "equal" : "DIFFERENT",
                    rows,
                    maxTotalDiff,
                    rankMismatches,
                    maxPercentileDiff);
        }
    }

    public static void main(String[] args) throws Exception {
        int enterprises = 1_000_000;
        int cohorts = 170;
        int runs = 5;
        int missing = 8;
        long seed = 20261123L;
        boolean duckdb = true;
        boolean postgres = true;
        boolean printSql = false;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--enterprises" -> enterprises = Integer.parseInt(args[++a].replace("_", ""));
                case "--cohorts" -> cohorts = Integer.parseInt(args[++a]);
                case "--runs" -> runs = Math.max(3, Integer.parseInt(args[++a]));
                case "--missing" -> missing = Integer.parseInt(args[++a]);
                case "--seed" -> seed = Long.parseLong(args[++a]);
                case "--no-duckdb" -> duckdb = false;
                case "--no-postgres" -> postgres = false;
                case "--print-sql" -> printSql = true;
                case "--explain" -> EXPLAIN = true;
                case "--pg-work-mem" -> WORK_MEM = args[++a];
                case "--pg-jit" -> PG_JIT = args[++a].split(",");
                default -> {
                    System.err.println("未知参数 / unknown option: " + args[a]);
                    System.exit(2);
                }
            }
        }
        PointsScheme scheme = BenchScheme.defaultWithZeroPolicy();
        String sql = ScoringSql.scoring(scheme);
        if (printSql) {
            System.out.println(sql);
        }
        long g0 = System.nanoTime();
        PointsInput input = BenchData.generate(scheme, enterprises, cohorts, missing, seed);
        int processors = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "# Innovation points: engine vs SQL window functions%n%n"
                        + "- data: %,d enterprises x %d indicators, %d cohorts (rows grouped by cohort), %d%% missing,"
                        + " seed %d (generated in %.1f s)%n"
                        + "- scheme: %s (percentile scoring, ZERO missing policy, stage weights, scale %.0f)%n"
                        + "- machine: %d processors, %s %s, Java %s, max heap %,d MB, date %s, load average at start %.2f%n"
                        + "- figures: median of %d runs after warm-up; databases time only the scoring query"
                        + " (CREATE TABLE … AS), load reported separately%n%n",
                enterprises,
                scheme.indicatorCount(),
                cohorts,
                missing,
                seed,
                (System.nanoTime() - g0) / 1e9,
                scheme.id(),
                scheme.scale(),
                processors,
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                LocalDate.now(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                runs);

        List<Row> rows = new ArrayList<>();
        PointsResult reference = null;
        for (int threads : processors == 1 ? new int[] {1} : new int[] {1, processors}) {
            try (PointsEngine engine = new PointsEngine(threads)) {
                for (int w = 0; w < 3; w++) {
                    engine.score(scheme, input);
                }
                long[] nanos = new long[runs];
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    PointsResult result = engine.score(scheme, input);
                    nanos[r] = System.nanoTime() - t0;
                    reference = result;
                }
                rows.add(new Row(
                        "InnoPark engine (Java)", Integer.toString(threads), Double.NaN, sorted(nanos), "reference"));
                progress(rows);
            }
        }
        if (duckdb) {
            rows.addAll(duckDb(sql, scheme, input, reference, runs, processors));
        }
        if (postgres) {
            rows.addAll(postgres(sql, scheme, input, reference, runs));
        }
        System.out.println();
        table(rows);
    }

    private static void progress(List<Row> rows) {
        Row r = rows.get(rows.size() - 1);
        System.err.printf(
                Locale.ROOT, "  %s, %s thread(s): median %.1f ms; %s%n", r.what(), r.threads(), r.median(), r.check());
    }

    private static long[] sorted(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static List<Row> duckDb(
            String sql, PointsScheme scheme, PointsInput input, PointsResult reference, int runs, int processors)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement()) {
            String version = queryString(st, "SELECT version()");
            st.execute(ScoringSql.createInput(scheme.indicatorCount()));
            long t0 = System.nanoTime();
            int m = scheme.indicatorCount();
            try (DuckDBAppender appender = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "points_input")) {
                for (int i = 0; i < input.size(); i++) {
                    appender.beginRow().append(i).append(input.cohort(i)).append((short)
                            input.stage(i).ordinal());
                    for (int k = 0; k < m; k++) {
                        double v = input.value(k, i);
                        if (v != v) {
                            appender.appendNull();
                        } else {
                            appender.append(v);
                        }
                    }
                    appender.endRow();
                }
            }
            double load = (System.nanoTime() - t0) / 1e9;
            System.err.printf(Locale.ROOT, "  DuckDB %s: loaded in %.1f s (Appender)%n", version, load);
            for (int threads : processors == 1 ? new int[] {1} : new int[] {1, processors}) {
                st.execute("SET threads = " + threads);
                long[] nanos = timeQuery(st, "CREATE OR REPLACE TEMP TABLE points_result AS " + sql, null, runs);
                Check check = check(st, reference);
                rows.add(new Row(
                        "DuckDB " + version + " (SQL window functions)",
                        Integer.toString(threads),
                        load,
                        nanos,
                        check.describe(input.size())));
                progress(rows);
                requirePassed(check, input.size(), "DuckDB");
            }
        }
        return rows;
    }

    private static List<Row> postgres(
            String sql, PointsScheme scheme, PointsInput input, PointsResult reference, int runs) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofMinutes(2))
                        .setServerConfig("shared_buffers", "1GB")
                        .setServerConfig("work_mem", WORK_MEM)
                        .setServerConfig("max_parallel_workers_per_gather", "2")
                        .start();
                Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
                Statement st = c.createStatement()) {
            String version = queryString(st, "SHOW server_version");
            st.execute(
                    ScoringSql.createInput(scheme.indicatorCount()).replace("CREATE TABLE", "CREATE UNLOGGED TABLE"));
            long t0 = System.nanoTime();
            copy(c, input);
            st.execute("ANALYZE points_input");
            double load = (System.nanoTime() - t0) / 1e9;
            System.err.printf(Locale.ROOT, "  PostgreSQL %s: loaded in %.1f s (COPY + ANALYZE)%n", version, load);
            if (EXPLAIN) {
                try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    while (rs.next()) {
                        System.err.println(rs.getString(1));
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            for (String jit : PG_JIT) {
                st.execute("SET jit = " + jit);
                long[] nanos = timeQuery(
                        st,
                        "CREATE UNLOGGED TABLE points_result AS " + sql,
                        "DROP TABLE IF EXISTS points_result",
                        runs);
                c.setAutoCommit(false);
                st.setFetchSize(50_000);
                Check check = check(st, reference);
                c.commit();
                c.setAutoCommit(true);
                rows.add(new Row(
                        "PostgreSQL " + version + " (SQL window functions, work_mem " + WORK_MEM + ", jit " + jit + ")",
                        "1 (+2 workers)",
                        load,
                        nanos,
                        check.describe(input.size())));
                progress(rows);
                requirePassed(check, input.size(), "PostgreSQL");
            }
            return rows;
        }
    }

    /** COPY in text format, 20,000 rows a message; doubles as Java's shortest round-trip text, NULL as \N. */
    private static void copy(Connection c, PointsInput input) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY points_input FROM STDIN");
        try {
            StringBuilder sb = new StringBuilder(1 << 22);
            int m = input.indicatorCount();
            for (int i = 0; i < input.size(); i++) {
                sb.append(i)
                        .append('\t')
                        .append(input.cohort(i))
                        .append('\t')
                        .append(input.stage(i).ordinal());
                for (int k = 0; k < m; k++) {
                    double v = input.value(k, i);
                    sb.append('\t');
                    if (v != v) {
                        sb.append("\\N");
                    } else {
                        sb.append(v);
                    }
                }
                sb.append('\n');
                if (i % 20_000 == 19_999 || i == input.size() - 1) {
                    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    sb.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One warm-up run, then {@code runs} timed runs; {@code reset} (untimed) before each. Sorted nanoseconds. */
    private static long[] timeQuery(Statement st, String sql, String reset, int runs) throws SQLException {
        long[] nanos = new long[runs];
        for (int r = -1; r < runs; r++) {
            if (reset != null) {
                st.execute(reset);
            }
            long t0 = System.nanoTime();
            st.execute(sql);
            if (r >= 0) {
                nanos[r] = System.nanoTime() - t0;
            }
        }
        return sorted(nanos);
    }

    private static Check check(Statement st, PointsResult reference) throws SQLException {
        long rows = 0;
        double maxTotal = 0;
        double maxPct = 0;
        long rankMismatches = 0;
        try (ResultSet rs = st.executeQuery("SELECT row_id, total, rnk, pct FROM points_result ORDER BY row_id")) {
            while (rs.next()) {
                int i = rs.getInt(1);
                if (i < 0 || i >= reference.size()) {
                    rankMismatches++;
                    continue;
                }
                rows++;
                maxTotal = Math.max(maxTotal, Math.abs(rs.getDouble(2) - reference.total(i)));
                if (rs.getLong(3) != reference.rank(i)) {
                    rankMismatches++;
                }
                maxPct = Math.max(maxPct, Math.abs(rs.getDouble(4) - reference.percentile(i)));
            }
        }
        return new Check(rows, maxTotal, rankMismatches, maxPct);
    }

    private static void requirePassed(Check check, int n, String what) {
        if (!check.passed(n)) {
            System.out.println();
            System.out.println("FAILED: " + what + " differs from the engine: " + check.describe(n));
            System.exit(1);
        }
    }

    private static String queryString(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void table(List<Row> rows) {
        Row engine1 = rows.get(0);
        Row engineN = rows.size() > 1 && rows.get(1).what().startsWith("InnoPark") ? rows.get(1) : engine1;
        System.out.println(
                "| Implementation | Threads | Load (s) | Scoring, median (ms) | min – max (ms) | × engine 1 thread"
                        + " | × engine " + engineN.threads() + " threads | Result vs engine |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---|");
        for (Row r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %.1f | %.1f – %.1f | %.2f | %.2f | %s |%n",
                    r.what(),
                    r.threads(),
                    Double.isNaN(r.loadSeconds()) ? "–" : String.format(Locale.ROOT, "%.1f", r.loadSeconds()),
                    r.median(),
                    r.nanos()[0] / 1e6,
                    r.nanos()[r.nanos().length - 1] / 1e6,
                    r.median() / engine1.median(),
                    r.median() / engineN.median(),
                    r.check());
        }
    }
}
