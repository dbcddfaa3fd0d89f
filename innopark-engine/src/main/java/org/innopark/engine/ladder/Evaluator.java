package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Evaluates one scheme for one enterprise and year into a {@link Verdict}. */
final class Evaluator {

    private static final Label ANY_MET = new Label("至少一项符合", "at least one is met");
    private static final Label ALL_MET = new Label("全部符合", "all are met");
    private static final Label NONE_MET = new Label("均不符合", "none is met");
    private static final Label NOT_ALL_MET = new Label("有不符合的条件", "not all are met");
    private static final Label UNDECIDED = new Label("尚无法判断", "cannot be decided yet");

    private final Scheme scheme;
    private final EvalContext ctx;
    private final Map<String, Points> points = new HashMap<>();
    private final Map<String, List<Label>> scoreUnknowns = new HashMap<>();
    private final List<ConditionResult> results = new ArrayList<>();

    private Evaluator(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        this.scheme = scheme;
        this.ctx = new EvalContext(scheme, facts, year, asOf);
    }

    static Verdict evaluate(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        return new Evaluator(scheme, facts, year, asOf).run();
    }

    /** The score of one indicator, for what-if searches. */
    static ScoreSheet.IndicatorScore indicator(
            Scheme scheme, Indicator indicator, EnterpriseFacts facts, int year, LocalDate asOf) {
        return new Evaluator(scheme, facts, year, asOf).indicator(indicator);
    }

    /** The status of one condition, for what-if searches. */
    static Status status(Scheme scheme, Condition condition, EnterpriseFacts facts, int year, LocalDate asOf) {
        Evaluator e = new Evaluator(scheme, facts, year, asOf);
        if (scheme.scored()) {
            e.score();
        }
        return e.condition(condition, 0, null, false);
    }

    private Verdict run() {
        ScoreSheet sheet = scheme.scored() ? score() : null;
        Status status = condition(scheme.root, 0, null, false);
        Outcome outcome = switch (status) {
            case PASS -> Outcome.QUALIFIED;
            case FAIL -> Outcome.NOT_QUALIFIED;
            case UNKNOWN -> Outcome.UNDECIDED;
        };
        ConditionResult route = null;
        if (outcome == Outcome.QUALIFIED) {
            route = results.stream()
                    .filter(r -> r.directRoute() && r.status() == Status.PASS)
                    .findFirst()
                    .orElse(null);
        }
        return new Verdict(
                ctx.facts().creditCode(),
                scheme,
                ctx.year(),
                ctx.asOf(),
                outcome,
                results,
                sheet,
                route,
                outcome == Outcome.UNDECIDED ? undecided() : List.of());
    }

    /** The unknown leaves reached from the root through unknown groups only. */
    private List<ConditionResult> undecided() {
        Map<String, ConditionResult> byId = new HashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        List<ConditionResult> out = new ArrayList<>();
        for (ConditionResult r : results) {
            if (r.isGroup() || r.status() != Status.UNKNOWN) {
                continue;
            }
            boolean reachable = true;
            for (String p = r.parentId(); p != null; p = byId.get(p).parentId()) {
                if (byId.get(p).status() != Status.UNKNOWN) {
                    reachable = false;
                    break;
                }
            }
            if (reachable) {
                out.add(r);
            }
        }
        return out;
    }

    // ---- score

    private ScoreSheet score() {
        List<ScoreSheet.BlockScore> blocks = new ArrayList<>();
        Points total = Points.ZERO;
        for (Block b : scheme.blocks) {
            List<ScoreSheet.IndicatorScore> indicators = new ArrayList<>();
            Points sum = Points.ZERO;
            List<Label> unknowns = new ArrayList<>();
            for (Indicator i : b.indicators()) {
                ScoreSheet.IndicatorScore s = indicator(i);
                indicators.add(s);
                sum = sum.plus(s.points());
                unknowns.addAll(s.unknownInputs());
            }
            Points capped = b.cap() == null ? sum : sum.cap(b.cap());
            points.put(b.id(), capped);
            scoreUnknowns.put(b.id(), unknowns);
            blocks.add(new ScoreSheet.BlockScore(b.id(), b.name(), capped, b.max(), indicators));
            total = total.plus(capped);
        }
        points.put("total", total);
        List<Label> all = new ArrayList<>();
        scoreUnknowns.values().forEach(all::addAll);
        scoreUnknowns.put("total", all);
        return new ScoreSheet(total, scheme.maxScore(), blocks);
    }

    private ScoreSheet.IndicatorScore indicator(Indicator ind) {
        EvalContext.Trace previous = ctx.begin();
        ScoreSheet.IndicatorScore s;
        if (ind.source() instanceof Indicator.Brackets b) {
            s = brackets(ind, b);
        } else if (ind.source() instanceof Indicator.FactPoints f) {
            s = factPoints(ind, f);
        } else if (ind.source() instanceof Indicator.Choice c) {
            s = choice(ind, c);
        } else {
            s = bestOf(ind, (Indicator.BestOf) ind.source());
        }
        if (ind.expertPoints() != null) {
            double expert = ctx.fact(ind.expertPoints());
            if (!Double.isNaN(expert)) {
                Points computed = s.points();
                Label why = Label.lazy(
                        () -> "专家评分 " + Unit.NUMBER.plain(expert) + " 分(按数据在 " + computed + " 分之间)",
                        () -> "expert score " + Unit.NUMBER.plain(expert) + " (the data allow " + computed + ")");
                s = new ScoreSheet.IndicatorScore(
                        s.id(),
                        s.name(),
                        s.value(),
                        s.unit(),
                        Points.exactly(expert),
                        s.max(),
                        s.bracket(),
                        s.alternative(),
                        why,
                        List.of(),
                        s.notes());
            }
        }
        EvalContext.Trace trace = ctx.end(previous);
        List<Label> unknowns = s.points().exact() ? List.of() : List.copyOf(trace.unknowns.values());
        s = new ScoreSheet.IndicatorScore(
                s.id(),
                s.name(),
                s.value(),
                s.unit(),
                s.points(),
                s.max(),
                s.bracket(),
                s.alternative(),
                s.explanation(),
                unknowns,
                trace.notes);
        points.put(ind.id(), s.points());
        scoreUnknowns.put(ind.id(), unknowns);
        return s;
    }

    private ScoreSheet.IndicatorScore brackets(Indicator ind, Indicator.Brackets b) {
        double v = b.value().eval(ctx);
        if (Double.isNaN(v)) {
            Points all = b.all();
            return new ScoreSheet.IndicatorScore(
                    ind.id(),
                    ind.name(),
                    null,
                    b.unit(),
                    all,
                    ind.max(),
                    null,
                    null,
                    Label.lazy(
                            () -> ind.name().zh() + "无法计算,得分在 " + all + " 分之间",
                            () -> ind.name().en() + " cannot be computed: " + all + " points possible"),
                    List.of(),
                    List.of());
        }
        Indicator.Bracket bracket = b.bracketFor(v);
        String range = bracket.range().format(b.unit()::plain);
        Points p = bracket.points();
        return new ScoreSheet.IndicatorScore(
                ind.id(),
                ind.name(),
                v,
                b.unit(),
                p,
                ind.max(),
                range,
                null,
                Label.lazy(
                        () -> ind.name().zh() + " " + b.unit().zh(v, bracket.range()) + ",在 " + range + " 档,得 "
                                + (p.exact() ? p + " 分" : p + " 分(档内由专家评定)"),
                        () -> ind.name().en() + " " + b.unit().en(v, bracket.range()) + " is in " + range + ": "
                                + (p.exact() ? p + " points" : p + " points (the assessor decides within the band)")),
                List.of(),
                List.of());
    }

    /** An indicator scored from an external fact or choice: a plain number, no bracket, no trace. */
    private static ScoreSheet.IndicatorScore numberScore(Indicator ind, Double value, Points points, Label label) {
        return new ScoreSheet.IndicatorScore(
                ind.id(), ind.name(), value, Unit.NUMBER, points, ind.max(), null, null, label, List.of(), List.of());
    }

    private ScoreSheet.IndicatorScore factPoints(Indicator ind, Indicator.FactPoints f) {
        double v = ctx.fact(f.fact());
        if (Double.isNaN(v)) {
            Points range = new Points(f.fact().min(), f.fact().max());
            return numberScore(
                    ind,
                    null,
                    range,
                    Label.lazy(
                            () -> ind.name().zh() + "待评定,得分在 " + range + " 分之间",
                            () -> ind.name().en() + " is not assessed yet: " + range + " points possible"));
        }
        return numberScore(
                ind,
                v,
                Points.exactly(v),
                Label.lazy(
                        () -> ind.name().zh() + "评定得 " + Unit.NUMBER.plain(v) + " 分",
                        () -> ind.name().en() + " assessed at " + Unit.NUMBER.plain(v) + " points"));
    }

    private ScoreSheet.IndicatorScore choice(Indicator ind, Indicator.Choice c) {
        String option = ctx.choice(c.fact());
        if (option == null) {
            Points range = null;
            for (double p : c.points().values()) {
                range = range == null ? Points.exactly(p) : range.hull(Points.exactly(p));
            }
            Points possible = range;
            return numberScore(
                    ind,
                    null,
                    range,
                    Label.lazy(
                            () -> ind.name().zh() + "未知,得分在 " + possible + " 分之间",
                            () -> ind.name().en() + " is unknown: " + possible + " points possible"));
        }
        double p = c.points().get(option);
        return new ScoreSheet.IndicatorScore(
                ind.id(),
                ind.name(),
                null,
                Unit.NUMBER,
                Points.exactly(p),
                ind.max(),
                option,
                null,
                Label.lazy(
                        () -> ind.name().zh() + ":" + option + ",得 " + Unit.NUMBER.plain(p) + " 分",
                        () -> ind.name().en() + ": " + option + ", " + Unit.NUMBER.plain(p) + " points"),
                List.of(),
                List.of());
    }

    private ScoreSheet.IndicatorScore bestOf(Indicator ind, Indicator.BestOf b) {
        Points best = null;
        ScoreSheet.IndicatorScore chosen = null;
        List<Label> explanations = new ArrayList<>(b.alternatives().size());
        for (Indicator alt : b.alternatives()) {
            ScoreSheet.IndicatorScore s = indicator(alt);
            best = best == null ? s.points() : best.best(s.points());
            if (chosen == null
                    || s.points().max() > chosen.points().max()
                    || s.points().max() == chosen.points().max()
                            && s.points().min() > chosen.points().min()) {
                chosen = s;
            }
            explanations.add(s.explanation());
        }
        Label explanation = Label.lazy(
                () -> {
                    StringBuilder zh = new StringBuilder(ind.name().zh() + "取较优者:");
                    explanations.forEach(l -> zh.append(l.zh()).append(";"));
                    return zh.toString();
                },
                () -> {
                    StringBuilder en = new StringBuilder(ind.name().en() + ", the better of: ");
                    explanations.forEach(l -> en.append(l.en()).append("; "));
                    return en.toString();
                });
        return new ScoreSheet.IndicatorScore(
                ind.id(),
                ind.name(),
                chosen.value(),
                chosen.unit(),
                best,
                ind.max(),
                chosen.bracket(),
                chosen.id(),
                explanation,
                List.of(),
                List.of());
    }

    // ---- conditions

    private Status condition(Condition c, int depth, String parent, boolean route) {
        if (c instanceof Condition.Group g) {
            return group(g, depth, parent, route);
        } else if (c instanceof Condition.Threshold t) {
            return threshold(t, depth, parent, route);
        } else if (c instanceof Condition.ScoreCheck s) {
            return scoreCheck(s, depth, parent, route);
        }
        return check((Condition.Check) c, depth, parent, route);
    }

    private Status group(Condition.Group g, int depth, String parent, boolean route) {
        int at = results.size();
        Status status = g.any() ? Status.FAIL : Status.PASS;
        for (Condition child : g.children()) {
            Status s = condition(child, depth + 1, g.id(), g.direct());
            status = g.any() ? status.or(s) : status.and(s);
        }
        Label explanation = switch (status) {
            case PASS -> g.any() ? ANY_MET : ALL_MET;
            case FAIL -> g.any() ? NONE_MET : NOT_ALL_MET;
            case UNKNOWN -> UNDECIDED;
        };
        results.add(
                at,
                new ConditionResult(
                        g.id(),
                        g.name(),
                        g.any() ? ConditionResult.Kind.ANY : ConditionResult.Kind.ALL,
                        depth,
                        parent,
                        status,
                        null,
                        Unit.NUMBER,
                        null,
                        null,
                        null,
                        explanation,
                        List.of(),
                        List.of(),
                        route,
                        g.confidence(),
                        g.note()));
        return status;
    }

    private Status threshold(Condition.Threshold t, int depth, String parent, boolean route) {
        EvalContext.Trace previous = ctx.begin();
        double v = t.value().eval(ctx);
        Double threshold = t.fixed();
        double key = Double.NaN;
        Condition.ThresholdTable.Row row = null;
        boolean notApplicable = false;
        if (t.table() != null) {
            key = t.table().key().eval(ctx);
            if (!Double.isNaN(key)) {
                row = t.table().rowFor(key);
                threshold = row.threshold();
                notApplicable = threshold == null;
            }
        }
        EvalContext.Trace trace = ctx.end(previous);
        Status status;
        Label explanation;
        Label name = t.name();
        double keyValue = key;
        Condition.ThresholdTable.Row applied = row;
        Supplier<String> appliesZh = () -> {
            if (applied == null) {
                return "";
            }
            Unit ku = t.table().keyUnit();
            return "(" + t.table().keyName().zh() + " " + ku.zh(keyValue, applied.range()) + ",属 "
                    + applied.range().format(ku::plain) + " 档)";
        };
        Supplier<String> appliesEn = () -> {
            if (applied == null) {
                return "";
            }
            Unit ku = t.table().keyUnit();
            return " (" + t.table().keyName().en() + " " + ku.en(keyValue, applied.range()) + " is in "
                    + applied.range().format(ku::plain) + ")";
        };
        if (notApplicable) {
            status = Status.FAIL;
            explanation = Label.lazy(
                    () -> name.zh() + ":不适用" + appliesZh.get(), () -> name.en() + ": does not apply" + appliesEn.get());
        } else if (Double.isNaN(v) || threshold == null) {
            status = Status.UNKNOWN;
            explanation = unknownExplanation(name.zh(), name.en(), trace);
        } else {
            status = Status.of(t.op().test(v, threshold));
            double limit = threshold;
            boolean met = status == Status.PASS;
            explanation = Label.lazy(
                    () -> name.zh() + " " + t.unit().zh(v) + ",要求 " + t.op().symbol() + " "
                            + t.unit().zh(limit) + appliesZh.get() + (met ? ",符合" : ",不符合"),
                    () -> name.en() + " " + t.unit().en(v) + ", required " + t.op().symbol() + " "
                            + t.unit().en(limit) + appliesEn.get() + (met ? ": met" : ": not met"));
        }
        results.add(new ConditionResult(
                t.id(),
                t.name(),
                ConditionResult.Kind.THRESHOLD,
                depth,
                parent,
                status,
                Double.isNaN(v) ? null : v,
                t.unit(),
                t.op(),
                threshold,
                null,
                explanation,
                status == Status.UNKNOWN ? List.copyOf(trace.unknowns.values()) : List.of(),
                trace.notes,
                route,
                t.confidence(),
                t.note()));
        return status;
    }

    private Status scoreCheck(Condition.ScoreCheck s, int depth, String parent, boolean route) {
        Points p = points.get(s.target());
        boolean atMin = s.op().test(p.min(), s.threshold());
        boolean atMax = s.op().test(p.max(), s.threshold());
        Status status = atMin && atMax ? Status.PASS : !atMin && !atMax ? Status.FAIL : Status.UNKNOWN;
        Supplier<String> req = () -> s.op().symbol() + " " + Unit.NUMBER.plain(s.threshold());
        Label explanation = switch (status) {
            case PASS ->
                Label.lazy(
                        () -> s.name().zh() + " " + p + " 分,要求 " + req.get() + ",符合",
                        () -> s.name().en() + " " + p + " points, required " + req.get() + ": met");
            case FAIL ->
                Label.lazy(
                        () -> s.name().zh() + " " + p + " 分,要求 " + req.get() + ",不符合",
                        () -> s.name().en() + " " + p + " points, required " + req.get() + ": not met");
            case UNKNOWN ->
                Label.lazy(
                        () -> s.name().zh() + "在 " + p + " 分之间,要求 " + req.get() + ",取决于未知项",
                        () -> s.name().en() + " between " + p + " points, required " + req.get()
                                + ": depends on unknown inputs");
        };
        List<Label> unknowns = status == Status.UNKNOWN ? scoreUnknowns.getOrDefault(s.target(), List.of()) : List.of();
        results.add(new ConditionResult(
                s.id(),
                s.name(),
                ConditionResult.Kind.SCORE,
                depth,
                parent,
                status,
                p.exact() ? p.min() : null,
                Unit.NUMBER,
                s.op(),
                s.threshold(),
                p,
                explanation,
                dedupe(unknowns),
                List.of(),
                route,
                s.confidence(),
                s.note()));
        return status;
    }

    private Status check(Condition.Check k, int depth, String parent, boolean route) {
        EvalContext.Trace previous = ctx.begin();
        double v = k.value().eval(ctx);
        EvalContext.Trace trace = ctx.end(previous);
        Status status;
        Label explanation;
        if (Double.isNaN(v)) {
            status = Status.UNKNOWN;
            explanation = unknownExplanation(k.name().zh(), k.name().en(), trace);
        } else {
            boolean yes = v != 0;
            status = Status.of(yes == k.expect());
            boolean met = status == Status.PASS;
            explanation = Label.lazy(
                    () -> k.name().zh() + ":" + (yes ? "是" : "否") + ",要求" + (k.expect() ? "是" : "否")
                            + (met ? ",符合" : ",不符合"),
                    () -> k.name().en() + ": " + (yes ? "yes" : "no") + ", required " + (k.expect() ? "yes" : "no")
                            + (met ? ": met" : ": not met"));
        }
        results.add(new ConditionResult(
                k.id(),
                k.name(),
                ConditionResult.Kind.CHECK,
                depth,
                parent,
                status,
                Double.isNaN(v) ? null : v,
                Unit.FLAG,
                null,
                null,
                null,
                explanation,
                status == Status.UNKNOWN ? List.copyOf(trace.unknowns.values()) : List.of(),
                trace.notes,
                route,
                k.confidence(),
                k.note()));
        return status;
    }

    private static Label unknownExplanation(String name, String nameEn, EvalContext.Trace trace) {
        List<Label> missing = new ArrayList<>(trace.unknowns.values());
        missing.addAll(trace.notes);
        return Label.lazy(
                () -> name + ":无法判断,缺少 "
                        + String.join("、", missing.stream().map(Label::zh).toList()),
                () -> nameEn + ": cannot be decided, missing "
                        + String.join("; ", missing.stream().map(Label::en).toList()));
    }

    private static List<Label> dedupe(List<Label> labels) {
        return labels.stream().distinct().toList();
    }
}
