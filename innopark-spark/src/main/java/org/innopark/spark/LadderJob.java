package org.innopark.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.innopark.engine.io.AssessData;
import org.innopark.engine.io.DataLayout;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.ladder.LadderAssessment;
import org.innopark.engine.ladder.Scheme;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.ladder.Verdict;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * 梯度培育评价 as a Spark job: the rows of an {@code assess --data} file (CSV, Parquet or a table) are grouped by
 * enterprise (all its years), turned into the engine's {@link EnterpriseFacts} by {@link AssessData.Firms} and assessed
 * by the engine's {@link LadderAssessment} against every scheme asked (by default every official scheme: 科技型中小企业,
 * 高新技术企业, 专精特新 …). The output has the outcome columns of {@code innopark.jar assess --data}'s CSV, one row per
 * enterprise and scheme. The embedded form ({@link #embedded}) reads and assesses the whole input in one JVM.
 */
public final class LadderJob {

    private LadderJob() {}

    /** Every official scheme. */
    public static final String ALL = "all";

    /**
     * What the job is asked.
     *
     * @param schemes scheme ids, or one rule file, or {@link #ALL}
     * @param year the year assessed, or null for each enterprise's latest year
     */
    public record Settings(List<RuleText> schemes, Integer year, MoneyUnit unit) implements Serializable {}

    /** The outcome columns, as the CLI's CSV heads them (Chinese). */
    public static final List<String> HEADERS =
            List.of("统一社会信用代码", "企业名称", "评价方案", "版本", "年度", "评价结论", "得分(下限)", "得分(上限)", "直接认定途径", "待定条件");

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    public static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            // Text as the CLI writes it: numbers without trailing zeros (2025, 7.5), an unknown score empty.
            fields.add(DataTypes.createStructField(HEADERS.get(i), DataTypes.StringType, i == 6 || i == 7));
        }
        return DataTypes.createStructType(fields);
    }

    /** The schemes of a {@code --scheme} value: ids separated by commas, a rule file, or all. */
    public static List<RuleText> schemes(String value) {
        if (value == null || value.isBlank() || value.strip().equals(ALL)) {
            return official().ids().stream()
                    .map(id -> new RuleText(id, null, null))
                    .toList();
        }
        List<RuleText> out = new ArrayList<>();
        for (String part : value.split(",")) {
            RuleText r = RuleText.of(part.strip(), null);
            if (r.id() != null && official().versions(r.id()).isEmpty()) {
                throw new IllegalArgumentException("未知方案 " + r.id() + ",可用:"
                        + String.join("、", official().ids()) + " / unknown scheme " + r.id()
                        + "; known: "
                        + String.join(", ", official().ids()));
            }
            out.add(r);
        }
        return out;
    }

    private static SchemeRegistry official;

    /** The official schemes, read once per JVM (driver or executor). */
    static synchronized SchemeRegistry official() {
        if (official == null) {
            official = SchemeRegistry.official();
        }
        return official;
    }

    private static final Map<List<RuleText>, Map<String, FactDefinition>> FACTS = new ConcurrentHashMap<>();

    private static final Map<RuleText, Scheme> FILES = new ConcurrentHashMap<>();

    /** A rule file's scheme, parsed once per JVM by the engine (from a copy of the text under the same name). */
    static Scheme file(RuleText rule) {
        return FILES.computeIfAbsent(rule, r -> {
            try {
                Path dir = Files.createTempDirectory("innopark-scheme");
                Path file = Files.writeString(dir.resolve(r.fileName()), r.text(), StandardCharsets.UTF_8);
                try {
                    return SchemeRegistry.readScheme(file);
                } finally {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The facts the schemes ask for: the chosen ones' first, then every official scheme's. */
    static Map<String, FactDefinition> facts(List<RuleText> schemes) {
        return FACTS.computeIfAbsent(schemes, LadderJob::facts0);
    }

    private static Map<String, FactDefinition> facts0(List<RuleText> schemes) {
        Map<String, FactDefinition> facts = new LinkedHashMap<>();
        for (RuleText r : schemes) {
            List<Scheme> versions = r.id() != null ? official().versions(r.id()) : List.of(file(r));
            versions.forEach(s -> s.facts().forEach(d -> facts.putIfAbsent(d.id(), d)));
        }
        official().all().forEach(s -> s.facts().forEach(d -> facts.putIfAbsent(d.id(), d)));
        return facts;
    }

    public static Dataset<Row> run(Dataset<Row> input, Settings settings) {
        List<String> headers = Arrays.asList(input.columns()).subList(0, input.columns().length - 1);
        Map<String, FactDefinition> facts = facts(settings.schemes());
        DataLayout layout = new DataLayout(AssessData.columns(facts), headers, settings.unit());
        Dataset<Row> assessed = input.groupByKey(
                        (MapFunction<Row, String>) row -> {
                            String code = layout.text(Cells.of(row), AssessData.CREDIT_CODE);
                            return code == null ? "" : code.toUpperCase(Locale.ROOT);
                        },
                        Encoders.STRING())
                .flatMapGroups(
                        (FlatMapGroupsFunction<String, Row, Row>) (code, rows) -> {
                            List<Row> out = new ArrayList<>();
                            for (Object[] r : assess(layout, facts(settings.schemes()), rows, settings)) {
                                out.add(RowFactory.create(r));
                            }
                            return out.iterator();
                        },
                        Encoders.row(schema()));
        return assessed.sortWithinPartitions(assessed.col(HEADERS.get(0)), assessed.col(HEADERS.get(2)));
    }

    /** The same table computed without Spark: every row read and assessed in this JVM. */
    public static List<Object[]> embedded(List<String> headers, Iterable<String[]> rows, Settings settings) {
        Map<String, FactDefinition> facts = facts(settings.schemes());
        DataLayout layout = new DataLayout(AssessData.columns(facts), headers, settings.unit());
        List<Row> asRows = new ArrayList<>();
        for (String[] cells : rows) {
            Object[] withSource = Arrays.copyOf(cells, cells.length + 1, Object[].class);
            withSource[cells.length] = "embedded";
            asRows.add(RowFactory.create(withSource));
        }
        return assess(layout, facts, asRows.iterator(), settings);
    }

    private static final Map<String, LadderAssessment> ASSESSMENT = new ConcurrentHashMap<>();

    /** Reads rows (one enterprise's, or many) and assesses each enterprise against each scheme. */
    private static List<Object[]> assess(
            DataLayout layout, Map<String, FactDefinition> facts, Iterator<Row> rows, Settings settings) {
        AssessData.Firms firms = new AssessData.Firms(facts);
        while (rows.hasNext()) {
            Row row = rows.next();
            String[] cells = Cells.of(row);
            String where = Cells.source(row) + " (" + layout.text(cells, AssessData.CREDIT_CODE) + " / "
                    + layout.text(cells, AssessData.YEAR) + ")";
            java.util.function.Function<String, Object> values;
            try {
                values = layout.values(cells);
            } catch (InvalidValueException e) {
                throw new JobInputException(where, e.messageZh(), e.messageEn());
            }
            firms.add(values, where, where, new AssessData.Problems() {
                @Override
                public void reject(String key, String zh, String en) {
                    throw new JobInputException(where, "列 " + key + ":" + zh, "column " + key + ": " + en);
                }

                @Override
                public void reject(InvalidValueException e) {
                    throw new JobInputException(where, e.messageZh(), e.messageEn());
                }
            });
        }
        AssessData.Sheet sheet = firms.sheet();
        LadderAssessment assessment = ASSESSMENT.computeIfAbsent("official", k -> new LadderAssessment(official()));
        List<Object[]> out = new ArrayList<>();
        for (EnterpriseFacts f : sheet.facts()) {
            int year;
            if (settings.year() != null) {
                if (!f.years().contains(settings.year())) {
                    continue;
                }
                year = settings.year();
            } else {
                year = f.years().stream().mapToInt(Integer::intValue).max().orElseThrow();
            }
            for (RuleText r : settings.schemes()) {
                Optional<Verdict> v = r.id() != null
                        ? assessment.assess(r.id(), f, year)
                        : Optional.of(assessment.assess(file(r), f, year));
                v.ifPresent(verdict -> out.add(row(f.creditCode(), sheet.names().get(f.creditCode()), verdict)));
            }
        }
        return out;
    }

    private static String number(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static Object[] row(CreditCode code, String name, Verdict v) {
        return new Object[] {
            code.value(),
            name,
            v.scheme().name().in(ZH),
            v.schemeVersion(),
            Integer.toString(v.year()),
            v.outcome().label().in(ZH),
            v.score().map(s -> number(s.total().min())).orElse(null),
            v.score().map(s -> number(s.total().max())).orElse(null),
            v.directRoute().map(c -> c.name().in(ZH)).orElse(""),
            String.join(";", v.undecided().stream().map(c -> c.name().in(ZH)).toList())
        };
    }
}
