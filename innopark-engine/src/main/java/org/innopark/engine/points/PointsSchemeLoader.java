package org.innopark.engine.points;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.Direction;
import org.innopark.engine.rules.Interval;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * Reads and validates points schemes and park add-on files (特色指标) from YAML; the format is documented in
 * {@code org/innopark/engine/points/schemes/README.md}. Every problem is a {@link RuleFileException} naming the file,
 * line, column and key path. Built-in schemes are classpath resources named {@code schemes/<id>.yaml}.
 */
public final class PointsSchemeLoader {

    /** The ids of the schemes shipped with the engine. */
    public static final List<String> BUILT_IN = List.of("innopark-points-2022", "innopark-points-2025");

    /** The default scheme: the 18 core indicators of the 1.0 guideline kept in the 2024 全国试行版. */
    public static final String DEFAULT_ID = "innopark-points-2022";

    private static final String RESOURCE_DIR = "org/innopark/engine/points/schemes/";
    private static final double TOLERANCE = 1e-9;

    private static final Set<String> SCHEME_KEYS =
            RuleFileHeader.keysAnd("scale", "bonus", "cohort", "missing", "scoring", "basis", "stages", "groups");
    private static final Set<String> ADD_ON_KEYS =
            RuleFileHeader.keysAnd("base", "scale", "rescale", "cohort", "missing", "scoring", "basis", "groups");
    private static final Set<String> GROUP_KEYS =
            Set.of("id", "name", "bonus", "weights", "confidence", "basis", "indicators");
    private static final Set<String> INDICATOR_KEYS =
            Set.of("id", "name", "formula", "direction", "scoring", "weights", "missing", "confidence", "basis");

    /** The bracket keys of the old points syntax, named in the error that shows the interval notation. */
    private static final Set<String> OLD_BOUNDS = Set.of("from", "above", "to", "below");

    private PointsSchemeLoader() {}

    /** A built-in scheme by id. */
    public static PointsScheme builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException(
                    "no built-in points scheme '" + id + "' / 没有内置积分方案; built in / 内置: " + String.join(", ", BUILT_IN));
        }
        return read(
                RuleNode.parseResource(PointsSchemeLoader.class.getClassLoader(), RESOURCE_DIR + id + ".yaml"),
                PointsSchemeLoader::builtIn);
    }

    /** A built-in scheme's id, or the path of a scheme or add-on file. */
    public static PointsScheme resolve(String idOrFile) {
        return BUILT_IN.contains(idOrFile) ? builtIn(idOrFile) : load(Path.of(idOrFile));
    }

    /**
     * Reads a scheme file or an add-on file. An add-on's {@code base} is a built-in id or a file path relative to the
     * add-on file.
     */
    public static PointsScheme load(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return read(RuleNode.parse(file), base -> {
            if (BUILT_IN.contains(base)) {
                return builtIn(base);
            }
            Path basePath = dir.resolve(base);
            if (!Files.exists(basePath)) {
                throw new IllegalArgumentException(base);
            }
            return load(basePath);
        });
    }

    /** Reads a scheme or add-on from text; an add-on's base must be a built-in scheme. */
    public static PointsScheme parse(String fileName, Reader reader) {
        return read(RuleNode.parse(fileName, reader), PointsSchemeLoader::builtIn);
    }

    private static PointsScheme read(RuleNode root, Function<String, PointsScheme> bases) {
        if (root.get("base").isPresent()) {
            return readAddOn(root, bases);
        }
        root.allowOnly(SCHEME_KEYS);
        Defaults defaults = defaults(root, CohortKind.PARK, MissingPolicy.ZERO, new Scoring.Percentile());
        RuleNode scaleNode = root.require("scale");
        double scale = positive(scaleNode);
        double bonus = root.get("bonus").map(PointsSchemeLoader::nonNegative).orElse(0.0);
        List<IndicatorGroup> groups = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        readGroups(root.require("groups"), defaults, false, false, groups, indicators);
        checkPartSums(root.require("groups"), groups, indicators, false, scale, "scale");
        checkPartSums(root.require("groups"), groups, indicators, true, bonus, "bonus");
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.SCHEME);
        return new PointsScheme(
                header.id(),
                header.version(),
                header.nameZh(),
                header.nameEn(),
                header.effectiveFrom(),
                header.effectiveTo(),
                scale,
                bonus,
                defaults.cohort,
                stageRule(root.require("stages")),
                groups,
                indicators,
                header.confidence(),
                root.text("basis", "").strip(),
                root.file(),
                null,
                "",
                header.source());
    }

    private static PointsScheme readAddOn(RuleNode root, Function<String, PointsScheme> bases) {
        root.allowOnly(ADD_ON_KEYS);
        RuleNode baseNode = root.require("base");
        PointsScheme base;
        try {
            base = bases.apply(baseNode.text());
        } catch (IllegalArgumentException e) {
            throw baseNode.error("base scheme '" + baseNode.text() + "' not found (a built-in id or a file next to this"
                    + " one) / 找不到基础方案; built in / 内置: " + String.join(", ", BUILT_IN));
        }
        Defaults defaults = defaults(root, base.cohort(), MissingPolicy.ZERO, new Scoring.Percentile());
        double scale = root.get("scale").map(PointsSchemeLoader::positive).orElse(base.scale());
        RuleNode rescale = root.require("rescale");
        rescale.allowOnly(Set.of("mode", "basePoints", "bonus"));
        String mode = rescale.require("mode").text().strip().toLowerCase(java.util.Locale.ROOT);
        boolean bonusMode;
        double factor;
        double bonus;
        String rescaleText;
        if (mode.equals("proportional")) {
            RuleNode basePoints = rescale.require("basePoints");
            double points = positive(basePoints);
            if (points > scale + TOLERANCE) {
                throw basePoints.error(
                        "basePoints " + fmt(points) + " exceed the scale " + fmt(scale) + " / 基础方案分值超过总分");
            }
            bonusMode = false;
            factor = points / base.scale();
            bonus = base.bonus();
            rescaleText = "base indicators × " + fmt(points) + "/" + fmt(base.scale()) + " (基础指标按比例缩放至" + fmt(points)
                    + "分), add-ons " + fmt(scale - points) + " (特色指标" + fmt(scale - points) + "分)";
        } else if (mode.equals("bonus")) {
            bonusMode = true;
            factor = scale / base.scale();
            bonus = base.bonus() + positive(rescale.require("bonus"));
            rescaleText = "add-ons as bonus up to " + fmt(bonus - base.bonus()) + " (特色指标作为加分项)"
                    + (factor == 1 ? "" : ", base × " + fmt(scale) + "/" + fmt(base.scale()));
        } else {
            throw rescale.require("mode").error("'" + mode + "' is not one of / 应为以下之一: proportional, bonus");
        }
        List<IndicatorGroup> groups = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorGroup g : base.groups()) {
            double f = g.bonus() ? 1 : factor;
            groups.add(new IndicatorGroup(
                    g.index(),
                    g.id(),
                    g.nameZh(),
                    g.nameEn(),
                    g.bonus(),
                    times(g.weights(), f),
                    g.first(),
                    g.count(),
                    g.confidence(),
                    g.basis()));
        }
        for (Indicator i : base.indicators()) {
            double f = base.groups().get(i.group()).bonus() ? 1 : factor;
            indicators.add(new Indicator(
                    i.index(),
                    i.id(),
                    i.nameZh(),
                    i.nameEn(),
                    i.group(),
                    i.formula(),
                    i.direction(),
                    i.scoring(),
                    times(i.weights(), f),
                    i.missing(),
                    i.addOn(),
                    i.confidence(),
                    i.basis()));
        }
        RuleNode groupsNode = root.require("groups");
        readGroups(groupsNode, defaults, true, bonusMode, groups, indicators);
        checkPartSums(groupsNode, groups, indicators, false, scale, "scale");
        checkPartSums(groupsNode, groups, indicators, true, bonus, "bonus");
        RuleFileHeader header = RuleFileHeader.readDerived(root, headerOf(base), null);
        return new PointsScheme(
                header.id(),
                header.version(),
                header.nameZh(),
                header.nameEn(),
                header.effectiveFrom(),
                header.effectiveTo(),
                scale,
                bonus,
                defaults.cohort,
                base.stageRule(),
                groups,
                indicators,
                header.confidence(),
                root.text("basis", "").strip(),
                root.file(),
                base.id(),
                rescaleText,
                header.source());
    }

    private record Defaults(CohortKind cohort, MissingPolicy missing, Scoring scoring) {}

    private static Defaults defaults(RuleNode root, CohortKind cohort, MissingPolicy missing, Scoring scoring) {
        return new Defaults(
                root.get("cohort").map(n -> n.enumValue(CohortKind.class)).orElse(cohort),
                root.get("missing").map(n -> n.enumValue(MissingPolicy.class)).orElse(missing),
                root.get("scoring").map(n -> scoring(n, Direction.POSITIVE)).orElse(scoring));
    }

    private static void readGroups(
            RuleNode groupsNode,
            Defaults defaults,
            boolean addOn,
            boolean forceBonus,
            List<IndicatorGroup> groups,
            List<Indicator> indicators) {
        Set<String> ids = new HashSet<>();
        groups.forEach(g -> ids.add(g.id()));
        indicators.forEach(i -> ids.add(i.id()));
        List<RuleNode> items = groupsNode.items();
        if (items.isEmpty()) {
            throw groupsNode.error("at least one group is needed / 至少需要一个一级指标");
        }
        for (RuleNode g : items) {
            g.allowOnly(GROUP_KEYS);
            String groupId = uniqueId(g.require("id"), ids);
            boolean bonus = forceBonus || g.get("bonus").map(RuleNode::bool).orElse(false);
            int groupIndex = groups.size();
            int first = indicators.size();
            List<RuleNode> indicatorNodes = g.require("indicators").items();
            if (indicatorNodes.isEmpty()) {
                throw g.require("indicators").error("a group needs at least one indicator / 一级指标下至少需要一个二级指标");
            }
            double[] sum = new double[Stage.values().length];
            for (RuleNode n : indicatorNodes) {
                Indicator indicator = indicator(n, indicators.size(), groupIndex, defaults, addOn, ids);
                indicators.add(indicator);
                for (int s = 0; s < sum.length; s++) {
                    sum[s] += indicator.weights()[s];
                }
            }
            if (g.get("weights").isPresent()) {
                RuleNode weightsNode = g.require("weights");
                double[] declared = weights(weightsNode);
                for (Stage s : Stage.values()) {
                    if (Math.abs(declared[s.ordinal()] - sum[s.ordinal()])
                            > TOLERANCE * Math.max(1, declared[s.ordinal()])) {
                        throw weightsNode.error("the indicators' weights for " + s + " (" + s.zh() + ") sum to "
                                + fmt(sum[s.ordinal()]) + ", not the group's " + fmt(declared[s.ordinal()])
                                + " / 二级指标权重之和与一级指标权重不符");
                    }
                }
            }
            String[] name = RuleFileHeader.name(g.require("name"));
            groups.add(new IndicatorGroup(
                    groupIndex,
                    groupId,
                    name[0],
                    name[1],
                    bonus,
                    sum,
                    first,
                    indicators.size() - first,
                    confidence(g),
                    g.text("basis", "").strip()));
        }
    }

    private static Indicator indicator(
            RuleNode n, int index, int group, Defaults defaults, boolean addOn, Set<String> ids) {
        n.allowOnly(INDICATOR_KEYS);
        String id = uniqueId(n.require("id"), ids);
        String[] name = RuleFileHeader.name(n.require("name"));
        Direction direction = Direction.readOptional(n);
        Scoring scoring = n.get("scoring").map(s -> scoring(s, direction)).orElse(defaults.scoring);
        MissingPolicy missing =
                n.get("missing").map(m -> m.enumValue(MissingPolicy.class)).orElse(defaults.missing);
        return new Indicator(
                index,
                id,
                name[0],
                name[1],
                group,
                formula(n.require("formula")),
                direction,
                scoring,
                weights(n.require("weights")),
                missing,
                addOn,
                confidence(n),
                n.text("basis", "").strip());
    }

    private static Confidence confidence(RuleNode n) {
        return Confidence.read(n, Confidence.CONFIRMED);
    }

    private static String uniqueId(RuleNode idNode, Set<String> ids) {
        String id = idNode.text().strip();
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw idNode.error("an id is letters, digits, '_' and '-', starting with a letter, got '" + id
                    + "' / 标识只能包含字母、数字、_ 和 -");
        }
        if (!ids.add(id)) {
            throw idNode.error("duplicate id '" + id + "' / 标识重复");
        }
        return id;
    }

    private static void checkPartSums(
            RuleNode where,
            List<IndicatorGroup> groups,
            List<Indicator> indicators,
            boolean bonusPart,
            double expected,
            String what) {
        for (Stage s : Stage.values()) {
            double sum = 0;
            for (Indicator i : indicators) {
                if (groups.get(i.group()).bonus() == bonusPart) {
                    sum += i.weight(s);
                }
            }
            if (Math.abs(sum - expected) > TOLERANCE * Math.max(1, expected)) {
                throw where.error("the " + (bonusPart ? "bonus " : "") + "weights for " + s + " (" + s.zh()
                        + ") sum to "
                        + fmt(sum) + ", but the " + what + " is " + fmt(expected) + " / 各阶段" + (bonusPart ? "加分项" : "")
                        + "权重之和应等于" + (bonusPart ? "加分上限" : "总分"));
            }
        }
    }

    private static double[] weights(RuleNode n) {
        double[] w = new double[Stage.values().length];
        if (n.isScalar()) {
            Arrays.fill(w, nonNegative(n));
            return w;
        }
        n.allowOnly(Arrays.stream(Stage.values()).map(Enum::name).collect(Collectors.toSet()));
        for (Stage s : Stage.values()) {
            w[s.ordinal()] = nonNegative(n.require(s.name()));
        }
        return w;
    }

    private static Formula formula(RuleNode n) {
        n.allowOnly(Set.of("field", "ratio", "growth", "sum", "average", "years"));
        List<String> kinds = n.keys().stream().filter(k -> !k.equals("years")).toList();
        if (kinds.size() != 1) {
            throw n.error("a formula has exactly one of field, ratio, growth, sum, average / 公式须且只能有一种");
        }
        String kind = kinds.get(0);
        RuleNode arg = n.require(kind);
        if (n.get("years").isPresent() && !(kind.equals("sum") || kind.equals("average"))) {
            throw n.require("years").error("'years' belongs to sum or average / years 只用于 sum 或 average");
        }
        return switch (kind) {
            case "field" -> new Formula.Field(field(arg));
            case "growth" -> new Formula.Growth(field(arg));
            case "ratio" -> {
                List<RuleNode> parts = arg.items();
                if (parts.size() != 2) {
                    throw arg.error("a ratio is [numerator, denominator] / 比值应为 [分子, 分母]");
                }
                yield new Formula.Ratio(field(parts.get(0)), field(parts.get(1)));
            }
            default -> {
                RuleNode years = n.require("years");
                int y = years.integer();
                if (y < 1 || y > 10) {
                    throw years.error("years must be 1 to 10, got " + y + " / 年数应为1至10");
                }
                yield new Formula.Window(field(arg), y, kind.equals("average"));
            }
        };
    }

    private static ReportField field(RuleNode n) {
        ReportField field = ReportField.find(n.text().strip());
        if (field == null) {
            throw n.error("unknown report field '" + n.text() + "' / 未知的年报字段; known / 可用: "
                    + Arrays.stream(ReportField.values()).map(ReportField::key).collect(Collectors.joining(", ")));
        }
        return field;
    }

    private static Scoring scoring(RuleNode n, Direction direction) {
        if (n.isScalar()) {
            return switch (n.text().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "percentile" -> new Scoring.Percentile();
                case "minmax" -> new Scoring.MinMax(Double.NaN, Double.NaN);
                default ->
                    throw n.error("'" + n.text() + "' is not one of / 应为以下之一: percentile, minmax,"
                            + " brackets (with a table)");
            };
        }
        n.allowOnly(Set.of("method", "lower", "upper", "brackets"));
        String method = n.require("method").text().strip().toLowerCase(java.util.Locale.ROOT);
        switch (method) {
            case "percentile" -> {
                n.allowOnly(Set.of("method"));
                return new Scoring.Percentile();
            }
            case "minmax" -> {
                n.allowOnly(Set.of("method", "lower", "upper"));
                double lower = n.get("lower").map(PointsSchemeLoader::goalpost).orElse(Double.NaN);
                double upper = n.get("upper").map(PointsSchemeLoader::goalpost).orElse(Double.NaN);
                if (!Double.isNaN(lower) && !Double.isNaN(upper) && !(lower < upper)) {
                    throw n.require("upper")
                            .error("the upper goalpost " + fmt(upper) + " must be above the lower " + fmt(lower)
                                    + " / 上限应大于下限");
                }
                return new Scoring.MinMax(lower, upper);
            }
            case "brackets" -> {
                n.allowOnly(Set.of("method", "brackets"));
                return brackets(n.require("brackets"));
            }
            default ->
                throw n.require("method")
                        .error("'" + method + "' is not one of / 应为以下之一: percentile," + " minmax, brackets");
        }
    }

    private static double goalpost(RuleNode n) {
        if (n.isScalar() && n.text().strip().equalsIgnoreCase("cohort")) {
            return Double.NaN;
        }
        return n.decimal().doubleValue();
    }

    private static Scoring.Brackets brackets(RuleNode n) {
        List<RuleNode> rows = n.items();
        if (rows.isEmpty()) {
            throw n.error("a bracket table needs at least one bracket / 分档表至少需要一档");
        }
        List<Scoring.Bracket> brackets = new ArrayList<>();
        List<RuleNode> nodes = new ArrayList<>();
        for (RuleNode row : rows) {
            if (row.isMap() && row.get("range").isEmpty() && row.keys().stream().anyMatch(OLD_BOUNDS::contains)) {
                throw row.error("write the bounds as one interval, as in ladder schemes: range: \"[1,2)\" for from: 1,"
                        + " below: 2; \"(0,1000万)\" for above: 0, below: 10000000 / 分档区间请写成 range: \"[1,2)\"");
            }
            row.allowOnly(Set.of("range", "share"));
            Interval interval = Interval.read(row.require("range"));
            RuleNode shareNode = row.require("share");
            double share = shareNode.decimal().doubleValue();
            if (!(share >= 0 && share <= 1)) {
                throw shareNode.error(
                        "a share is between 0 and 1 (of the indicator's weight), got " + fmt(share) + " / 得分比例应在0到1之间");
            }
            brackets.add(new Scoring.Bracket(interval, share));
            nodes.add(row);
        }
        for (int a = 0; a < brackets.size(); a++) {
            for (int b = a + 1; b < brackets.size(); b++) {
                if (overlap(brackets.get(a), brackets.get(b))) {
                    throw nodes.get(b)
                            .error("bracket " + brackets.get(b).describe() + " overlaps bracket "
                                    + brackets.get(a).describe() + " / 分档区间重叠");
                }
            }
        }
        return new Scoring.Brackets(brackets);
    }

    private static boolean overlap(Scoring.Bracket a, Scoring.Bracket b) {
        return a.interval().overlaps(b.interval());
    }

    private static StageRule stageRule(RuleNode n) {
        n.allowOnly(Set.of("default", "rules", "confidence", "basis"));
        List<StageRule.Rule> rules = new ArrayList<>();
        for (RuleNode r : n.get("rules").map(RuleNode::items).orElse(List.of())) {
            r.allowOnly(Set.of("stage", "all", "any"));
            boolean any = r.get("any").isPresent();
            if (any == r.get("all").isPresent()) {
                throw r.error("a stage rule has either 'all' or 'any' conditions / 阶段规则须有 all 或 any 之一");
            }
            RuleNode list = r.require(any ? "any" : "all");
            List<StageRule.Condition> conditions = new ArrayList<>();
            for (RuleNode c : list.items()) {
                c.allowOnly(Set.of("measure", "atLeast", "below"));
                RuleNode measure = c.require("measure");
                ReportField field = measure.text().strip().equals("age") ? null : field(measure);
                double atLeast =
                        c.get("atLeast").map(x -> x.decimal().doubleValue()).orElse(Double.NaN);
                double below =
                        c.get("below").map(x -> x.decimal().doubleValue()).orElse(Double.NaN);
                if (Double.isNaN(atLeast) && Double.isNaN(below)) {
                    throw c.error("a condition needs 'atLeast' (≥) and/or 'below' (<) / 条件须有 atLeast 或 below");
                }
                conditions.add(new StageRule.Condition(field, atLeast, below));
            }
            if (conditions.isEmpty()) {
                throw list.error("a stage rule needs at least one condition / 阶段规则至少需要一个条件");
            }
            rules.add(new StageRule.Rule(stage(r.require("stage")), any, conditions));
        }
        return new StageRule(
                rules,
                stage(n.require("default")),
                confidence(n),
                n.text("basis", "").strip());
    }

    private static Stage stage(RuleNode n) {
        for (Stage s : Stage.values()) {
            if (s.name().equalsIgnoreCase(n.text().strip())
                    || s.zh().equals(n.text().strip())) {
                return s;
            }
        }
        return n.enumValue(Stage.class);
    }

    /** A scheme's header, as the base of an add-on. */
    private static RuleFileHeader headerOf(PointsScheme s) {
        return new RuleFileHeader(
                s.file(),
                s.id(),
                s.version(),
                s.nameZh(),
                s.nameEn(),
                s.effectiveFrom(),
                s.effectiveTo(),
                s.confidence(),
                s.source());
    }

    private static double positive(RuleNode n) {
        double v = n.decimal().doubleValue();
        if (!(v > 0)) {
            throw n.error("expected a positive number, got " + n.text() + " / 应为正数");
        }
        return v;
    }

    private static double nonNegative(RuleNode n) {
        double v = n.decimal().doubleValue();
        if (!(v >= 0)) {
            throw n.error("expected a number ≥ 0, got " + n.text() + " / 应为非负数");
        }
        return v;
    }

    private static double[] times(double[] weights, double factor) {
        double[] r = weights.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] *= factor;
        }
        return r;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
