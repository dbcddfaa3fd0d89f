package org.innopark.engine.points;

import java.util.List;
import org.innopark.engine.rules.Interval;

/**
 * How an indicator value becomes a share in [0, 1] of the indicator's weight. Every function is defined so that it
 * can be written in SQL with window functions and give the same doubles:
 *
 * <ul>
 *   <li>{@link Percentile}: {@code PERCENT_RANK() OVER (PARTITION BY cohort ORDER BY v)} over the cohort's non-missing
 *       values ({@code ORDER BY v DESC} when lower is better), i.e. (number of cohort values strictly worse) / (n − 1),
 *       and 0 when n = 1.
 *   <li>{@link MinMax}: {@code CASE WHEN hi > lo THEN LEAST(1, GREATEST(0, (v − lo) / (hi − lo))) ELSE 0 END}, or
 *       {@code (hi − v) / (hi − lo)} when lower is better; lo and hi are fixed goalposts or the cohort's MIN/MAX.
 *   <li>{@link Brackets}: {@code CASE WHEN v >= a AND v < b THEN share … ELSE 0 END}.
 * </ul>
 */
public sealed interface Scoring {

    /** Whether the function needs the cohort's sorted values (for ranks or cohort goalposts). */
    boolean needsCohort();

    /** Percentile rank within the cohort (SQL PERCENT_RANK). */
    record Percentile() implements Scoring {
        @Override
        public boolean needsCohort() {
            return true;
        }
    }

    /**
     * Min–max normalisation with clamping: values at or beyond {@code upper} (the cap) earn the full weight, values at
     * or below {@code lower} earn nothing (reversed when lower is better).
     *
     * @param lower the fixed lower goalpost, or NaN for the cohort minimum
     * @param upper the fixed upper goalpost (cap), or NaN for the cohort maximum
     */
    record MinMax(double lower, double upper) implements Scoring {
        @Override
        public boolean needsCohort() {
            return Double.isNaN(lower) || Double.isNaN(upper);
        }
    }

    /** An explicit bracket table; a value in no bracket earns 0. Brackets do not overlap. */
    record Brackets(List<Bracket> brackets) implements Scoring {
        public Brackets {
            brackets = List.copyOf(brackets);
        }

        @Override
        public boolean needsCohort() {
            return false;
        }

        /** The share of the bracket holding the value, 0 when none does. */
        public double share(double value) {
            for (Bracket b : brackets) {
                if (b.contains(value)) {
                    return b.share();
                }
            }
            return 0;
        }
    }

    /**
     * One row of a bracket table: the interval of values it holds (written in the one bracket syntax of rule files,
     * e.g. {@code [1000万,1亿)}) and the share of the weight earned.
     */
    record Bracket(Interval interval, double share) {
        public Bracket(double lower, boolean lowerInclusive, double upper, boolean upperInclusive, double share) {
            this(new Interval(lower, lowerInclusive, upper, upperInclusive), share);
        }

        /** Whether the bracket holds the value, compared exactly (as SQL does). */
        public boolean contains(double v) {
            return interval.contains(v);
        }

        public double lower() {
            return interval.lower();
        }

        public boolean lowerInclusive() {
            return interval.lowerInclusive();
        }

        public double upper() {
            return interval.upper();
        }

        public boolean upperInclusive() {
            return interval.upperInclusive();
        }

        /** The bounds written as an interval, e.g. {@code [2, 5)}. */
        public String describe() {
            return interval.describe();
        }
    }
}
