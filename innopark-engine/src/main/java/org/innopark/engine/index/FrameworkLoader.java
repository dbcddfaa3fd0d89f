package org.innopark.engine.index;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.innopark.engine.index.Formula.Change;
import org.innopark.engine.index.Formula.Condition;
import org.innopark.engine.index.Formula.Kind;
import org.innopark.engine.index.Formula.Operator;
import org.innopark.engine.index.FrameworkNode.IndicatorSpec;
import org.innopark.engine.index.PipelineSettings.Denomination;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.Direction;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * Reads frameworks from YAML (the format is documented in {@code frameworks/README.md} beside the shipped files).
 * Every mistake is a {@link RuleFileException} naming the file, line, column and key path.
 */
public final class FrameworkLoader {

    /** The frameworks shipped with the engine. */
    public static final List<String> BUILT_IN = List.of("national-htz-2021", "development-index-template");

    private static final String RESOURCE_DIR = "org/innopark/engine/index/frameworks/";

    private static final Set<String> TOP_KEYS = RuleFileHeader.keysAnd("notes", "pipeline", "tree");
    private static final Set<String> NODE_KEYS = Set.of(
            "id",
            "name",
            "weight",
            "confidence",
            "note",
            "weighting",
            "pairwise",
            "children",
            "direction",
            "unit",
            "formula",
            "denominate",
            "goalposts",
            "target");
    private static final Set<String> PIPELINE_KEYS = Set.of(
            "denomination",
            "imputation",
            "imputationGroup",
            "coverageThreshold",
            "outliers",
            "normalisation",
            "normalisationScope",
            "baseYear",
            "baseReference",
            "weighting",
            "weightYear",
            "aggregation",
            "nonPositive",
            "nonPositiveAmount",
            "weightData");
    private static final Set<String> FORMULA_KEYS =
            Set.of("sum", "mean", "count", "imported", "where", "per", "perImported", "scale", "change");

    private FrameworkLoader() {}

    /** Loads a shipped framework by id. */
    public static Framework builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException("no built-in framework '" + id + "'; built-in: " + BUILT_IN);
        }
        return read(RuleNode.parseResource(FrameworkLoader.class.getClassLoader(), RESOURCE_DIR + id + ".yaml"));
    }

    /** Loads a framework file. */
    public static Framework load(Path file) {
        return read(RuleNode.parse(file));
    }

    /** Parses a framework from text; {@code fileName} is used in error messages. */
    public static Framework parse(String fileName, Reader reader) {
        return read(RuleNode.parse(fileName, reader));
    }

    /** A built-in id or a file path, as a CLI's {@code --framework ID|FILE} takes it. */
    public static Framework byIdOrFile(String idOrFile) {
        return BUILT_IN.contains(idOrFile) ? builtIn(idOrFile) : load(Path.of(idOrFile));
    }

    private static Framework read(RuleNode root) {
        root.get("confirmed").ifPresent(c -> {
            throw c.error("a framework states its confidence like every rule file: confidence: confirmed | partial |"
                    + " unconfirmed | placeholder / 请用 confidence 表示可信度");
        });
        root.allowOnly(TOP_KEYS);
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        List<String> notes = new ArrayList<>();
        root.get("notes").ifPresent(n -> n.items().forEach(i -> notes.add(i.text())));
        PipelineSettings settings =
                root.get("pipeline").map(FrameworkLoader::pipeline).orElse(PipelineSettings.defaults());
        RuleNode treeNode = root.require("tree");
        FrameworkNode tree = node(treeNode);
        if (tree.isIndicator()) {
            throw treeNode.error("the tree's root must have children / 根节点必须有下级指标");
        }
        checkUniqueIds(treeNode, new java.util.HashSet<>());
        checkAhpMatrices(treeNode, tree, settings);
        try {
            return new Framework(
                    header.id(),
                    header.nameZh(),
                    header.nameEn(),
                    header.version(),
                    header.source(),
                    header.confidence() == Confidence.CONFIRMED,
                    notes,
                    tree,
                    settings);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    private static void checkUniqueIds(RuleNode n, Set<String> seen) {
        RuleNode idNode = n.require("id");
        if (!seen.add(idNode.text())) {
            throw idNode.error("node id '" + idNode.text() + "' is used twice / 指标编号重复");
        }
        n.get("children").ifPresent(c -> c.items().forEach(i -> checkUniqueIds(i, seen)));
    }

    private static void checkAhpMatrices(RuleNode yaml, FrameworkNode node, PipelineSettings settings) {
        if (node.isIndicator()) {
            return;
        }
        PipelineSettings.Weighting w = node.weighting().orElse(settings.weighting());
        if (w == PipelineSettings.Weighting.AHP && node.pairwise().isEmpty()) {
            throw yaml.error("AHP weighting needs a pairwise matrix of the children / 层次分析法需要判断矩阵 (pairwise)");
        }
        List<RuleNode> childYaml = yaml.require("children").items();
        for (int i = 0; i < childYaml.size(); i++) {
            checkAhpMatrices(childYaml.get(i), node.children().get(i), settings);
        }
    }

    private static FrameworkNode node(RuleNode n) {
        n.get("confirmed").ifPresent(c -> {
            throw c.error("a node states its confidence like every rule file: confidence: confirmed | partial |"
                    + " unconfirmed | placeholder / 请用 confidence 表示可信度");
        });
        n.allowOnly(NODE_KEYS);
        String id = n.require("id").text();
        FrameworkNode.Builder b = FrameworkNode.builder(id);
        n.get("name").ifPresent(name -> {
            String[] names = RuleFileHeader.name(name);
            b.name(names[0], names[1]);
        });
        n.get("weight").ifPresent(w -> {
            double value = w.decimal().doubleValue();
            if (value < 0) {
                throw w.error("a weight cannot be negative / 权重不能为负");
            }
            b.weight(value);
        });
        b.confidence(Confidence.read(n, Confidence.UNCONFIRMED));
        n.get("note").ifPresent(c -> b.note(c.text()));
        n.get("weighting").ifPresent(w -> b.weighting(w.enumValue(PipelineSettings.Weighting.class)));
        boolean hasChildren = n.get("children").isPresent();
        boolean hasFormula = n.get("formula").isPresent();
        if (hasChildren == hasFormula) {
            throw n.error(
                    hasChildren
                            ? "a node has either children or a formula, not both / 节点不能同时有下级指标和公式"
                            : "a node needs children or a formula / 节点需要下级指标或公式");
        }
        if (hasChildren) {
            List<RuleNode> items = n.require("children").items();
            if (items.isEmpty()) {
                throw n.require("children").error("children cannot be empty / 下级指标不能为空");
            }
            items.forEach(c -> b.child(node(c)));
            n.get("pairwise").ifPresent(p -> b.pairwise(pairwise(p, items.size())));
        } else {
            for (String leafOnly : List.of("pairwise", "weighting")) {
                if (n.get(leafOnly).isPresent()) {
                    throw n.require(leafOnly).error("an indicator has no children to weight / 末级指标没有下级");
                }
            }
            b.indicator(indicator(n));
        }
        return b.build();
    }

    private static IndicatorSpec indicator(RuleNode n) {
        Direction direction = Direction.readOptional(n);
        Formula formula = formula(n.require("formula"));
        double[] goalposts = n.get("goalposts")
                .map(g -> {
                    List<RuleNode> items = g.items();
                    if (items.size() != 2) {
                        throw g.error("goalposts are [low, high] / 阈值应为 [下限, 上限]");
                    }
                    double lo = items.get(0).decimal().doubleValue();
                    double hi = items.get(1).decimal().doubleValue();
                    if (!(lo < hi)) {
                        throw g.error("the low goalpost must be below the high one / 下限应小于上限");
                    }
                    return new double[] {lo, hi};
                })
                .orElse(null);
        double target = n.get("target").map(t -> t.decimal().doubleValue()).orElse(Double.NaN);
        boolean denominate = n.get("denominate").map(RuleNode::bool).orElse(false);
        return new IndicatorSpec(direction, n.text("unit", ""), formula, denominate, goalposts, target);
    }

    private static Formula formula(RuleNode f) {
        f.allowOnly(FORMULA_KEYS);
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("sum", "mean", "count", "imported")) {
            if (f.get(k).isPresent()) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            throw f.error(
                    "a formula has exactly one of sum, mean, count, imported / 公式须且仅须含 sum、mean、count、imported 之一");
        }
        double scale = f.get("scale").map(s -> s.decimal().doubleValue()).orElse(1.0);
        Change change = f.get("change").map(c -> c.enumValue(Change.class)).orElse(Change.NONE);
        String perImported = f.get("perImported").map(RuleNode::text).orElse(null);
        String kind = kinds.get(0);
        if (kind.equals("imported")) {
            for (String notHere : List.of("where", "per")) {
                if (f.get(notHere).isPresent()) {
                    throw f.require(notHere).error("an imported figure has no '" + notHere + "' / 导入指标不支持此项");
                }
            }
            return new Formula.ImportedFigure(f.require("imported").text(), perImported, scale, change);
        }
        List<Condition> where = new ArrayList<>();
        f.get("where").ifPresent(w -> w.items().forEach(c -> where.add(condition(c))));
        ReportField per = f.get("per").map(FrameworkLoader::field).orElse(null);
        if (per != null && perImported != null) {
            throw f.require("perImported").error("use either per or perImported / per 与 perImported 只能选一");
        }
        return switch (kind) {
            case "sum" ->
                new Formula.EnterpriseAggregate(
                        Kind.SUM, field(f.require("sum")), where, per, perImported, scale, change);
            case "mean" ->
                new Formula.EnterpriseAggregate(
                        Kind.MEAN, field(f.require("mean")), where, per, perImported, scale, change);
            default -> {
                RuleNode c = f.require("count");
                if (!c.text().equals("enterprises")) {
                    throw c.error("write 'count: enterprises' (with 'where' conditions) / 应为 count: enterprises");
                }
                yield new Formula.EnterpriseAggregate(Kind.COUNT, null, where, per, perImported, scale, change);
            }
        };
    }

    private static Condition condition(RuleNode c) {
        c.allowOnly(Set.of("field", "ratio", "op", "value"));
        RuleNode opNode = c.require("op");
        Operator op = Operator.bySymbol(opNode.text().strip());
        if (op == null) {
            throw opNode.error("'" + opNode.text() + "' is not one of / 应为以下之一: >, >=, <, <=, ==, !=");
        }
        double value = c.require("value").decimal().doubleValue();
        if (c.get("field").isPresent() == c.get("ratio").isPresent()) {
            throw c.error("a condition has either 'field' or 'ratio: [field, field]' / 条件须含 field 或 ratio 之一");
        }
        if (c.get("field").isPresent()) {
            return new Condition(field(c.require("field")), null, op, value);
        }
        List<RuleNode> pair = c.require("ratio").items();
        if (pair.size() != 2) {
            throw c.require("ratio").error("ratio is [numerator, denominator] / ratio 应为 [分子, 分母]");
        }
        return new Condition(field(pair.get(0)), field(pair.get(1)), op, value);
    }

    private static ReportField field(RuleNode n) {
        ReportField f = ReportField.find(n.text().strip());
        if (f == null) {
            List<String> keys = new ArrayList<>();
            for (ReportField rf : ReportField.values()) {
                keys.add(rf.key());
            }
            throw n.error("'" + n.text() + "' is not an annual-report field / 不是年报字段; fields / 可用字段: "
                    + String.join(", ", keys));
        }
        return f;
    }

    private static double[][] pairwise(RuleNode p, int size) {
        List<RuleNode> rows = p.items();
        if (rows.size() != size) {
            throw p.error("the pairwise matrix must be " + size + "×" + size + " (one row per child) / 判断矩阵应为 " + size
                    + "×" + size);
        }
        double[][] m = new double[size][size];
        for (int i = 0; i < size; i++) {
            List<RuleNode> cells = rows.get(i).items();
            if (cells.size() != size) {
                throw rows.get(i).error("row " + (i + 1) + " must have " + size + " values / 每行应有 " + size + " 个值");
            }
            for (int j = 0; j < size; j++) {
                m[i][j] = ratio(cells.get(j));
            }
        }
        for (int i = 0; i < size; i++) {
            if (Math.abs(m[i][i] - 1) > 1e-9) {
                throw rows.get(i).items().get(i).error("the diagonal of a pairwise matrix is 1 / 判断矩阵对角线应为 1");
            }
            for (int j = 0; j < size; j++) {
                if (Math.abs(m[i][j] * m[j][i] - 1) > 1e-3) {
                    throw rows.get(i)
                            .items()
                            .get(j)
                            .error("a(" + (i + 1) + "," + (j + 1) + ") must be the reciprocal of a(" + (j + 1) + ","
                                    + (i + 1) + ") / 判断矩阵应互为倒数");
                }
            }
        }
        return m;
    }

    private static double ratio(RuleNode cell) {
        String t = cell.text().strip();
        int slash = t.indexOf('/');
        try {
            double v = slash < 0
                    ? Double.parseDouble(t)
                    : Double.parseDouble(t.substring(0, slash).strip())
                            / Double.parseDouble(t.substring(slash + 1).strip());
            if (!(v > 0) || Double.isInfinite(v)) {
                throw cell.error("a pairwise judgement is a positive number such as 3 or 1/3 / 判断值应为正数");
            }
            return v;
        } catch (NumberFormatException e) {
            throw cell.error("expected a number or a fraction such as 1/3, got '" + t + "' / 应为数字或分数");
        }
    }

    private static PipelineSettings pipeline(RuleNode p) {
        p.allowOnly(PIPELINE_KEYS);
        PipelineSettings s = PipelineSettings.defaults();
        Denomination denomination =
                p.get("denomination").map(FrameworkLoader::denomination).orElse(Denomination.NONE);
        OutlierSettings outliers =
                p.get("outliers").map(FrameworkLoader::outliers).orElse(OutlierSettings.NONE);
        double coverage = p.get("coverageThreshold")
                .map(c -> c.decimal().doubleValue())
                .orElse(PipelineSettings.JRC_COVERAGE_THRESHOLD);
        if (!(coverage >= 0 && coverage <= 1)) {
            throw p.require("coverageThreshold").error("a share between 0 and 1 / 应为 0 到 1 之间的比例");
        }
        PipelineSettings.NonPositivePolicy policy = p.get("nonPositive")
                .map(n -> n.enumValue(PipelineSettings.NonPositivePolicy.class))
                .orElse(PipelineSettings.NonPositivePolicy.ERROR);
        double amount =
                p.get("nonPositiveAmount").map(a -> a.decimal().doubleValue()).orElse(0.0);
        if (policy == PipelineSettings.NonPositivePolicy.EPSILON && !(amount > 0)) {
            throw p.get("nonPositiveAmount")
                    .orElse(p.require("nonPositive"))
                    .error("the epsilon policy needs a positive nonPositiveAmount / epsilon 策略需要正的 nonPositiveAmount");
        }
        return new PipelineSettings(
                denomination,
                p.get("imputation")
                        .map(n -> n.enumValue(PipelineSettings.Imputation.class))
                        .orElse(s.imputation()),
                p.get("imputationGroup")
                        .map(n -> n.enumValue(PipelineSettings.ImputationGroup.class))
                        .orElse(s.imputationGroup()),
                coverage,
                outliers,
                p.get("normalisation")
                        .map(n -> n.enumValue(PipelineSettings.Normalisation.class))
                        .orElse(s.normalisation()),
                p.get("normalisationScope")
                        .map(n -> n.enumValue(PipelineSettings.NormalisationScope.class))
                        .orElse(s.normalisationScope()),
                p.get("baseYear").map(y -> OptionalInt.of(y.integer())).orElse(OptionalInt.empty()),
                p.get("baseReference")
                        .map(n -> n.enumValue(PipelineSettings.BaseReference.class))
                        .orElse(s.baseReference()),
                p.get("weighting")
                        .map(n -> n.enumValue(PipelineSettings.Weighting.class))
                        .orElse(s.weighting()),
                p.get("weightYear").map(y -> OptionalInt.of(y.integer())).orElse(OptionalInt.empty()),
                p.get("aggregation")
                        .map(n -> n.enumValue(PipelineSettings.Aggregation.class))
                        .orElse(s.aggregation()),
                policy,
                amount,
                p.get("weightData")
                        .map(n -> n.enumValue(PipelineSettings.WeightData.class))
                        .orElse(PipelineSettings.WeightData.NORMALISED));
    }

    private static Denomination denomination(RuleNode d) {
        if (d.isScalar()) {
            if (d.text().strip().toLowerCase(Locale.ROOT).equals("none")) {
                return Denomination.NONE;
            }
            throw d.error("write 'none' or {per: field, scale: n} or {perImported: key} / 应为 none 或映射");
        }
        d.allowOnly(Set.of("per", "perImported", "scale"));
        ReportField per = d.get("per").map(FrameworkLoader::field).orElse(null);
        String imported = d.get("perImported").map(RuleNode::text).orElse(null);
        if ((per == null) == (imported == null)) {
            throw d.error("a denomination has either 'per' or 'perImported' / 须且仅须含 per 或 perImported");
        }
        return new Denomination(
                per == null ? null : per.key(),
                imported,
                d.get("scale").map(s -> s.decimal().doubleValue()).orElse(1.0));
    }

    private static OutlierSettings outliers(RuleNode o) {
        if (o.isScalar()) {
            OutlierSettings.Method m = o.enumValue(OutlierSettings.Method.class);
            return m == OutlierSettings.Method.WINSORISE
                    ? OutlierSettings.COINR
                    : new OutlierSettings(m, 2, 3.5, 5, OutlierSettings.Method.NONE, 1);
        }
        o.allowOnly(Set.of("method", "skew", "kurtosis", "maxPoints", "fallback", "transformSkew"));
        OutlierSettings.Method fallback = o.get("fallback")
                .map(f -> f.enumValue(OutlierSettings.Method.class))
                .orElse(OutlierSettings.Method.LOG);
        if (fallback == OutlierSettings.Method.WINSORISE) {
            throw o.require("fallback").error("the fallback is a transform: none, log or sqrt / 应为 none、log 或 sqrt");
        }
        return new OutlierSettings(
                o.require("method").enumValue(OutlierSettings.Method.class),
                o.get("skew").map(v -> v.decimal().doubleValue()).orElse(2.0),
                o.get("kurtosis").map(v -> v.decimal().doubleValue()).orElse(3.5),
                o.get("maxPoints").map(RuleNode::integer).orElse(5),
                fallback,
                o.get("transformSkew").map(v -> v.decimal().doubleValue()).orElse(1.0));
    }
}
