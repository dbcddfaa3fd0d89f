package org.innopark.app.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.innopark.app.InnoParkApplication;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.ReportField;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import throughput of annual reports from CSV (a benchmark, not a test): generates N deterministic rows (N/5
 * enterprises × 5 years, every Torch-survey figure filled, money in 万元), then imports them through the real path
 * ({@link RegistryImport}: streaming CSV parse, every validation, reference checks, bulk upsert through
 * RegistryStore: COPY + MERGE on PostgreSQL, JDBC batches + MERGE on H2) into an H2 file database and into an
 * embedded PostgreSQL, and compares with the naive alternative on the same data: one INSERT per row with autocommit.
 * The naive insert is timed on a sample (at most {@code --naive-rows} rows or {@code --naive-seconds}) and
 * extrapolated; the output says so.
 *
 * <p>Run with {@code bench/import-throughput.sh [ROWS]} (default 1,000,000).
 */
public final class ImportThroughputBenchmark {

    private static final int YEARS = 5;
    private static final int FIRST_YEAR = 2019;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
        int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
        int naiveRows = Integer.parseInt(options.getOrDefault("naive-rows", "50000"));
        int naiveSeconds = Integer.parseInt(options.getOrDefault("naive-seconds", "60"));
        String only = options.getOrDefault("db", "both");
        Path work = Files.createTempDirectory("innopark-bench");
        int enterprises = rows / YEARS;

        System.out.printf(
                Locale.ROOT,
                "InnoPark import throughput: %,d annual-report rows (%,d enterprises × %d years)%n",
                rows,
                enterprises,
                YEARS);
        System.out.printf(
                Locale.ROOT,
                "Java %s, %d cores, max heap %,d MB%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        Path parks =
                Files.writeString(work.resolve("parks.csv"), "园区代码,园区名称,园区级别,行政区划代码\nBENCH,基准测试高新区,国家高新区,220101\n");
        Path enterpriseCsv = work.resolve("enterprises.csv");
        Path reportCsv = work.resolve("annual-reports.csv");
        generate(enterprises, enterpriseCsv, reportCsv);
        System.out.printf(
                Locale.ROOT,
                "Generated %s (%,d MB) in %.1f s%n%n",
                reportCsv,
                Files.size(reportCsv) >> 20,
                seconds(System.nanoTime() - t0));

        List<Result> results = new ArrayList<>();
        if (!only.equals("postgresql")) {
            Path h2 = work.resolve("h2");
            String url = "jdbc:h2:file:" + h2.resolve("innopark") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH";
            results.addAll(run(
                    "H2 (file)",
                    url,
                    "sa",
                    "",
                    parks,
                    enterpriseCsv,
                    reportCsv,
                    rows,
                    repeats,
                    naiveRows,
                    naiveSeconds));
        }
        if (!only.equals("h2")) {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (options.containsKey("pg-tuned")) {
                // A server tuned for bulk loads as an operator would (never fsync=off): bigger buffers and WAL.
                builder.setServerConfig("shared_buffers", "1GB")
                        .setServerConfig("max_wal_size", "8GB")
                        .setServerConfig("wal_buffers", "64MB")
                        .setServerConfig("checkpoint_timeout", "30min");
            }
            // --pg-conf=name:value,name:value sets any server parameter (e.g. log_min_duration_statement:100)
            for (String setting : options.getOrDefault("pg-conf", "").split(",")) {
                if (!setting.isBlank()) {
                    builder.setServerConfig(
                            setting.substring(0, setting.indexOf(':')), setting.substring(setting.indexOf(':') + 1));
                }
            }
            try (EmbeddedPostgres pg = builder.start()) {
                String url = pg.getJdbcUrl("postgres", "postgres");
                server = postmaster(pg.getPort());
                if (server == null) {
                    System.out.println("  (the server's process was not found: its CPU time is not reported)");
                }
                results.addAll(run(
                        "PostgreSQL 15 (embedded)",
                        url,
                        "postgres",
                        "postgres",
                        parks,
                        enterpriseCsv,
                        reportCsv,
                        rows,
                        repeats,
                        naiveRows,
                        naiveSeconds));
            }
        }
        System.out.println();
        System.out.println(
                "| Database | Step | Rows | Median time (s) | Rows/s | vs naive | JVM CPU (s) | server CPU (s) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %,d | %.2f | %,.0f | %s | %s | %s |%n",
                    r.db,
                    r.step,
                    r.rows,
                    r.seconds,
                    r.rowsPerSecond(),
                    r.ratio == null ? "" : String.format(Locale.ROOT, "%.1f×", r.ratio),
                    Double.isNaN(r.jvmCpu) ? "" : String.format(Locale.ROOT, "%.1f", r.jvmCpu),
                    Double.isNaN(r.serverCpu) || r.db.startsWith("H2")
                            ? ""
                            : String.format(Locale.ROOT, "%.1f", r.serverCpu));
        }
        System.out.println();
        System.out.println(
                "Naive = one INSERT per row, autocommit, same CSV parsing and unit conversion, no validation;"
                        + " timed on a sample and extrapolated.");
    }

    record Result(String db, String step, long rows, double seconds, Double ratio, double jvmCpu, double serverCpu) {

        Result(String db, String step, long rows, double seconds, Double ratio) {
            this(db, step, rows, seconds, ratio, Double.NaN, Double.NaN);
        }

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private static List<Result> run(
            String db,
            String url,
            String user,
            String password,
            Path parks,
            Path enterpriseCsv,
            Path reportCsv,
            int rows,
            int repeats,
            int naiveRows,
            int naiveSeconds)
            throws Exception {
        System.out.println("== " + db);
        List<Result> results = new ArrayList<>();
        SpringApplication app = new SpringApplication(InnoParkApplication.class);
        // a servlet context on a random port: the security configuration needs the web stack to start
        app.setWebApplicationType(WebApplicationType.SERVLET);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", user);
        props.put("spring.datasource.password", password);
        props.put("innopark.admin-password", "bench-only-" + System.nanoTime());
        props.put("logging.level.root", "WARN");
        props.put("server.port", "0");
        // as arguments: they must override application.properties (default properties would not)
        String[] arguments = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = app.run(arguments)) {
            String actual = context.getEnvironment().getProperty("spring.datasource.url");
            if (!url.equals(actual)) {
                throw new IllegalStateException("benchmark would run on " + actual + " instead of " + url);
            }
            RegistryImport imports = context.getBean(RegistryImport.class);
            DataSource dataSource = context.getBean(DataSource.class);
            check(importCsv(imports, parks, "park"), "parks");
            long start = System.nanoTime();
            ImportReport enterprises = check(importCsv(imports, enterpriseCsv, "enterprise"), "enterprises");
            double enterpriseSeconds = seconds(System.nanoTime() - start);
            System.out.printf(
                    Locale.ROOT, "  enterprises: %,d rows in %.2f s%n", enterprises.rows(), enterpriseSeconds);
            results.add(new Result(db, "import enterprises (insert)", enterprises.rows(), enterpriseSeconds, null));

            double[] insert = new double[repeats];
            double[][] insertCpu = new double[2][repeats];
            for (int i = 0; i < repeats; i++) {
                execute(dataSource, "TRUNCATE TABLE annual_report");
                System.gc();
                long jvm0 = jvmCpuNanos();
                long server0 = serverCpuNanos();
                start = System.nanoTime();
                ImportReport r = check(importCsv(imports, reportCsv, "annual_report"), "annual reports");
                insert[i] = seconds(System.nanoTime() - start);
                insertCpu[0][i] = seconds(jvmCpuNanos() - jvm0);
                insertCpu[1][i] = seconds(serverCpuNanos() - server0);
                if (r.inserted() != rows) {
                    throw new IllegalStateException("expected " + rows + " inserted, got " + r.summary(Locale.ENGLISH));
                }
                System.out.printf(
                        Locale.ROOT,
                        "  annual reports, run %d: %,d inserted in %.2f s (%,.0f rows/s; CPU: JVM %.1f s, server %.1f s)%n",
                        i + 1,
                        r.inserted(),
                        insert[i],
                        rows / insert[i],
                        insertCpu[0][i],
                        insertCpu[1][i]);
            }
            double[] again = new double[repeats];
            double[][] againCpu = new double[2][repeats];
            for (int i = 0; i < repeats; i++) {
                long jvm0 = jvmCpuNanos();
                long server0 = serverCpuNanos();
                start = System.nanoTime();
                ImportReport r = check(importCsv(imports, reportCsv, "annual_report"), "annual reports again");
                again[i] = seconds(System.nanoTime() - start);
                againCpu[0][i] = seconds(jvmCpuNanos() - jvm0);
                againCpu[1][i] = seconds(serverCpuNanos() - server0);
                if (r.unchanged() != rows) {
                    throw new IllegalStateException("expected all unchanged, got " + r.summary(Locale.ENGLISH));
                }
                System.out.printf(
                        Locale.ROOT,
                        "  annual reports again, run %d: %,d unchanged in %.2f s (%,.0f rows/s; CPU: JVM %.1f s, server"
                                + " %.1f s)%n",
                        i + 1,
                        r.unchanged(),
                        again[i],
                        rows / again[i],
                        againCpu[0][i],
                        againCpu[1][i]);
            }

            Result ceiling = db.startsWith("PostgreSQL") ? bareCopy(db, dataSource, rows, repeats) : null;

            execute(dataSource, "TRUNCATE TABLE annual_report");
            long[] naive = naive(dataSource, reportCsv, naiveRows, naiveSeconds);
            double naiveRate = naive[0] / seconds(naive[1]);
            System.out.printf(
                    Locale.ROOT,
                    "  naive row-at-a-time INSERT (autocommit): %,d rows in %.2f s (%,.0f rows/s),"
                            + " extrapolated to %,d rows: %.0f s%n",
                    naive[0],
                    seconds(naive[1]),
                    naiveRate,
                    rows,
                    rows / naiveRate);

            double insertMedian = median(insert);
            double againMedian = median(again);
            results.add(new Result(
                    db,
                    "import annual reports (insert)",
                    rows,
                    insertMedian,
                    (rows / insertMedian) / naiveRate,
                    median(insertCpu[0]),
                    median(insertCpu[1])));
            results.add(new Result(
                    db,
                    "re-import, all unchanged",
                    rows,
                    againMedian,
                    (rows / againMedian) / naiveRate,
                    median(againCpu[0]),
                    median(againCpu[1])));
            if (ceiling != null) {
                results.add(new Result(
                        ceiling.db(),
                        ceiling.step(),
                        ceiling.rows(),
                        ceiling.seconds(),
                        (rows / ceiling.seconds()) / naiveRate,
                        ceiling.jvmCpu(),
                        ceiling.serverCpu()));
            }
            results.add(new Result(
                    db,
                    "naive INSERT per row, autocommit (sample " + naive[0] + ", extrapolated)",
                    rows,
                    rows / naiveRate,
                    1.0));
        }
        return results;
    }

    private static ImportReport importCsv(RegistryImport imports, Path file, String table) throws IOException {
        return imports.importFile(new RegistryImport.Request(
                file,
                file.getFileName().toString(),
                table,
                "bench",
                ParkScope.ALL,
                n -> System.err.printf(Locale.ROOT, "    … %,d rows%n", n)));
    }

    private static ImportReport check(ImportReport r, String what) {
        if (!r.accepted()) {
            r.errors().stream().limit(10).forEach(e -> System.err.println(e.describe(Locale.ENGLISH)));
            throw new IllegalStateException(what + " rejected: " + r.summary(Locale.ENGLISH));
        }
        return r;
    }

    /** The annual report's key and every figure, as a column list. */
    private static final String REPORT_COLUMNS = "credit_code, report_year, "
            + String.join(
                    ", ",
                    Arrays.stream(ReportField.values()).map(ReportField::column).toList());

    /** One INSERT per row with autocommit, parsing the same CSV and converting 万元 to yuan; {rows, nanos}. */
    private static long[] naive(DataSource dataSource, Path csv, int maxRows, int maxSeconds) throws Exception {
        ReportField[] fields = ReportField.values();
        StringBuilder sql = new StringBuilder("INSERT INTO annual_report (" + REPORT_COLUMNS + ")");
        sql.append(" VALUES (?, ?").append(", ?".repeat(fields.length)).append(')');
        BigDecimal tenThousand = new BigDecimal(10_000);
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long count = 0;
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.toString());
                BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setSkipHeaderRecord(true)
                                .setHeader()
                                .get())) {
            c.setAutoCommit(true);
            for (CSVRecord record : parser) {
                ps.setString(1, record.get(0));
                ps.setInt(2, Integer.parseInt(record.get(1)));
                for (int i = 0; i < fields.length; i++) {
                    String v = record.get(2 + i);
                    if (v.isEmpty()) {
                        ps.setNull(3 + i, fields[i].isMoney() ? Types.NUMERIC : Types.BIGINT);
                    } else if (fields[i].isMoney()) {
                        ps.setBigDecimal(
                                3 + i, new BigDecimal(v).multiply(tenThousand).setScale(2));
                    } else {
                        ps.setLong(3 + i, Long.parseLong(v));
                    }
                }
                ps.executeUpdate();
                if (++count >= maxRows || (count % 1000 == 0 && System.nanoTime() > deadline)) {
                    break;
                }
            }
        }
        return new long[] {count, System.nanoTime() - start};
    }

    /** Deterministic data: heavy-tailed sizes, R&D intensity mostly 1–10 %, growth that persists. */
    static void generate(int enterprises, Path enterpriseCsv, Path reportCsv) throws IOException {
        SplittableRandom random = new SplittableRandom(20_240_601L);
        String[] fields = {"电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"};
        String[] industries = {"3911", "2710", "3741", "2641", "6513", "3825", "7724", "3421"};
        try (BufferedWriter e = Files.newBufferedWriter(enterpriseCsv, StandardCharsets.UTF_8);
                BufferedWriter r = Files.newBufferedWriter(reportCsv, StandardCharsets.UTF_8)) {
            e.write("统一社会信用代码,企业名称,成立日期,行业代码,高新技术领域,所属园区代码\n");
            StringBuilder header = new StringBuilder("统一社会信用代码,年度");
            for (ReportField f : ReportField.values()) {
                header.append(',').append(f.zh()).append(f.isMoney() ? "(万元)" : "");
            }
            r.write(header.append('\n').toString());
            StringBuilder line = new StringBuilder(512);
            for (int i = 0; i < enterprises; i++) {
                String first17 = "91220101" + String.format(Locale.ROOT, "%09d", i);
                String code = first17 + CreditCode.checkCharacter(first17);
                int field = random.nextInt(fields.length);
                e.write(code + ",基准企业" + i + "有限公司," + (2000 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9))
                        + "-1" + random.nextInt(10) + "," + industries[field] + "," + fields[field] + ",BENCH\n");
                double revenue = Math.exp(6 + 1.6 * random.nextGaussian());
                double growth = 0.08 + 0.15 * random.nextGaussian();
                double employees = Math.max(3, revenue / 60 * Math.exp(0.3 * random.nextGaussian()));
                for (int y = 0; y < YEARS; y++) {
                    revenue *= Math.exp(growth + 0.1 * random.nextGaussian());
                    employees = Math.max(3, employees * Math.exp(growth / 2 + 0.05 * random.nextGaussian()));
                    long emp = Math.round(employees);
                    long st = Math.round(emp * (0.2 + 0.4 * random.nextDouble()));
                    long rd = Math.min(st, Math.round(emp * (0.1 + 0.3 * random.nextDouble())));
                    double rdIntensity = Math.min(0.3, Math.exp(Math.log(0.04) + 0.6 * random.nextGaussian()));
                    double rdExpense = revenue * rdIntensity;
                    double[] money = {
                        revenue,
                        revenue * (0.85 + 0.15 * random.nextDouble()),
                        revenue * 0.8 * random.nextDouble(),
                        revenue * (0.8 + 0.25 * random.nextDouble()),
                        rdExpense,
                        rdExpense * (0.9 + 0.1 * random.nextDouble()),
                        revenue * (0.12 * random.nextGaussian() + 0.05),
                        revenue * (0.3 + random.nextDouble()),
                        revenue * (1 + random.nextDouble()),
                        revenue * 0.6 * random.nextDouble(),
                        revenue * 0.05 * random.nextDouble(),
                        rdExpense * 0.2,
                        revenue * 0.2 * random.nextDouble(),
                        revenue * 0.05 * random.nextDouble(),
                        random.nextInt(10) == 0 ? revenue * random.nextDouble() : 0,
                        random.nextInt(20) == 0 ? revenue * random.nextDouble() : 0
                    };
                    line.setLength(0);
                    line.append(code).append(',').append(FIRST_YEAR + y);
                    int m = 0;
                    for (ReportField f : ReportField.values()) {
                        line.append(',');
                        if (f.isMoney()) {
                            double v = money[m++];
                            if (!f.mayBeNegative()) {
                                v = Math.abs(v);
                            }
                            appendMoney(line, v);
                        } else {
                            line.append(
                                    switch (f) {
                                        case EMPLOYEES -> emp;
                                        case ST_STAFF -> st;
                                        case RD_STAFF -> rd;
                                        case POSTGRAD_STAFF -> Math.round(rd * random.nextDouble());
                                        case FRESH_GRADUATES -> random.nextInt((int) Math.min(50, emp / 5 + 1));
                                        case INVENTION_APPLICATIONS -> random.nextInt(12);
                                        case INVENTION_GRANTS -> random.nextInt(6);
                                        case PCT_APPLICATIONS -> random.nextInt(10) == 0 ? random.nextInt(3) : 0;
                                        case IP_CLASS1 -> random.nextInt(30);
                                        case IP_CLASS2 -> random.nextInt(60);
                                        default -> random.nextInt(3);
                                    });
                        }
                    }
                    r.write(line.append('\n').toString());
                }
            }
        }
    }

    /** Writes an amount in 万元 with two decimals (exact in yuan: 100 yuan steps). */
    private static void appendMoney(StringBuilder sb, double v) {
        long cents = Math.round(v * 100);
        if (cents < 0) {
            sb.append('-');
            cents = -cents;
        }
        sb.append(cents / 100).append('.');
        long frac = cents % 100;
        if (frac < 10) {
            sb.append('0');
        }
        sb.append(frac);
    }

    /**
     * The server's own ceiling: the imported rows, exported by the server itself in binary COPY format, then copied
     * back into the emptied table in one transaction, in key order, with the foreign-key triggers off (as the import
     * does when it may) and nothing else: no parsing, no validation, no reference check, no existence check. No import
     * of these rows into this table on this server can be faster.
     */
    private static Result bareCopy(String db, DataSource dataSource, int rows, int repeats) throws Exception {
        Path dump = Files.createTempFile("innopark-bench-annual-report", ".pgcopy");
        String columns = REPORT_COLUMNS;
        try {
            try (Connection c = dataSource.getConnection();
                    var out = Files.newOutputStream(dump)) {
                c.unwrap(org.postgresql.PGConnection.class)
                        .getCopyAPI()
                        .copyOut(
                                "COPY (SELECT " + columns + " FROM annual_report ORDER BY credit_code, report_year)"
                                        + " TO STDOUT WITH (FORMAT binary)",
                                out);
            }
            double[] wall = new double[repeats];
            double[][] cpu = new double[2][repeats];
            for (int i = 0; i < repeats; i++) {
                execute(dataSource, "TRUNCATE TABLE annual_report");
                execute(dataSource, "CHECKPOINT");
                long jvm0 = jvmCpuNanos();
                long server0 = serverCpuNanos();
                long start = System.nanoTime();
                long copied;
                try (Connection c = dataSource.getConnection();
                        var in = new java.io.BufferedInputStream(Files.newInputStream(dump), 1 << 20)) {
                    c.setAutoCommit(false);
                    try (Statement st = c.createStatement()) {
                        st.execute("SET LOCAL session_replication_role = replica");
                    }
                    copied = c.unwrap(org.postgresql.PGConnection.class)
                            .getCopyAPI()
                            .copyIn("COPY annual_report (" + columns + ") FROM STDIN WITH (FORMAT binary)", in);
                    c.commit();
                }
                wall[i] = seconds(System.nanoTime() - start);
                cpu[0][i] = seconds(jvmCpuNanos() - jvm0);
                cpu[1][i] = seconds(serverCpuNanos() - server0);
                if (copied != rows) {
                    throw new IllegalStateException("bare COPY wrote " + copied + " rows, expected " + rows);
                }
                System.out.printf(
                        Locale.ROOT,
                        "  bare binary COPY of the same rows, run %d: %.2f s (%,.0f rows/s; CPU: JVM %.1f s,"
                                + " server %.1f s)%n",
                        i + 1,
                        wall[i],
                        rows / wall[i],
                        cpu[0][i],
                        cpu[1][i]);
            }
            return new Result(
                    db,
                    "ceiling: bare binary COPY of the same rows (no parsing, validation or checks)",
                    rows,
                    median(wall),
                    null,
                    median(cpu[0]),
                    median(cpu[1]));
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** CPU time of this JVM, all threads. */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The embedded server's postmaster (null for H2); its backends' CPU time is the server's share. */
    private static ProcessHandle server;

    /** CPU time of the server's processes (postmaster and every backend, WAL writer, checkpointer…). */
    private static long serverCpuNanos() {
        if (server == null) {
            return 0;
        }
        long total = server.info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
        for (ProcessHandle p : server.descendants().toList()) {
            total +=
                    p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }
        return total;
    }

    private static ProcessHandle postmaster(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").matches(".*postgres.* -p " + port + "( .*|$)"))
                .findFirst()
                .orElse(null);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                map.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.matches("\\d+")) {
                map.put("rows", a);
            }
        }
        return map;
    }
}
