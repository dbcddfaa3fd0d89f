package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome-only evaluation of a scheme, for bulk counts (the park funnel, benchmarks): the same outcome and score
 * as {@link Evaluator} without any explanation object — no {@link ConditionResult}, no trace, no score sheet.
 *
 * <p>A scheme is compiled once into a tree of small evaluators that keep the points of every score item in two
 * arrays (the minimum and the maximum possible) indexed by a slot fixed at compile time, so that a score check reads
 * its target without a map. Formulas are not copied: every value comes from the scheme's own {@link Expr} tree,
 * evaluated by an {@linkplain EvalContext#outcomeOnly outcome-only context} (the same code as the explained verdict,
 * recording nothing). The scoring arithmetic is done in the same order as the explained verdict's, so scores are
 * equal to the last bit; {@code OutcomeEquivalenceTests} checks both paths against each other.
 *
 * <p>Unlike the explained verdict, groups stop at the first child that settles them (a failed condition of an
 * "all" group, a met condition of an "any" group): Kleene logic gives the same status. The only observable
 * difference would be an exception from a skipped child, and the only exception a formula can throw is an invalid
 * external fact; so every external fact the scheme reads is validated up front when the enterprise has any.
 *
 * <p>Immutable and thread-safe; each evaluation allocates a context and two small arrays.
 */
final class OutcomeEvaluator {

    private final Scheme scheme;
    private final Node root;
    private final BlockItem[] blocks;
    private final int slots;
    private final int totalSlot;
    private final FactDefinition[] numberFacts;
    private final FactDefinition[] choiceFacts;

    private OutcomeEvaluator(Scheme scheme) {
        this.scheme = scheme;
        Map<String, Integer> slotOf = new HashMap<>();
        List<BlockItem> compiled = new ArrayList<>();
        int[] next = {0};
        for (Block b : scheme.blocks) {
            IndicatorItem[] indicators = new IndicatorItem[b.indicators().size()];
            for (int i = 0; i < indicators.length; i++) {
                indicators[i] = indicator(b.indicators().get(i), slotOf, next);
            }
            int slot = next[0]++;
            slotOf.put(b.id(), slot);
            compiled.add(new BlockItem(slot, b.cap(), indicators));
        }
        this.totalSlot = next[0]++;
        slotOf.put("total", totalSlot);
        this.slots = next[0];
        this.blocks = compiled.toArray(new BlockItem[0]);
        this.root = node(scheme.root, slotOf);
        Set<FactDefinition> numbers = new LinkedHashSet<>();
        Set<FactDefinition> choices = new LinkedHashSet<>();
        collectFacts(scheme, numbers, choices);
        this.numberFacts = numbers.toArray(new FactDefinition[0]);
        this.choiceFacts = choices.toArray(new FactDefinition[0]);
    }

    static OutcomeEvaluator compile(Scheme scheme) {
        return new OutcomeEvaluator(scheme);
    }

    Scheme scheme() {
        return scheme;
    }

    /**
     * Evaluates the scheme for an enterprise and year.
     *
     * @param score for a scored scheme, receives the total's minimum and maximum possible points at 0 and 1
     */
    Outcome evaluate(EnterpriseFacts facts, int year, LocalDate asOf, double[] score) {
        EvalContext c = EvalContext.outcomeOnly(scheme, facts, year, asOf);
        if (facts.hasFacts()) {
            for (FactDefinition d : numberFacts) {
                c.fact(d);
            }
            for (FactDefinition d : choiceFacts) {
                c.choice(d);
            }
        }
        double[] lo = null;
        double[] hi = null;
        if (blocks.length > 0) {
            lo = new double[slots];
            hi = new double[slots];
            // Points.ZERO.plus(…) in block order, as Evaluator.score() sums them.
            double totalLo = 0;
            double totalHi = 0;
            for (BlockItem b : blocks) {
                double sumLo = 0;
                double sumHi = 0;
                for (IndicatorItem i : b.indicators) {
                    i.score(c, lo, hi);
                    sumLo += lo[i.slot];
                    sumHi += hi[i.slot];
                }
                if (b.hasCap) {
                    sumLo = Math.min(sumLo, b.cap);
                    sumHi = Math.min(sumHi, b.cap);
                }
                lo[b.slot] = sumLo;
                hi[b.slot] = sumHi;
                totalLo += sumLo;
                totalHi += sumHi;
            }
            lo[totalSlot] = totalLo;
            hi[totalSlot] = totalHi;
            if (score != null) {
                score[0] = totalLo;
                score[1] = totalHi;
            }
        }
        return switch (root.eval(c, lo, hi)) {
            case PASS -> Outcome.QUALIFIED;
            case FAIL -> Outcome.NOT_QUALIFIED;
            case UNKNOWN -> Outcome.UNDECIDED;
        };
    }

    // ---- score

    private record BlockItem(int slot, boolean hasCap, double cap, IndicatorItem[] indicators) {
        BlockItem(int slot, Double cap, IndicatorItem[] indicators) {
            this(slot, cap != null, cap == null ? 0 : cap, indicators);
        }
    }

    /** One indicator: computes its points into its slot (and its alternatives' into theirs). */
    private abstract static class IndicatorItem {
        final int slot;
        final FactDefinition expertPoints;

        IndicatorItem(int slot, FactDefinition expertPoints) {
            this.slot = slot;
            this.expertPoints = expertPoints;
        }

        final void score(EvalContext c, double[] lo, double[] hi) {
            compute(c, lo, hi);
            if (expertPoints != null) {
                double expert = c.fact(expertPoints);
                if (!Double.isNaN(expert)) {
                    lo[slot] = expert;
                    hi[slot] = expert;
                }
            }
        }

        abstract void compute(EvalContext c, double[] lo, double[] hi);
    }

    private static IndicatorItem indicator(Indicator ind, Map<String, Integer> slotOf, int[] next) {
        IndicatorItem item;
        if (ind.source() instanceof Indicator.BestOf b) {
            IndicatorItem[] alternatives = new IndicatorItem[b.alternatives().size()];
            for (int i = 0; i < alternatives.length; i++) {
                alternatives[i] = indicator(b.alternatives().get(i), slotOf, next);
            }
            item = new BestOfItem(next[0]++, ind.expertPoints(), alternatives);
        } else if (ind.source() instanceof Indicator.Brackets b) {
            item = new BracketsItem(next[0]++, ind.expertPoints(), b);
        } else if (ind.source() instanceof Indicator.FactPoints f) {
            item = new FactPointsItem(next[0]++, ind.expertPoints(), f.fact());
        } else {
            item = new ChoiceItem(next[0]++, ind.expertPoints(), (Indicator.Choice) ind.source());
        }
        slotOf.put(ind.id(), item.slot);
        return item;
    }

    private static final class BracketsItem extends IndicatorItem {
        private final Expr value;
        private final Indicator.Brackets brackets;
        private final Points all;

        BracketsItem(int slot, FactDefinition expertPoints, Indicator.Brackets brackets) {
            super(slot, expertPoints);
            this.value = brackets.value();
            this.brackets = brackets;
            this.all = brackets.all();
        }

        @Override
        void compute(EvalContext c, double[] lo, double[] hi) {
            double v = value.eval(c);
            Points p = Double.isNaN(v) ? all : brackets.bracketFor(v).points();
            lo[slot] = p.min();
            hi[slot] = p.max();
        }
    }

    private static final class FactPointsItem extends IndicatorItem {
        private final FactDefinition fact;

        FactPointsItem(int slot, FactDefinition expertPoints, FactDefinition fact) {
            super(slot, expertPoints);
            this.fact = fact;
        }

        @Override
        void compute(EvalContext c, double[] lo, double[] hi) {
            double v = c.fact(fact);
            if (Double.isNaN(v)) {
                lo[slot] = fact.min();
                hi[slot] = fact.max();
            } else {
                lo[slot] = v;
                hi[slot] = v;
            }
        }
    }

    private static final class ChoiceItem extends IndicatorItem {
        private final FactDefinition fact;
        private final Map<String, Double> points;
        private final Points possible;

        ChoiceItem(int slot, FactDefinition expertPoints, Indicator.Choice choice) {
            super(slot, expertPoints);
            this.fact = choice.fact();
            this.points = choice.points();
            Points range = null;
            for (double p : choice.points().values()) {
                range = range == null ? Points.exactly(p) : range.hull(Points.exactly(p));
            }
            this.possible = range;
        }

        @Override
        void compute(EvalContext c, double[] lo, double[] hi) {
            String option = c.choice(fact);
            if (option == null) {
                lo[slot] = possible.min();
                hi[slot] = possible.max();
            } else {
                double p = points.get(option);
                lo[slot] = p;
                hi[slot] = p;
            }
        }
    }

    /** The better of alternatives: the larger minimum and the larger maximum ({@link Points#best}). */
    private static final class BestOfItem extends IndicatorItem {
        private final IndicatorItem[] alternatives;

        BestOfItem(int slot, FactDefinition expertPoints, IndicatorItem[] alternatives) {
            super(slot, expertPoints);
            this.alternatives = alternatives;
        }

        @Override
        void compute(EvalContext c, double[] lo, double[] hi) {
            double bestLo = 0;
            double bestHi = 0;
            boolean first = true;
            for (IndicatorItem a : alternatives) {
                a.score(c, lo, hi);
                if (first) {
                    bestLo = lo[a.slot];
                    bestHi = hi[a.slot];
                    first = false;
                } else {
                    bestLo = Math.max(bestLo, lo[a.slot]);
                    bestHi = Math.max(bestHi, hi[a.slot]);
                }
            }
            lo[slot] = bestLo;
            hi[slot] = bestHi;
        }
    }

    // ---- conditions

    private abstract static class Node {
        abstract Status eval(EvalContext c, double[] lo, double[] hi);
    }

    private static Node node(Condition condition, Map<String, Integer> slotOf) {
        if (condition instanceof Condition.Group g) {
            Node[] children = new Node[g.children().size()];
            for (int i = 0; i < children.length; i++) {
                children[i] = node(g.children().get(i), slotOf);
            }
            return g.any() ? new AnyNode(children) : new AllNode(children);
        } else if (condition instanceof Condition.Threshold t) {
            return new ThresholdNode(t);
        } else if (condition instanceof Condition.ScoreCheck s) {
            Integer slot = slotOf.get(s.target());
            if (slot == null) {
                throw new IllegalStateException("condition " + s.id() + " checks an unknown score item " + s.target());
            }
            return new ScoreNode(slot, s.op(), s.threshold());
        }
        Condition.Check k = (Condition.Check) condition;
        return new CheckNode(k.value(), k.expect());
    }

    /** All of the children (Kleene conjunction); stops at the first that fails. */
    private static final class AllNode extends Node {
        private final Node[] children;

        AllNode(Node[] children) {
            this.children = children;
        }

        @Override
        Status eval(EvalContext c, double[] lo, double[] hi) {
            Status status = Status.PASS;
            for (Node child : children) {
                Status s = child.eval(c, lo, hi);
                if (s == Status.FAIL) {
                    return Status.FAIL;
                }
                if (s == Status.UNKNOWN) {
                    status = Status.UNKNOWN;
                }
            }
            return status;
        }
    }

    /** Any of the children (Kleene disjunction); stops at the first that is met. */
    private static final class AnyNode extends Node {
        private final Node[] children;

        AnyNode(Node[] children) {
            this.children = children;
        }

        @Override
        Status eval(EvalContext c, double[] lo, double[] hi) {
            Status status = Status.FAIL;
            for (Node child : children) {
                Status s = child.eval(c, lo, hi);
                if (s == Status.PASS) {
                    return Status.PASS;
                }
                if (s == Status.UNKNOWN) {
                    status = Status.UNKNOWN;
                }
            }
            return status;
        }
    }

    /** A value against a fixed threshold or one from a table (as {@code Evaluator.threshold}). */
    private static final class ThresholdNode extends Node {
        private final Expr value;
        private final Operator op;
        private final Double fixed;
        private final Condition.ThresholdTable table;

        ThresholdNode(Condition.Threshold t) {
            this.value = t.value();
            this.op = t.op();
            this.fixed = t.fixed();
            this.table = t.table();
        }

        @Override
        Status eval(EvalContext c, double[] lo, double[] hi) {
            double v = value.eval(c);
            Double threshold = fixed;
            if (table != null) {
                double key = table.key().eval(c);
                if (!Double.isNaN(key)) {
                    threshold = table.rowFor(key).threshold();
                    if (threshold == null) {
                        return Status.FAIL; // this route does not apply
                    }
                }
            }
            if (Double.isNaN(v) || threshold == null) {
                return Status.UNKNOWN;
            }
            return Status.of(op.test(v, threshold));
        }
    }

    /** The points of a score item against a mark: met for every possible score, for none, or undecided. */
    private static final class ScoreNode extends Node {
        private final int slot;
        private final Operator op;
        private final double threshold;

        ScoreNode(int slot, Operator op, double threshold) {
            this.slot = slot;
            this.op = op;
            this.threshold = threshold;
        }

        @Override
        Status eval(EvalContext c, double[] lo, double[] hi) {
            boolean atMin = op.test(lo[slot], threshold);
            boolean atMax = op.test(hi[slot], threshold);
            return atMin && atMax ? Status.PASS : !atMin && !atMax ? Status.FAIL : Status.UNKNOWN;
        }
    }

    /** A yes/no value that must be as expected. */
    private static final class CheckNode extends Node {
        private final Expr value;
        private final boolean expect;

        CheckNode(Expr value, boolean expect) {
            this.value = value;
            this.expect = expect;
        }

        @Override
        Status eval(EvalContext c, double[] lo, double[] hi) {
            double v = value.eval(c);
            if (Double.isNaN(v)) {
                return Status.UNKNOWN;
            }
            return Status.of((v != 0) == expect);
        }
    }

    // ---- external facts the scheme reads

    private static void collectFacts(Scheme scheme, Set<FactDefinition> numbers, Set<FactDefinition> choices) {
        for (Block b : scheme.blocks) {
            for (Indicator i : b.indicators()) {
                collect(i, numbers, choices);
            }
        }
        collect(scheme.root, numbers, choices);
    }

    private static void collect(Indicator i, Set<FactDefinition> numbers, Set<FactDefinition> choices) {
        if (i.expertPoints() != null) {
            numbers.add(i.expertPoints());
        }
        if (i.source() instanceof Indicator.Brackets b) {
            collect(b.value(), numbers);
        } else if (i.source() instanceof Indicator.FactPoints f) {
            numbers.add(f.fact());
        } else if (i.source() instanceof Indicator.Choice c) {
            choices.add(c.fact());
        } else {
            ((Indicator.BestOf) i.source()).alternatives().forEach(a -> collect(a, numbers, choices));
        }
    }

    private static void collect(Condition c, Set<FactDefinition> numbers, Set<FactDefinition> choices) {
        if (c instanceof Condition.Group g) {
            g.children().forEach(child -> collect(child, numbers, choices));
        } else if (c instanceof Condition.Threshold t) {
            collect(t.value(), numbers);
            if (t.table() != null) {
                collect(t.table().key(), numbers);
            }
        } else if (c instanceof Condition.Check k) {
            collect(k.value(), numbers);
        }
    }

    /** The facts a formula reads as numbers, through the quantities it refers to. */
    private static void collect(Expr e, Set<FactDefinition> numbers) {
        if (e instanceof Expr.FactRef f) {
            numbers.add(f.fact());
        } else if (e instanceof Expr.QuantityRef q) {
            collect(q.quantity().expr(), numbers);
        } else if (e instanceof Expr.Negate n) {
            collect(n.operand(), numbers);
        } else if (e instanceof Expr.OrZero z) {
            collect(z.operand(), numbers);
        } else if (e instanceof Expr.Binary b) {
            collect(b.left(), numbers);
            collect(b.right(), numbers);
        } else if (e instanceof Expr.Extreme x) {
            x.args().forEach(a -> collect(a, numbers));
        }
    }
}
