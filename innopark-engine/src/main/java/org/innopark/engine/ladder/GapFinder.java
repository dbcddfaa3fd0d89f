package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import org.innopark.engine.registry.ReportField;

/**
 * Finds the smallest changes of figures that make an enterprise stop failing a scheme. For a threshold it searches,
 * lever by lever, the least change that meets it (whole persons for staff; the denominator moves too when staff
 * are added, so (s+x)/(e+x) ≥ t). For a score it finds which bracket moves give the missing points at the least
 * total relative change. Changes are applied and the scheme re-evaluated, a few rounds if links between conditions
 * need it.
 */
final class GapFinder {

    /** Figures where more is an achievement; the default levers of a formula. */
    private static final Set<ReportField> INCREASABLE = EnumSet.of(
            ReportField.ST_STAFF,
            ReportField.RD_STAFF,
            ReportField.POSTGRAD_STAFF,
            ReportField.RD_EXPENSE,
            ReportField.RD_EXPENSE_DOMESTIC,
            ReportField.HIGH_TECH_REVENUE,
            ReportField.MAIN_BUSINESS_REVENUE,
            ReportField.OPERATING_REVENUE,
            ReportField.NET_PROFIT,
            ReportField.NET_ASSETS,
            ReportField.IP_CLASS1,
            ReportField.IP_CLASS2,
            ReportField.INVENTION_GRANTS,
            ReportField.EQUITY_FINANCING,
            ReportField.STANDARDS_LED);

    /**
     * Accounting links: adding to the key adds as much to these figures (S&T staff are employees; high-tech revenue is
     * revenue; new R&D is assumed to be spent in mainland China and is a cost).
     */
    private static final Map<ReportField, Set<ReportField>> LINKED = Map.of(
            ReportField.ST_STAFF, EnumSet.of(ReportField.EMPLOYEES),
            ReportField.RD_STAFF, EnumSet.of(ReportField.ST_STAFF, ReportField.EMPLOYEES),
            ReportField.POSTGRAD_STAFF, EnumSet.of(ReportField.EMPLOYEES),
            ReportField.HIGH_TECH_REVENUE, EnumSet.of(ReportField.OPERATING_REVENUE),
            ReportField.MAIN_BUSINESS_REVENUE, EnumSet.of(ReportField.OPERATING_REVENUE),
            ReportField.RD_EXPENSE, EnumSet.of(ReportField.RD_EXPENSE_DOMESTIC, ReportField.TOTAL_COST),
            ReportField.RD_EXPENSE_DOMESTIC, EnumSet.of(ReportField.RD_EXPENSE, ReportField.TOTAL_COST));

    private static final int ROUNDS = 4;

    private record Plan(
            Map<ReportField, Double> deltas, List<Change> changes, double cost, List<ConditionResult> blockers) {
        static final Plan EMPTY = new Plan(Map.of(), List.of(), 0, List.of());

        static Plan blocked(List<ConditionResult> blockers) {
            return new Plan(Map.of(), List.of(), Double.POSITIVE_INFINITY, blockers);
        }

        boolean blocked() {
            return !blockers.isEmpty();
        }
    }

    /** One way to gain points on an indicator. */
    private record Option(Indicator indicator, double gain, ReportField field, double delta, double cost) {}

    private record State(double gain, double cost, List<Option> chosen) {}

    private final Scheme scheme;
    private final int year;
    private final LocalDate asOf;
    private final EnterpriseFacts original;

    private GapFinder(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        this.scheme = scheme;
        this.original = facts;
        this.year = year;
        this.asOf = asOf;
    }

    static Gap find(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        return new GapFinder(scheme, facts, year, asOf).run();
    }

    private Gap run() {
        Verdict before = Evaluator.evaluate(scheme, original, year, asOf);
        if (before.outcome() != Outcome.NOT_QUALIFIED) {
            return new Gap(before, before, List.of(), Map.of(), List.of(), toConfirm(before), 0);
        }
        Map<ReportField, Double> total = new EnumMap<>(ReportField.class);
        List<Change> changes = new ArrayList<>();
        List<ConditionResult> blockers = List.of();
        Verdict v = before;
        EnterpriseFacts current = original;
        for (int round = 0; round < ROUNDS && v.outcome() == Outcome.NOT_QUALIFIED; round++) {
            Map<String, ConditionResult> byId = new HashMap<>();
            v.conditions().forEach(r -> byId.put(r.id(), r));
            Plan plan = plan(scheme.root, byId, current);
            if (plan.blocked()) {
                blockers = plan.blockers();
                break;
            }
            if (plan.deltas().isEmpty()) {
                break;
            }
            plan.deltas().forEach((f, d) -> total.merge(f, d, Double::sum));
            changes.addAll(plan.changes());
            current = apply(original, total);
            v = Evaluator.evaluate(scheme, current, year, asOf);
        }
        double size = blockers.isEmpty() && v.outcome() != Outcome.NOT_QUALIFIED
                ? cost(total, original)
                : Double.POSITIVE_INFINITY;
        return new Gap(before, v, changes, total, blockers, toConfirm(v), size);
    }

    private static List<Label> toConfirm(Verdict v) {
        Set<Label> labels = new LinkedHashSet<>();
        v.undecided().forEach(r -> labels.addAll(r.unknownInputs()));
        return List.copyOf(labels);
    }

    // ---- plans over the condition tree

    private Plan plan(Condition c, Map<String, ConditionResult> byId, EnterpriseFacts facts) {
        ConditionResult r = byId.get(c.id());
        if (r == null || r.status() != Status.FAIL) {
            return Plan.EMPTY;
        }
        if (c instanceof Condition.Group g) {
            List<Plan> plans = new ArrayList<>();
            for (Condition child : g.children()) {
                ConditionResult cr = byId.get(child.id());
                if (cr != null && cr.status() == Status.FAIL) {
                    plans.add(plan(child, byId, facts));
                }
            }
            return g.any() ? cheapest(plans) : combine(plans, facts);
        }
        if (c instanceof Condition.Threshold t) {
            return threshold(t, r, facts);
        }
        if (c instanceof Condition.ScoreCheck s) {
            return score(s, r, facts);
        }
        return Plan.blocked(List.of(r));
    }

    private static Plan cheapest(List<Plan> plans) {
        Plan best = null;
        List<ConditionResult> blockers = new ArrayList<>();
        for (Plan p : plans) {
            if (p.blocked()) {
                blockers.addAll(p.blockers());
            } else if (best == null || p.cost() < best.cost()) {
                best = p;
            }
        }
        return best != null ? best : Plan.blocked(blockers);
    }

    private Plan combine(List<Plan> plans, EnterpriseFacts facts) {
        Map<ReportField, Double> deltas = new EnumMap<>(ReportField.class);
        List<Change> changes = new ArrayList<>();
        List<ConditionResult> blockers = new ArrayList<>();
        for (Plan p : plans) {
            if (p.blocked()) {
                blockers.addAll(p.blockers());
                continue;
            }
            p.deltas().forEach((f, d) -> deltas.merge(f, d, GapFinder::larger));
            changes.addAll(p.changes());
        }
        if (!blockers.isEmpty()) {
            return Plan.blocked(blockers);
        }
        return new Plan(deltas, changes, cost(deltas, facts), List.of());
    }

    /** Two changes of one figure both hold when the larger is made. */
    private static double larger(double a, double b) {
        return Math.signum(a) == Math.signum(b) ? (Math.abs(a) >= Math.abs(b) ? a : b) : a + b;
    }

    // ---- thresholds

    private Plan threshold(Condition.Threshold t, ConditionResult r, EnterpriseFacts facts) {
        Lever bestLever = null;
        double bestDelta = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Lever lever : levers(t.levers(), t.value())) {
            OptionalDouble delta = solve(
                    lever,
                    facts,
                    d -> Evaluator.status(
                                    scheme,
                                    t,
                                    apply(facts, Map.of(lever.field(), lever.increase() ? d : -d)),
                                    year,
                                    asOf)
                            == Status.PASS);
            if (delta.isPresent()) {
                double cost = cost(Map.of(lever.field(), delta.getAsDouble()), facts);
                if (cost < bestCost) {
                    bestLever = lever;
                    bestDelta = delta.getAsDouble();
                    bestCost = cost;
                }
            }
        }
        if (bestLever == null) {
            return Plan.blocked(List.of(r));
        }
        double signed = bestLever.increase() ? bestDelta : -bestDelta;
        String headZh = r.name().zh() + " " + r.valueText(null) + " → 需 " + r.requirementText(null);
        String headEn = r.name().en() + " " + r.valueText(java.util.Locale.ENGLISH) + " → needs "
                + r.requirementText(java.util.Locale.ENGLISH);
        Change change = change(bestLever, bestDelta, facts, t.id(), headZh, headEn);
        return new Plan(Map.of(bestLever.field(), signed), List.of(change), bestCost, List.of());
    }

    private Change change(Lever lever, double delta, EnterpriseFacts facts, String id, String headZh, String headEn) {
        ReportField f = lever.field();
        Unit unit = Unit.of(f);
        double from = value(facts, f);
        boolean exact = unit.whole();
        String linkedZh = "";
        String linkedEn = "";
        if (LINKED.containsKey(f) && lever.increase()) {
            if (unit == Unit.PERSONS) {
                linkedZh = "(职工总数随之增加)";
                linkedEn = " (employees grow with them)";
            }
        }
        String zh = headZh + ":" + (exact ? "需" : "在其他数据不变时约需") + (lever.increase() ? "增加" : "减少") + f.zh() + " "
                + unit.zh(delta) + linkedZh;
        String amountEn = exact ? Unit.NUMBER.plain(delta) : "about " + unit.en(delta);
        String en = headEn + ": " + amountEn + (lever.increase() ? " more " : " less ") + f.en() + linkedEn
                + (exact ? "" : ", other figures unchanged");
        return new Change(f, year, from, lever.increase() ? delta : -delta, unit, id, new Label(zh, en));
    }

    // ---- scores

    private Plan score(Condition.ScoreCheck s, ConditionResult r, EnterpriseFacts facts) {
        if (!s.op().upward()) {
            return Plan.blocked(List.of(r));
        }
        double current = r.points().max();
        List<State> states = new ArrayList<>(List.of(new State(0, 0, List.of())));
        for (Indicator ind : scope(s.target())) {
            List<Option> options = options(ind, facts);
            List<State> next = new ArrayList<>(states);
            for (State st : states) {
                for (Option o : options) {
                    List<Option> chosen = new ArrayList<>(st.chosen());
                    chosen.add(o);
                    next.add(new State(st.gain() + o.gain(), st.cost() + o.cost(), chosen));
                }
            }
            states = pareto(next);
        }
        State best = null;
        for (State st : states) {
            if (s.op().test(current + st.gain(), s.threshold()) && (best == null || st.cost() < best.cost())) {
                best = st;
            }
        }
        if (best == null) {
            return Plan.blocked(List.of(r));
        }
        Map<ReportField, Double> deltas = new EnumMap<>(ReportField.class);
        List<Change> changes = new ArrayList<>();
        for (Option o : best.chosen()) {
            deltas.merge(o.field(), o.delta(), GapFinder::larger);
            ScoreSheet.IndicatorScore was = Evaluator.indicator(scheme, o.indicator(), facts, year, asOf);
            ScoreSheet.IndicatorScore will =
                    Evaluator.indicator(scheme, o.indicator(), apply(facts, Map.of(o.field(), o.delta())), year, asOf);
            String wasValue = was.value() == null ? "" : " " + was.unit().zh(was.value());
            String wasValueEn = was.value() == null ? "" : " " + was.unit().en(was.value());
            String gain = Unit.NUMBER.plain(o.gain());
            changes.add(change(
                    new Lever(o.field(), o.delta() >= 0),
                    Math.abs(o.delta()),
                    facts,
                    o.indicator().id(),
                    o.indicator().name().zh() + wasValue + " → " + will.bracket() + " 档(+" + gain + " 分,"
                            + s.name().zh() + "需 " + s.op().symbol() + " " + Unit.NUMBER.plain(s.threshold()) + ")",
                    o.indicator().name().en() + wasValueEn + " → band " + will.bracket() + " (+" + gain + " points; "
                            + s.name().en() + " needs " + s.op().symbol() + " " + Unit.NUMBER.plain(s.threshold())
                            + ")"));
        }
        return new Plan(deltas, changes, cost(deltas, facts), List.of());
    }

    /** Keeps the states no other state beats on both cost and gain. */
    private static List<State> pareto(List<State> states) {
        states.sort(Comparator.comparingDouble(State::cost).thenComparing(st -> -st.gain()));
        List<State> kept = new ArrayList<>();
        double bestGain = Double.NEGATIVE_INFINITY;
        for (State st : states) {
            if (st.gain() > bestGain + 1e-9) {
                kept.add(st);
                bestGain = st.gain();
            }
        }
        return kept;
    }

    private List<Indicator> scope(String target) {
        List<Indicator> out = new ArrayList<>();
        for (Block b : scheme.blocks) {
            if (target.equals("total") || target.equals(b.id())) {
                out.addAll(b.indicators());
            } else {
                for (Indicator i : b.indicators()) {
                    if (i.id().equals(target) || contains(i, target)) {
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    private static boolean contains(Indicator i, String id) {
        return i.source() instanceof Indicator.BestOf b
                && b.alternatives().stream().anyMatch(a -> a.id().equals(id) || contains(a, id));
    }

    /** The bracket moves of an indicator, each by its cheapest lever. */
    private List<Option> options(Indicator ind, EnterpriseFacts facts) {
        double now =
                Evaluator.indicator(scheme, ind, facts, year, asOf).points().max();
        TreeSet<Double> targets = new TreeSet<>();
        Set<Lever> levers = new LinkedHashSet<>();
        collect(ind, targets, levers);
        List<Option> options = new ArrayList<>();
        for (double target : targets) {
            if (target <= now + 1e-9) {
                continue;
            }
            Option best = null;
            for (Lever lever : levers) {
                OptionalDouble delta = solve(
                        lever,
                        facts,
                        d -> Evaluator.indicator(
                                                scheme,
                                                ind,
                                                apply(facts, Map.of(lever.field(), lever.increase() ? d : -d)),
                                                year,
                                                asOf)
                                        .points()
                                        .max()
                                >= target - 1e-9);
                if (delta.isPresent()) {
                    double signed = lever.increase() ? delta.getAsDouble() : -delta.getAsDouble();
                    double cost = cost(Map.of(lever.field(), signed), facts);
                    if (best == null || cost < best.cost()) {
                        best = new Option(ind, target - now, lever.field(), signed, cost);
                    }
                }
            }
            if (best != null) {
                options.add(best);
            }
        }
        return options;
    }

    private void collect(Indicator ind, Set<Double> targets, Set<Lever> levers) {
        if (ind.source() instanceof Indicator.Brackets b) {
            b.brackets().forEach(br -> targets.add(br.points().max()));
            levers.addAll(levers(b.levers(), b.value()));
        } else if (ind.source() instanceof Indicator.BestOf b) {
            b.alternatives().forEach(a -> collect(a, targets, levers));
        }
    }

    private static List<Lever> levers(List<Lever> declared, Expr value) {
        if (!declared.isEmpty()) {
            return declared;
        }
        Set<ReportField> fields = EnumSet.noneOf(ReportField.class);
        value.currentYearFields(fields);
        List<Lever> levers = new ArrayList<>();
        for (ReportField f : fields) {
            if (INCREASABLE.contains(f)) {
                levers.add(new Lever(f, true));
            }
        }
        return levers;
    }

    // ---- search and arithmetic

    /**
     * The least change (≥ 0) of a lever for which the predicate holds: doubling, then bisection; whole steps for
     * counts, whole yuan for money. Empty when no change up to a bound helps.
     */
    private OptionalDouble solve(Lever lever, EnterpriseFacts facts, DoublePredicate holds) {
        ReportField f = lever.field();
        double current = value(facts, f);
        boolean whole = Unit.of(f).whole() || f.isMoney();
        double limit = lever.increase() || f.mayBeNegative() ? (f.isMoney() ? 1e13 : 1e6) : current;
        if (holds.test(0)) {
            return OptionalDouble.of(0);
        }
        double step = Unit.of(f).whole() ? 1 : Math.max(1, Math.abs(current) * 0.01);
        double lo = 0;
        double hi = Math.min(step, limit);
        while (!holds.test(hi)) {
            if (hi >= limit) {
                return OptionalDouble.empty();
            }
            lo = hi;
            hi = Math.min(hi * 2, limit);
        }
        for (int i = 0; i < 200 && hi - lo > (whole ? 1 : 1e-6 * Math.max(1, hi)); i++) {
            double mid = whole ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
            if (mid <= lo) {
                break;
            }
            if (holds.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return OptionalDouble.of(whole ? Math.ceil(hi) : hi);
    }

    private double value(EnterpriseFacts facts, ReportField f) {
        double v = facts.figureOrNaN(f, year);
        return Double.isNaN(v) ? 0 : v;
    }

    /** Σ |change| ÷ current value, the value floored at 1 (persons, items) or ¥10,000. */
    private double cost(Map<ReportField, Double> deltas, EnterpriseFacts facts) {
        double sum = 0;
        for (Map.Entry<ReportField, Double> e : deltas.entrySet()) {
            double floor = e.getKey().isMoney() ? 1e4 : 1;
            sum += Math.abs(e.getValue()) / Math.max(Math.abs(value(facts, e.getKey())), floor);
        }
        return sum;
    }

    /** The facts with the lever changes and the changes they carry into linked figures. */
    EnterpriseFacts apply(EnterpriseFacts facts, Map<ReportField, Double> deltas) {
        return facts.withChanges(year, linked(deltas));
    }

    static Map<ReportField, Double> linked(Map<ReportField, Double> deltas) {
        Map<ReportField, Double> out = new EnumMap<>(ReportField.class);
        out.putAll(deltas);
        deltas.forEach((f, d) -> {
            if (d > 0) {
                for (ReportField g : LINKED.getOrDefault(f, Set.of())) {
                    out.merge(g, d, GapFinder::larger);
                }
            }
        });
        return out;
    }
}
