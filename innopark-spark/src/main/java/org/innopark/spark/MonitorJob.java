package org.innopark.spark;

import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.innopark.engine.io.DataColumn;
import org.innopark.engine.io.DataLayout;
import org.innopark.engine.io.MonitorData;
import org.innopark.engine.monitor.Alert;
import org.innopark.engine.monitor.EarlyWarning;
import org.innopark.engine.monitor.EarlyWarning.PeerDeviation;
import org.innopark.engine.monitor.EarlyWarning.PeerStatistic;
import org.innopark.engine.monitor.FirmProfile;
import org.innopark.engine.monitor.Measure;
import org.innopark.engine.monitor.MonitorEvent;
import org.innopark.engine.monitor.Panel;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.SpringFestival;
import org.innopark.engine.monitor.WarningRules;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;

/**
 * 经营异常预警回溯扫描 as a Spark job, giving what {@code innopark.jar monitor scan --data} gives. The engine's back-scan
 * needs, besides each firm's own reports, the peers of every month (the deviations of the firms of the same 大类 and
 * size band, or of every firm), so it runs in the engine's three steps ({@link EarlyWarning#firms}): the rows are
 * grouped by enterprise and each firm's statistics computed by the engine on the whole panel's months; the
 * deviations are grouped by measure and month and the engine computes the peers of each; the firm's rows and its
 * peers' statistics meet again by enterprise, where the engine applies the rules and the listings. The alerts are
 * sorted as the CLI sorts them: by month, credit code and the rule file's order.
 */
public final class MonitorJob {

    private MonitorJob() {}

    /**
     * What the job is asked.
     *
     * @param rules the rule file's text, or null for the built-in rules
     * @param festival the Spring Festival table's text, or null for the built-in one
     */
    public record Settings(RuleText rules, RuleText festival) implements Serializable {}

    private static final Map<Settings, EarlyWarning> WARNINGS = new ConcurrentHashMap<>();

    /** The early warning, its files parsed once per JVM (driver or executor) by the engine's loaders. */
    static EarlyWarning warning(Settings settings) {
        return WARNINGS.computeIfAbsent(
                settings,
                s -> new EarlyWarning(
                        s.rules() == null
                                ? WarningRules.official()
                                : WarningRules.parse(
                                        s.rules().fileName(),
                                        new StringReader(s.rules().text())),
                        s.festival() == null
                                ? SpringFestival.official()
                                : SpringFestival.parse(
                                        s.festival().fileName(),
                                        new StringReader(s.festival().text()))));
    }

    /** The output's schema: the CLI's alert columns, all text. */
    public static final StructType SCHEMA = DataTypes.createStructType(MonitorData.ALERT_COLUMNS.stream()
            .map(c -> DataTypes.createStructField(c, DataTypes.StringType, false))
            .toList());

    private static final int PANEL = 0;
    private static final int ENTERPRISE = 1;
    private static final int EVENT = 2;

    /** An input row tagged with its file and enterprise: code, file, cells, source. */
    private static final StructType TAGGED = DataTypes.createStructType(List.of(
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("file", DataTypes.IntegerType, false),
            DataTypes.createStructField("cells", DataTypes.createArrayType(DataTypes.StringType, true), false),
            DataTypes.createStructField("source", DataTypes.StringType, false)));

    private static final StructType DEVIATIONS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("measure", DataTypes.IntegerType, false),
            DataTypes.createStructField("period", DataTypes.IntegerType, false),
            DataTypes.createStructField("division", DataTypes.StringType, true),
            DataTypes.createStructField("band", DataTypes.IntegerType, false),
            DataTypes.createStructField("deviation", DataTypes.FloatType, false)));

    private static final StructType PEERS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("measure", DataTypes.IntegerType, false),
            DataTypes.createStructField("period", DataTypes.IntegerType, false),
            DataTypes.createStructField("median", DataTypes.FloatType, false),
            DataTypes.createStructField("spread", DataTypes.FloatType, false)));

    private static final String ORDER = "__rule_order";

    /** The three files' layouts, found on the driver from their headers; a file not given has none. */
    record Layouts(DataLayout panel, DataLayout enterprises, DataLayout events) implements Serializable {

        DataLayout of(int file) {
            return file == PANEL ? panel : file == ENTERPRISE ? enterprises : events;
        }
    }

    /**
     * Runs the job on Spark.
     *
     * @param panel the panel's text columns and the source column last ({@link Inputs})
     * @param enterprises the enterprises, or null
     * @param events the credit events, or null
     */
    public static Dataset<Row> run(
            Dataset<Row> panel, Dataset<Row> enterprises, Dataset<Row> events, Settings settings) {
        Layouts layouts = new Layouts(
                layout(panel, MonitorData.panelColumns(), "月度报表 / panel (--data)"),
                enterprises == null
                        ? null
                        : layout(enterprises, MonitorData.enterpriseColumns(), "企业 / enterprises (--enterprises)"),
                events == null ? null : layout(events, MonitorData.eventColumns(), "信用事件 / events (--events)"));
        int[] range = range(panel, layouts.panel());
        Dataset<Row> tagged = tagged(panel, PANEL, layouts);
        if (enterprises != null) {
            tagged = tagged.union(tagged(enterprises, ENTERPRISE, layouts));
        }
        if (events != null) {
            tagged = tagged.union(tagged(events, EVENT, layouts));
        }
        // Read twice (the statistics, then the rules): kept rather than read from the files again.
        tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK());
        MapFunction<Row, String> byCode = r -> r.getString(0);

        Dataset<Row> deviations = tagged.groupByKey(byCode, Encoders.STRING())
                .flatMapGroups(
                        (FlatMapGroupsFunction<String, Row, Row>) (code, rows) -> {
                            Firm firm = firm(layouts, range, code, rows);
                            List<Row> out = new ArrayList<>();
                            for (PeerDeviation d :
                                    warning(settings).firms(firm.panel).deviations()) {
                                out.add(RowFactory.create(
                                        d.creditCode(),
                                        d.measure(),
                                        d.period(),
                                        d.division(),
                                        d.band(),
                                        d.deviation()));
                            }
                            return out.iterator();
                        },
                        Encoders.row(DEVIATIONS));
        Dataset<Row> peers = deviations
                .groupByKey((MapFunction<Row, Integer>) r -> r.getInt(2) * 3 + r.getInt(1), Encoders.INT())
                .flatMapGroups(
                        (FlatMapGroupsFunction<Integer, Row, Row>) (key, rows) -> {
                            List<PeerDeviation> month = new ArrayList<>();
                            while (rows.hasNext()) {
                                Row r = rows.next();
                                month.add(new PeerDeviation(
                                        r.getString(0),
                                        r.getInt(1),
                                        r.getInt(2),
                                        r.getString(3),
                                        r.getInt(4),
                                        r.getFloat(5)));
                            }
                            List<Row> out = new ArrayList<>();
                            for (PeerStatistic p : warning(settings).peers(month)) {
                                out.add(RowFactory.create(
                                        p.creditCode(), p.measure(), p.period(), p.median(), p.spread()));
                            }
                            return out.iterator();
                        },
                        Encoders.row(PEERS));

        StructType withOrder = SCHEMA.add(ORDER, DataTypes.IntegerType, false);
        Dataset<Row> alerts = tagged.groupByKey(byCode, Encoders.STRING())
                .cogroup(
                        peers.groupByKey(byCode, Encoders.STRING()),
                        (CoGroupFunction<String, Row, Row, Row>) (code, rows, stats) -> {
                            Firm firm = firm(layouts, range, code, rows);
                            EarlyWarning warning = warning(settings);
                            EarlyWarning.Firms scan = warning.firms(firm.panel);
                            while (stats.hasNext()) {
                                Row s = stats.next();
                                scan.peer(new PeerStatistic(
                                        s.getString(0), s.getInt(1), s.getInt(2), s.getFloat(3), s.getFloat(4)));
                            }
                            List<Row> out = new ArrayList<>();
                            for (Alert a : scan.alerts(firm.events)) {
                                out.add(row(a, warning.rules(), true));
                            }
                            return out.iterator();
                        },
                        Encoders.row(withOrder));
        // The sort samples its input first: the alerts are kept, not computed twice.
        alerts = alerts.persist(StorageLevel.MEMORY_AND_DISK());
        String[] h = SCHEMA.fieldNames();
        return alerts.orderBy(alerts.col(h[1]), alerts.col(h[0]), alerts.col(ORDER), alerts.col(h[4]))
                .drop(ORDER);
    }

    /**
     * The same alerts computed without Spark: the whole panel scanned in one call of the engine, as
     * {@code innopark.jar monitor scan --data} does. Each table is its header and rows of text cells, or null.
     */
    public static List<Object[]> embedded(
            List<String> panelHeaders,
            List<String[]> panelRows,
            List<String> enterpriseHeaders,
            List<String[]> enterpriseRows,
            List<String> eventHeaders,
            List<String[]> eventRows,
            Settings settings) {
        Layouts layouts = new Layouts(
                MonitorData.layout(MonitorData.panelColumns(), panelHeaders),
                enterpriseHeaders == null
                        ? null
                        : MonitorData.layout(MonitorData.enterpriseColumns(), enterpriseHeaders),
                eventHeaders == null ? null : MonitorData.layout(MonitorData.eventColumns(), eventHeaders));
        List<Row> rows = new ArrayList<>();
        tag(rows, panelRows, PANEL, layouts);
        tag(rows, enterpriseRows, ENTERPRISE, layouts);
        tag(rows, eventRows, EVENT, layouts);
        Firm all = firm(layouts, null, null, rows.iterator());
        EarlyWarning warning = warning(settings);
        List<Object[]> out = new ArrayList<>();
        for (Alert a : warning.scan(all.panel, all.events)) {
            Row r = row(a, warning.rules(), false);
            Object[] values = new Object[r.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.get(i);
            }
            out.add(values);
        }
        return out;
    }

    private static void tag(List<Row> out, List<String[]> rows, int file, Layouts layouts) {
        if (rows == null) {
            return;
        }
        int n = 1;
        for (String[] cells : rows) {
            Object[] withSource = Arrays.copyOf(cells, cells.length + 1, Object[].class);
            withSource[cells.length] = "embedded row " + ++n;
            out.add(tagRow(RowFactory.create(withSource), file, layouts.of(file)));
        }
    }

    private static Row row(Alert a, WarningRules rules, boolean withOrder) {
        String[] cells = MonitorData.alertRow(a, rules);
        if (!withOrder) {
            return RowFactory.create((Object[]) cells);
        }
        Object[] values = Arrays.copyOf(cells, cells.length + 1, Object[].class);
        values[cells.length] = rules.rules().indexOf(rules.rule(a.ruleId()));
        return RowFactory.create(values);
    }

    private static DataLayout layout(Dataset<Row> input, List<DataColumn> columns, String name) {
        List<String> headers = Arrays.asList(input.columns()).subList(0, input.columns().length - 1);
        try {
            return MonitorData.layout(columns, headers);
        } catch (InvalidValueException e) {
            throw new JobInputException(name, "表头:" + e.messageZh(), "header: " + e.messageEn());
        }
    }

    /** The panel's first and last month (the months every firm is scanned over), or null when it has no rows. */
    private static int[] range(Dataset<Row> panel, DataLayout layout) {
        Dataset<int[]> ranges = panel.mapPartitions(
                (MapPartitionsFunction<Row, int[]>) rows -> {
                    int[] r = {Integer.MAX_VALUE, Integer.MIN_VALUE};
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        String[] cells = Cells.of(row);
                        String text = layout.text(cells, MonitorData.PERIOD);
                        int p = checked(
                                row,
                                layout.text(cells, MonitorData.CREDIT_CODE) + " / " + text,
                                () -> Period.parse(text));
                        r[0] = Math.min(r[0], p);
                        r[1] = Math.max(r[1], p);
                    }
                    return List.of(r).iterator();
                },
                Encoders.javaSerialization(int[].class));
        int[] r = ranges.reduce((org.apache.spark.api.java.function.ReduceFunction<int[]>)
                (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        return r[0] > r[1] ? null : r;
    }

    private static Dataset<Row> tagged(Dataset<Row> input, int file, Layouts layouts) {
        DataLayout layout = layouts.of(file);
        return input.map((MapFunction<Row, Row>) row -> tagRow(row, file, layout), Encoders.row(TAGGED));
    }

    private static Row tagRow(Row row, int file, DataLayout layout) {
        String[] cells = Cells.of(row);
        CreditCode code = checked(row, String.valueOf(layout.text(cells, MonitorData.CREDIT_CODE)), () ->
                (CreditCode) layout.values(cells, 1).apply(MonitorData.CREDIT_CODE));
        // Spark's row encoder takes an array column as a Scala sequence.
        return RowFactory.create(
                code.value(),
                file,
                scala.jdk.javaapi.CollectionConverters.asScala(Arrays.asList(cells)),
                Cells.source(row));
    }

    /** One group: a panel (of one firm, or of every firm) over the months given, and the events. */
    private record Firm(Panel panel, List<MonitorEvent> events) {}

    /**
     * Reads a group's rows as the CLI reads the files: a panel row's period and figures; every firm of the panel
     * and of the events in the enterprises, when they are given, and there once; one row per firm and month.
     *
     * @param range the months of the whole panel, or null for those of the rows
     * @param code the group's enterprise, or null for a group of every enterprise
     */
    private static Firm firm(Layouts layouts, int[] range, String code, Iterator<Row> rows) {
        Panel.Builder builder = Panel.builder();
        if (range != null) {
            builder.range(range[0], range[1]);
        }
        List<Row> eventRows = new ArrayList<>();
        java.util.Set<String> profiled = new java.util.HashSet<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        java.util.Map<String, BitSet> seen = new java.util.HashMap<>();
        List<Row> panelRows = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            int file = row.getInt(1);
            if (file == ENTERPRISE) {
                String c = row.getString(0);
                if (!profiled.add(c)) {
                    throw bad(row, "重复:" + c + " 已在前面出现", "duplicate: " + c + " appears twice");
                }
                builder.profile(profile(layouts.enterprises(), row));
            } else if (file == EVENT) {
                eventRows.add(row);
            } else {
                panelRows.add(row);
            }
        }
        for (Row row : panelRows) {
            String c = row.getString(0);
            if (layouts.enterprises() != null && !profiled.contains(c)) {
                throw bad(
                        row, "未知企业:" + c + " 不在企业名单中", "unknown enterprise: " + c + " is not in the enterprises file");
            }
            DataLayout layout = layouts.panel();
            String[] cells = cells(row);
            String where = c + " / " + layout.text(cells, MonitorData.PERIOD);
            int period = checked(row, where, () -> Period.parse(layout.text(cells, MonitorData.PERIOD)));
            double[] v = new double[4];
            for (Measure m : Measure.values()) {
                String key = MonitorData.FIGURES.get(m.ordinal());
                v[m.ordinal()] = checked(row, where, () -> {
                    try {
                        return MonitorData.figure(m, layout.text(cells, key));
                    } catch (InvalidValueException e) {
                        throw new InvalidValueException(
                                "列 " + m.header() + ":" + e.messageZh(), "column " + m.header() + ": " + e.messageEn());
                    }
                });
            }
            BitSet months = seen.computeIfAbsent(c, k -> new BitSet());
            int bit = period - Period.of(Period.MIN_YEAR, 1);
            if (months.get(bit)) {
                throw bad(
                        row,
                        "重复:" + c + " 的 " + Period.format(period) + " 已有一行报表",
                        "duplicate: " + c + " already has a report for " + Period.format(period));
            }
            months.set(bit);
            reported.add(c);
            builder.row(c, period, v[0], v[1], v[2], v[3]);
        }
        List<MonitorEvent> events = new ArrayList<>();
        for (Row row : eventRows) {
            String c = row.getString(0);
            boolean known = layouts.enterprises() != null ? profiled.contains(c) : reported.contains(c);
            if (!known) {
                throw bad(
                        row,
                        "未知企业:" + c + (layouts.enterprises() != null ? " 不在企业名单中" : " 不在月度报表中"),
                        "unknown enterprise: " + c
                                + (layouts.enterprises() != null
                                        ? " is not in the enterprises file"
                                        : " is not in the panel"));
            }
            DataLayout layout = layouts.events();
            String[] cells = cells(row);
            Function<String, Object> value = checked(row, c, () -> layout.values(cells));
            MonitorEvent.Type type =
                    checked(row, c, () -> MonitorData.eventType((String) value.apply(MonitorData.TYPE)));
            events.add(new MonitorEvent(
                    c, (LocalDate) value.apply(MonitorData.DATE), type, (String) value.apply(MonitorData.NOTE)));
        }
        return new Firm(builder.build(), events);
    }

    private static FirmProfile profile(DataLayout layout, Row row) {
        Function<String, Object> value = checked(row, row.getString(0), () -> layout.values(cells(row)));
        IndustryCode industry = (IndustryCode) value.apply(MonitorData.INDUSTRY);
        return new FirmProfile(
                row.getString(0),
                (String) value.apply(MonitorData.NAME),
                industry == null ? null : industry.value(),
                (LocalDate) value.apply(MonitorData.REGISTERED));
    }

    private static String[] cells(Row tagged) {
        List<String> list = tagged.getList(2);
        return list.toArray(String[]::new);
    }

    private static JobInputException bad(Row tagged, String zh, String en) {
        return new JobInputException(Cells.source(tagged), zh, en);
    }

    /**
     * Runs a parse, turning an invalid value into an error that names the source and the row: its enterprise, and
     * its period for a panel row.
     */
    private static <T> T checked(Row row, String where, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            throw new JobInputException(
                    Cells.source(row), "行(" + where + "):" + e.messageZh(), "row (" + where + "): " + e.messageEn());
        }
    }
}
