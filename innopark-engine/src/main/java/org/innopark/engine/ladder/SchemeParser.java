package org.innopark.engine.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Amounts;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.Interval;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * Reads and validates one scheme file, or a regional override applied to its base scheme. Every mistake is a
 * {@link RuleFileException} with the file, line and path of keys. The format is documented in
 * {@code schemes/README.md}.
 */
final class SchemeParser {

    static final Set<String> SCHEME_KEYS =
            RuleFileHeader.keysAnd("rung", "yearsRegisteredTo", "notes", "facts", "quantities", "scoring", "qualifies");
    private static final Set<String> FACT_KEYS =
            Set.of("id", "name", "type", "unit", "min", "max", "options", "confidence", "note");
    private static final Set<String> QUANTITY_KEYS = Set.of("id", "name", "unit", "formula");
    private static final Set<String> BLOCK_KEYS = Set.of("id", "name", "max", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of(
            "id",
            "name",
            "max",
            "value",
            "unit",
            "brackets",
            "levers",
            "points_from",
            "choice",
            "points",
            "best_of",
            "expert_points",
            "confidence",
            "note");
    private static final Set<String> GROUP_KEYS = Set.of("id", "name", "all", "any", "direct", "confidence", "note");
    private static final Set<String> THRESHOLD_KEYS =
            Set.of("id", "name", "value", "unit", "op", "threshold", "levers", "confidence", "note");
    private static final Set<String> SCORE_KEYS =
            Set.of("id", "name", "score", "op", "threshold", "confidence", "note");
    private static final Set<String> CHECK_KEYS = Set.of("id", "name", "check", "expect", "confidence", "note");
    private static final String NAME = "[A-Za-z][A-Za-z0-9_]*";
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]*";

    /**
     * What a scheme is besides its body: its header and settings, read from the scheme file itself or, for a regional
     * variant, decided by the {@link RegionalOverride}.
     */
    record Frame(
            RuleFileHeader header,
            QualificationType rung,
            String notes,
            String baseId,
            String region,
            YearsRegisteredTo yearsRegisteredTo) {}

    /** The items a regional override replaces (by category and id) or adds; none for a scheme file. */
    interface Merge {
        Merge NONE = new Merge() {
            @Override
            public RuleNode replacement(String category, String id) {
                return null;
            }

            @Override
            public List<RuleNode> added(String category) {
                return List.of();
            }
        };

        /** The item that replaces the body's item of this category and id, or null. */
        RuleNode replacement(String category, String id);

        /** The items added to a category ({@code fact}, {@code quantity}, {@code condition}). */
        List<RuleNode> added(String category);
    }

    private final Merge merge;
    private final Map<String, FactDefinition> facts = new LinkedHashMap<>();
    private final Map<String, Quantity> quantities = new LinkedHashMap<>();
    private final Map<String, Double> scoreTargets = new HashMap<>();
    private final Set<String> conditionIds = new HashSet<>();
    private final List<Condition.ScoreCheck> scoreChecks = new ArrayList<>();
    private final Map<Condition.ScoreCheck, RuleNode> scoreCheckNodes = new HashMap<>();

    private SchemeParser(Merge merge) {
        this.merge = merge;
    }

    /** Parses a scheme file. */
    static Scheme parse(RuleNode root) {
        root.allowOnly(SCHEME_KEYS);
        Frame frame = new Frame(
                RuleFileHeader.read(root, RuleFileHeader.Kind.SCHEME),
                root.get("rung").map(n -> n.enumValue(QualificationType.class)).orElse(null),
                root.text("notes", ""),
                null,
                null,
                root.get("yearsRegisteredTo").map(YearsRegisteredTo::read).orElse(YearsRegisteredTo.ASSESSMENT_DATE));
        return parse(root, frame, Merge.NONE);
    }

    /** Parses a scheme's body with a frame and the items a regional override replaces or adds. */
    static Scheme parse(RuleNode body, Frame frame, Merge merge) {
        return new SchemeParser(merge).build(body, frame);
    }

    private Scheme build(RuleNode body, Frame frame) {
        RuleFileHeader h = frame.header();
        List<RuleNode> addedFacts = merge.added("fact");
        List<RuleNode> addedQuantities = merge.added("quantity");
        List<RuleNode> addedConditions = merge.added("condition");

        body.get("facts").ifPresent(list -> list.items().forEach(item -> addFact(replaced("fact", item))));
        addedFacts.forEach(item -> {
            String factId = item.require("id").text().strip();
            if (facts.containsKey(factId)) {
                throw item.error("fact '" + factId + "' exists already; use replace / 已存在,请用 replace");
            }
            addFact(item);
        });
        body.get("quantities").ifPresent(list -> list.items().forEach(item -> addQuantity(replaced("quantity", item))));
        addedQuantities.forEach(item -> {
            String qid = item.require("id").text().strip();
            if (quantities.containsKey(qid)) {
                throw item.error("quantity '" + qid + "' exists already; use replace / 已存在,请用 replace");
            }
            addQuantity(item);
        });
        List<Block> blocks = body.get("scoring").map(this::scoring).orElse(List.of());
        Condition root = condition(body.require("qualifies"));
        if (!addedConditions.isEmpty()) {
            List<Condition> children = new ArrayList<>();
            if (root instanceof Condition.Group g && !g.any()) {
                children.addAll(g.children());
            } else {
                children.add(root);
            }
            addedConditions.forEach(item -> children.add(condition(item)));
            root = new Condition.Group(root.id(), root.name(), false, false, children, root.confidence(), root.note());
        }
        for (Condition.ScoreCheck check : scoreChecks) {
            if (!scoreTargets.containsKey(check.target())) {
                throw scoreCheckNodes
                        .get(check)
                        .require("score")
                        .error("no block or indicator '" + check.target()
                                + "' in the scoring; use total, a block id or an indicator id / 评分中没有该项");
            }
        }
        return new Scheme(
                h.id(),
                h.version(),
                new Label(h.nameZh(), h.nameEn()),
                frame.rung(),
                h.effectiveFrom(),
                h.effectiveTo(),
                h.source(),
                h.confidence(),
                frame.notes(),
                frame.baseId(),
                frame.region(),
                h.file(),
                List.copyOf(facts.values()),
                List.copyOf(quantities.values()),
                blocks,
                root,
                body,
                frame.yearsRegisteredTo());
    }

    private RuleNode replaced(String category, RuleNode item) {
        if (!item.isMap() || item.get("id").isEmpty()) {
            return item;
        }
        RuleNode r = merge.replacement(category, item.require("id").text().strip());
        return r == null ? item : r;
    }

    // ---- facts and quantities

    private void addFact(RuleNode n) {
        n.allowOnly(FACT_KEYS);
        String id = formulaName(n.require("id"));
        FactDefinition.Type type = n.require("type").enumValue(FactDefinition.Type.class);
        List<String> options = new ArrayList<>();
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        Unit unit = type == FactDefinition.Type.BOOLEAN ? Unit.FLAG : Unit.NUMBER;
        if (type == FactDefinition.Type.CHOICE) {
            for (RuleNode o : n.require("options").items()) {
                options.add(o.text().strip());
            }
            if (options.size() < 2) {
                throw n.require("options").error("a choice needs at least two options / 选项至少两个");
            }
        } else if (type == FactDefinition.Type.NUMBER) {
            min = n.get("min").map(this::number).orElse(min);
            max = n.get("max").map(this::number).orElse(max);
            if (min > max) {
                throw n.require("max").error("max is below min / 最大值小于最小值");
            }
            unit = n.get("unit").map(u -> u.enumValue(Unit.class)).orElse(Unit.NUMBER);
        } else if (n.get("options").isPresent()
                || n.get("min").isPresent()
                || n.get("max").isPresent()) {
            throw n.error("a boolean fact takes no options, min or max / 是非型事实不设选项或范围");
        }
        facts.put(
                id,
                new FactDefinition(
                        id,
                        label(n.require("name")),
                        type,
                        unit,
                        min,
                        max,
                        options,
                        confidence(n),
                        n.text("note", "")));
    }

    private void addQuantity(RuleNode n) {
        n.allowOnly(QUANTITY_KEYS);
        String id = formulaName(n.require("id"));
        Expr expr = formula(n.require("formula"));
        Unit unit = n.get("unit").map(u -> u.enumValue(Unit.class)).orElse(unitOf(expr));
        quantities.put(id, new Quantity(id, label(n.require("name")), unit, expr, quantities.size()));
    }

    private String formulaName(RuleNode idNode) {
        String id = idNode.text().strip();
        if (!id.matches(NAME)) {
            throw idNode.error(
                    "a name used in formulas starts with a letter and uses letters, digits and '_' / 名称格式不正确");
        }
        if (ReportField.find(id) != null && ReportField.find(id).key().equals(id) || Expr.Builtin.find(id) != null) {
            throw idNode.error("'" + id + "' is a report field or built-in name / 与年报字段或内置名称重名");
        }
        if (facts.containsKey(id) || quantities.containsKey(id)) {
            throw idNode.error("duplicate name '" + id + "' / 名称重复");
        }
        return id;
    }

    // ---- formulas

    Expr formula(RuleNode n) {
        String text = n.text();
        try {
            return ExprParser.parse(text, this::resolve);
        } catch (ExprParser.Problem p) {
            throw n.error("formula '" + text + "', at character " + (p.position + 1) + ": " + p.getMessage());
        }
    }

    private Expr resolve(String name) {
        FactDefinition f = facts.get(name);
        if (f != null) {
            if (f.type() == FactDefinition.Type.CHOICE) {
                throw new ExprParser.Problem(
                        0, "the choice fact '" + name + "' can only be scored with 'choice:' / 选项型事实只能用于 choice");
            }
            return new Expr.FactRef(f);
        }
        Quantity q = quantities.get(name);
        return q == null ? null : new Expr.QuantityRef(q);
    }

    private static Unit unitOf(Expr e) {
        if (e instanceof Expr.Field f) {
            return Unit.of(f.field());
        } else if (e instanceof Expr.Window w) {
            return Unit.of(w.field());
        } else if (e instanceof Expr.QuantityRef q) {
            return q.quantity().unit();
        } else if (e instanceof Expr.FactRef f) {
            return f.fact().unit();
        } else if (e instanceof Expr.BuiltinRef b) {
            return b.builtin().unit;
        } else if (e instanceof Expr.Growth || e instanceof Expr.YearOnYear || e instanceof Expr.Cagr) {
            return Unit.PERCENT;
        } else if (e instanceof Expr.Held) {
            return Unit.FLAG;
        } else if (e instanceof Expr.Platforms) {
            return Unit.COUNT;
        } else if (e instanceof Expr.OrZero o) {
            return unitOf(o.operand());
        } else if (e instanceof Expr.Extreme x) {
            return unitOf(x.args().get(0));
        } else if (e instanceof Expr.Binary b) {
            if (b.op() == '/' && unitOf(b.left()) == unitOf(b.right())) {
                return Unit.PERCENT;
            }
            if (b.op() == '+' || b.op() == '-') {
                return unitOf(b.left());
            }
        }
        return Unit.NUMBER;
    }

    private static Label nameOf(Expr e) {
        if (e instanceof Expr.Field f && f.offset() == 0) {
            return new Label(f.field().zh(), f.field().en());
        } else if (e instanceof Expr.QuantityRef q) {
            return q.quantity().name();
        } else if (e instanceof Expr.FactRef f) {
            return f.fact().name();
        }
        return null;
    }

    // ---- scoring

    private List<Block> scoring(RuleNode n) {
        n.allowOnly(Set.of("total", "blocks"));
        List<Block> blocks = new ArrayList<>();
        for (RuleNode item : n.require("blocks").items()) {
            RuleNode b = replaced("block", item).allowOnly(BLOCK_KEYS);
            String id = scoreId(b.require("id"));
            Double cap = b.get("max").map(this::number).orElse(null);
            List<Indicator> indicators = new ArrayList<>();
            for (RuleNode i : b.require("indicators").items()) {
                indicators.add(indicator(replaced("indicator", i)));
            }
            if (indicators.isEmpty()) {
                throw b.require("indicators").error("a block needs at least one indicator / 至少一个指标");
            }
            Block block = new Block(id, label(b.require("name")), cap, indicators);
            scoreTargets.put(id, block.max());
            blocks.add(block);
        }
        double max = blocks.stream().mapToDouble(Block::max).sum();
        scoreTargets.put("total", max);
        n.get("total").ifPresent(t -> {
            if (Operator.compare(number(t), max) != 0) {
                throw t.error("the blocks add up to " + Unit.NUMBER.plain(max) + " points, not " + t.text()
                        + " / 各块满分之和与总分不符");
            }
        });
        return blocks;
    }

    private Indicator indicator(RuleNode n) {
        n.allowOnly(INDICATOR_KEYS);
        String id = scoreId(n.require("id"));
        Label name = label(n.require("name"));
        int kinds = (n.get("brackets").isPresent() ? 1 : 0)
                + (n.get("points_from").isPresent() ? 1 : 0)
                + (n.get("choice").isPresent() ? 1 : 0)
                + (n.get("best_of").isPresent() ? 1 : 0);
        if (kinds != 1) {
            throw n.error("an indicator has exactly one of brackets (with value), points_from, choice (with points)"
                    + " or best_of / 指标须且只能有一种计分方式");
        }
        Indicator.Source source;
        double computedMax;
        if (n.get("brackets").isPresent()) {
            Expr value = formula(n.require("value"));
            Unit unit = n.get("unit").map(u -> u.enumValue(Unit.class)).orElse(unitOf(value));
            List<Indicator.Bracket> brackets = new ArrayList<>();
            List<RuleNode> nodes = n.require("brackets").items();
            List<Interval> ranges = new ArrayList<>();
            for (RuleNode b : nodes) {
                b.allowOnly(Set.of("range", "points"));
                Interval r = range(b.require("range"));
                ranges.add(r);
                brackets.add(new Indicator.Bracket(r, points(b.require("points"))));
            }
            checkCoverage(ranges, nodes, n.require("brackets"));
            brackets.sort(Comparator.comparingDouble(
                    (Indicator.Bracket b) -> b.range().lower()));
            Indicator.Brackets bs = new Indicator.Brackets(value, unit, brackets, levers(n, value));
            source = bs;
            computedMax = bs.all().max();
        } else if (n.get("points_from").isPresent()) {
            FactDefinition f = fact(n.require("points_from"), FactDefinition.Type.NUMBER);
            if (Double.isInfinite(f.max()) || f.min() < 0) {
                throw n.require("points_from").error("a fact used as points needs min ≥ 0 and a max / 作为分值的事实须有范围");
            }
            source = new Indicator.FactPoints(f);
            computedMax = f.max();
        } else if (n.get("choice").isPresent()) {
            FactDefinition f = fact(n.require("choice"), FactDefinition.Type.CHOICE);
            Map<String, Double> points = new LinkedHashMap<>();
            RuleNode pn = n.require("points");
            pn.entries().forEach((option, v) -> {
                if (!f.options().contains(option)) {
                    throw v.error(
                            "'" + option + "' is not an option of " + f.id() + ": " + f.options() + " / 不是该事实的选项");
                }
                points.put(option, number(v));
            });
            for (String option : f.options()) {
                if (!points.containsKey(option)) {
                    throw pn.error("no points for option '" + option + "' / 缺少该选项的分值");
                }
            }
            source = new Indicator.Choice(f, points);
            computedMax = points.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
        } else {
            List<Indicator> alternatives = new ArrayList<>();
            for (RuleNode a : n.require("best_of").items()) {
                alternatives.add(indicator(a));
            }
            if (alternatives.size() < 2) {
                throw n.require("best_of").error("best_of needs at least two alternatives / 至少两种方案");
            }
            source = new Indicator.BestOf(alternatives);
            computedMax =
                    alternatives.stream().mapToDouble(Indicator::max).max().orElse(0);
        }
        double max = computedMax;
        if (n.get("max").isPresent()) {
            max = number(n.require("max"));
            if (Operator.compare(computedMax, max) > 0) {
                throw n.require("max")
                        .error("the points can reach " + Unit.NUMBER.plain(computedMax) + ", more than max "
                                + n.require("max").text() + " / 分值超过该指标满分");
            }
        }
        FactDefinition expert = n.get("expert_points")
                .map(e -> fact(e, FactDefinition.Type.NUMBER))
                .orElse(null);
        Indicator indicator = new Indicator(id, name, max, source, expert, confidence(n), n.text("note", ""));
        scoreTargets.put(id, max);
        return indicator;
    }

    private String scoreId(RuleNode idNode) {
        String id = idNode.text().strip();
        if (!id.matches(ID) || id.equals("total")) {
            throw idNode.error("invalid id '" + id + "' / id 格式不正确");
        }
        if (scoreTargets.containsKey(id)) {
            throw idNode.error("duplicate id '" + id + "' in the scoring / 评分项id重复");
        }
        scoreTargets.put(id, 0.0);
        return id;
    }

    private FactDefinition fact(RuleNode n, FactDefinition.Type type) {
        FactDefinition f = facts.get(n.text().strip());
        if (f == null) {
            throw n.error("no fact '" + n.text() + "' is declared under facts / 未声明该外部事实");
        }
        if (f.type() != type) {
            throw n.error("fact '" + f.id() + "' is a " + f.type().name().toLowerCase() + ", this needs a "
                    + type.name().toLowerCase() + " / 事实类型不符");
        }
        return f;
    }

    private Interval range(RuleNode n) {
        return Interval.read(n);
    }

    private Points points(RuleNode n) {
        String t = n.text().strip();
        int dots = t.indexOf("..");
        Double lo;
        Double hi;
        if (dots >= 0) {
            lo = Amounts.parse(t.substring(0, dots));
            hi = Amounts.parse(t.substring(dots + 2));
        } else {
            lo = Amounts.parse(t);
            hi = lo;
        }
        if (lo == null || hi == null || lo < 0 || lo > hi) {
            throw n.error("points are a number or a range like 25..30 / 分值应为数字或 25..30 这样的范围");
        }
        return new Points(lo, hi);
    }

    /** Brackets and threshold tables must cover every value exactly once: no gaps, no overlaps. */
    static void checkCoverage(List<Interval> ranges, List<RuleNode> nodes, RuleNode list) {
        if (ranges.isEmpty()) {
            throw list.error("at least one interval is needed / 至少需要一个区间");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> ranges.get(i).lower())
                .thenComparing(i -> !ranges.get(i).lowerInclusive()));
        Interval first = ranges.get(order.get(0));
        if (!first.unboundedBelow()) {
            throw nodes.get(order.get(0))
                    .error("values below " + first.lower()
                            + " fall in no interval; open the lowest one, e.g. (,10%) / 最低区间应不设下限");
        }
        for (int k = 1; k < order.size(); k++) {
            Interval a = ranges.get(order.get(k - 1));
            Interval b = ranges.get(order.get(k));
            RuleNode at = nodes.get(order.get(k));
            int c = Double.compare(a.upper(), b.lower());
            boolean touching = c == 0;
            if (c > 0 || touching && a.upperInclusive() && b.lowerInclusive()) {
                throw at.error("overlaps the interval " + a + ": " + (touching ? b.lower() : "values")
                        + " would fall in both / 区间重叠");
            }
            if (c < 0 || !a.upperInclusive() && !b.lowerInclusive()) {
                throw at.error("gap after the interval " + a + ": "
                        + (c < 0 ? "values from " + a.upper() + " to " + b.lower() : "the value " + b.lower())
                        + " fall in no interval / 区间之间有空缺");
            }
        }
        Interval last = ranges.get(order.get(order.size() - 1));
        if (!last.unboundedAbove()) {
            throw nodes.get(order.get(order.size() - 1))
                    .error("values above " + last.upper()
                            + " fall in no interval; open the highest one, e.g. [30%,) / 最高区间应不设上限");
        }
    }

    private List<Lever> levers(RuleNode n, Expr value) {
        if (n.get("levers").isEmpty()) {
            return List.of();
        }
        List<Lever> levers = new ArrayList<>();
        for (RuleNode l : n.require("levers").items()) {
            String t = l.text().strip();
            boolean increase = !t.startsWith("-");
            String key = t.replaceFirst("^[-+]", "");
            ReportField f = ReportField.find(key);
            if (f == null || !f.key().equals(key)) {
                throw l.error("'" + key + "' is not a report field / 不是年报字段");
            }
            levers.add(new Lever(f, increase));
        }
        return levers;
    }

    // ---- conditions

    private Condition condition(RuleNode item) {
        RuleNode n = replaced("condition", item);
        if (n.get("all").isPresent() || n.get("any").isPresent()) {
            n.allowOnly(GROUP_KEYS);
            if (n.get("all").isPresent() == n.get("any").isPresent()) {
                throw n.error("a group has either all or any / 条件组只能是 all 或 any 之一");
            }
            boolean any = n.get("any").isPresent();
            String id = n.get("id").map(this::conditionId).orElse(n.path());
            List<Condition> children = new ArrayList<>();
            for (RuleNode c : n.require(any ? "any" : "all").items()) {
                children.add(condition(c));
            }
            if (children.isEmpty()) {
                throw n.error("an empty group / 条件组为空");
            }
            Label name = n.get("name")
                    .map(this::label)
                    .orElse(any ? new Label("满足其一", "Any one of") : new Label("全部满足", "All of"));
            boolean direct = n.get("direct").map(RuleNode::bool).orElse(false);
            return new Condition.Group(id, name, any, direct, children, confidence(n), n.text("note", ""));
        }
        if (n.get("value").isPresent()) {
            n.allowOnly(THRESHOLD_KEYS);
            String id = conditionId(n.require("id"));
            Expr value = formula(n.require("value"));
            Unit unit = n.get("unit").map(u -> u.enumValue(Unit.class)).orElse(unitOf(value));
            Operator op = operator(n.require("op"));
            RuleNode t = n.require("threshold");
            Double fixed = null;
            Condition.ThresholdTable table = null;
            if (t.isMap()) {
                table = table(t);
            } else {
                fixed = number(t);
            }
            return new Condition.Threshold(
                    id,
                    name(n, value),
                    value,
                    unit,
                    op,
                    fixed,
                    table,
                    levers(n, value),
                    confidence(n),
                    n.text("note", ""));
        }
        if (n.get("score").isPresent()) {
            n.allowOnly(SCORE_KEYS);
            String id = conditionId(n.require("id"));
            String target = n.require("score").text().strip();
            Condition.ScoreCheck check = new Condition.ScoreCheck(
                    id,
                    label(n.require("name")),
                    target,
                    operator(n.require("op")),
                    number(n.require("threshold")),
                    confidence(n),
                    n.text("note", ""));
            scoreChecks.add(check);
            scoreCheckNodes.put(check, n);
            return check;
        }
        if (n.get("check").isPresent()) {
            n.allowOnly(CHECK_KEYS);
            String id = conditionId(n.require("id"));
            Expr value = formula(n.require("check"));
            boolean expect = n.get("expect").map(RuleNode::bool).orElse(true);
            return new Condition.Check(id, name(n, value), value, expect, confidence(n), n.text("note", ""));
        }
        throw n.error("a condition needs one of all, any, value (with op and threshold), score or check"
                + " / 条件须为 all、any、value、score 或 check 之一");
    }

    private Label name(RuleNode n, Expr value) {
        if (n.get("name").isPresent()) {
            return label(n.require("name"));
        }
        Label derived = nameOf(value);
        if (derived == null) {
            throw n.error("missing required key 'name' (the value is a formula) / 缺少名称");
        }
        return derived;
    }

    private Condition.ThresholdTable table(RuleNode t) {
        t.allowOnly(Set.of("by", "table"));
        Expr key = formula(t.require("by"));
        List<RuleNode> nodes = t.require("table").items();
        List<Interval> ranges = new ArrayList<>();
        List<Condition.ThresholdTable.Row> rows = new ArrayList<>();
        for (RuleNode r : nodes) {
            r.allowOnly(Set.of("range", "threshold", "note"));
            Interval range = range(r.require("range"));
            RuleNode th = r.require("threshold");
            Double threshold = th.text().strip().equals("none") ? null : number(th);
            ranges.add(range);
            rows.add(new Condition.ThresholdTable.Row(range, threshold, r.text("note", "")));
        }
        checkCoverage(ranges, nodes, t.require("table"));
        Label keyName = nameOf(key);
        return new Condition.ThresholdTable(
                key,
                keyName == null
                        ? new Label(t.require("by").text(), t.require("by").text())
                        : keyName,
                unitOf(key),
                rows);
    }

    private String conditionId(RuleNode idNode) {
        String id = idNode.text().strip();
        if (!id.matches(ID)) {
            throw idNode.error("invalid id '" + id + "' / id 格式不正确");
        }
        if (!conditionIds.add(id)) {
            throw idNode.error("duplicate condition id '" + id + "' / 条件id重复");
        }
        return id;
    }

    private Operator operator(RuleNode n) {
        Operator op = Operator.parse(n.text());
        if (op == null) {
            throw n.error("'" + n.text() + "' is not an operator; use >, >=, <, <= (or ≥, ≤) / 运算符应为 >、>=、<、<=");
        }
        return op;
    }

    // ---- small values

    private double number(RuleNode n) {
        return Amounts.read(n);
    }

    private Label label(RuleNode n) {
        if (n.isScalar()) {
            return new Label(n.text(), n.text());
        }
        n.allowOnly(Set.of("zh", "en"));
        return new Label(n.require("zh").text(), n.get("en").map(RuleNode::text).orElse(null));
    }

    private static Confidence confidence(RuleNode n) {
        return Confidence.read(n, Confidence.CONFIRMED);
    }
}
