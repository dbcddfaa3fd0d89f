package org.innopark.engine.points;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Why one enterprise has its points: per indicator its value against the cohort (percentile, cohort median, top-decile
 * threshold), the points earned and the missing-data policy applied; the indicators that earned most; and the
 * realistic improvements that would move it most in the ranking.
 *
 * <p>An improvement raises one indicator to the next decile of the cohort (percentile scoring: beating enough cohort
 * members to reach it, e.g. from the 43rd percentile to the 50th; minmax: the value at percentile_cont of the next
 * tenth; brackets: the next better bracket; a missing value: the cohort median) and re-scores the enterprise with
 * everything else unchanged: the other enterprises keep their points, which is a first-order
 * estimate (in reality they lose a little when this one overtakes them).
 *
 * @param percentile the total's percentile within the cohort
 * @param earners the indicators by points earned, most first
 * @param improvements the improvements by rank gained, then points gained, most first
 */
public record PointsExplanation(
        String key,
        String cohort,
        Stage stage,
        double total,
        double maximum,
        int rank,
        int cohortSize,
        double percentile,
        List<IndicatorDetail> indicators,
        List<GroupDetail> groups,
        List<IndicatorDetail> earners,
        List<Improvement> improvements) {

    /**
     * One indicator of the enterprise.
     *
     * @param value NaN when missing
     * @param policyApplied the missing-data policy applied, null when the value was reported
     * @param maxPoints the points at full score for this enterprise (stage weight × re-weighting factor)
     * @param percentile the value's PERCENT_RANK among the cohort's reported values (direction-aware), NaN when missing
     * @param cohortMedian percentile_cont(0.5) of the cohort's reported values, NaN when none
     * @param topDecile the value that reaches the top tenth: percentile_cont(0.9), or (0.1) when lower is better
     * @param reported how many of the cohort reported the indicator
     */
    public record IndicatorDetail(
            Indicator indicator,
            double value,
            MissingPolicy policyApplied,
            double points,
            double maxPoints,
            double percentile,
            double cohortMedian,
            double topDecile,
            int reported) {}

    /** One group's points and its maximum for this enterprise. */
    public record GroupDetail(IndicatorGroup group, double points, double maxPoints) {}

    /**
     * A realistic improvement of one indicator.
     *
     * @param beyond whether the value must exceed {@code targetValue} (go beyond it in the better direction) rather
     *     than reach it: percentile targets are "more than the value of the cohort member to overtake"
     * @param target what the target is: {@code P50} (the cohort's next decile), {@code median} (report a missing
     *     value at the cohort median) or {@code next bracket [a, b)}
     */
    public record Improvement(
            Indicator indicator,
            double currentValue,
            double targetValue,
            boolean beyond,
            String target,
            double pointsGain,
            int newRank,
            int rankGain) {}

    /** Explains row {@code row} of a result. */
    public static PointsExplanation of(PointsResult result, int row) {
        PointsScheme scheme = result.scheme();
        PointsInput input = result.input();
        int cohort = input.cohort(row);
        int[] members = result.ranking(cohort);
        Stage stage = input.stage(row);
        int m = scheme.indicatorCount();
        double[] factor = new double[m];
        double[] shares = new double[m];
        boolean[] excluded = new boolean[m];
        List<IndicatorDetail> details = new ArrayList<>();
        double[][] others = new double[m][];
        for (int k = 0; k < m; k++) {
            Indicator indicator = scheme.indicator(k);
            boolean bonus = scheme.groups().get(indicator.group()).bonus();
            factor[k] = bonus ? result.bonusReweightFactor(row) : result.reweightFactor(row);
            double max = indicator.weight(stage) * factor[k];
            MissingPolicy applied = result.missingPolicyApplied(row, k);
            excluded[k] = applied == MissingPolicy.EXCLUDE_AND_REWEIGHT;
            double points = result.points(row, k);
            shares[k] = max > 0 ? points / max : 0;
            double value = input.value(k, row);
            double[] cohortValues = reportedValues(input, k, members, -1);
            others[k] = reportedValues(input, k, members, row);
            details.add(new IndicatorDetail(
                    indicator,
                    value,
                    applied,
                    points,
                    excluded[k] ? 0 : max,
                    Double.isNaN(value)
                            ? Double.NaN
                            : percentRank(cohortValues, value, indicator.higherIsBetter(), cohortValues.length),
                    PointsEngine.quantile(cohortValues, 0.5),
                    PointsEngine.quantile(cohortValues, indicator.higherIsBetter() ? 0.9 : 0.1),
                    cohortValues.length));
        }
        List<GroupDetail> groups = new ArrayList<>();
        for (IndicatorGroup g : scheme.groups()) {
            double max = 0;
            for (int k = g.first(); k < g.first() + g.count(); k++) {
                max += details.get(k).maxPoints();
            }
            groups.add(new GroupDetail(g, result.groupPoints(row, g.index()), max));
        }
        List<IndicatorDetail> earners = new ArrayList<>(details);
        earners.sort(Comparator.comparingDouble(IndicatorDetail::points)
                .reversed()
                .thenComparingInt(d -> d.indicator().index()));
        double[] otherTotals = new double[members.length - 1];
        int t = 0;
        for (int member : members) {
            if (member != row) {
                otherTotals[t++] = result.total(member);
            }
        }
        List<Improvement> improvements = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            Improvement improvement =
                    improve(scheme, result, row, k, details.get(k), others[k], shares, excluded, otherTotals);
            if (improvement != null) {
                improvements.add(improvement);
            }
        }
        improvements.sort(Comparator.comparingInt(Improvement::rankGain)
                .reversed()
                .thenComparing(
                        Comparator.comparingDouble(Improvement::pointsGain).reversed())
                .thenComparingInt(i -> i.indicator().index()));
        double maximum = 0;
        for (GroupDetail g : groups) {
            maximum += g.maxPoints();
        }
        return new PointsExplanation(
                input.key(row),
                input.cohortName(cohort),
                stage,
                result.total(row),
                maximum,
                result.rank(row),
                members.length,
                result.percentile(row),
                details,
                groups,
                earners,
                improvements);
    }

    private static Improvement improve(
            PointsScheme scheme,
            PointsResult result,
            int row,
            int k,
            IndicatorDetail detail,
            double[] others,
            double[] shares,
            boolean[] excluded,
            double[] otherTotals) {
        Indicator indicator = detail.indicator();
        boolean higher = indicator.higherIsBetter();
        double value = detail.value();
        double target;
        double newShare;
        String label;
        boolean beyond = false;
        if (Double.isNaN(value)) {
            if (others.length == 0) {
                return null;
            }
            target = PointsEngine.quantile(others, 0.5);
            newShare = share(indicator, others, target);
            label = "median";
        } else if (indicator.scoring() instanceof Scoring.Brackets brackets) {
            Scoring.Bracket next = null;
            double current = brackets.share(value);
            for (Scoring.Bracket b : brackets.brackets()) {
                if (b.share() > current && (next == null || b.share() < next.share())) {
                    next = b;
                }
            }
            if (next == null) {
                return null;
            }
            boolean fromBelow = !Double.isInfinite(next.lower()) && value < next.lower();
            target = fromBelow ? next.lower() : next.upper();
            beyond = fromBelow ? !next.lowerInclusive() : !next.upperInclusive();
            newShare = next.share();
            label = "next bracket " + next.describe();
        } else {
            int decile = (int) Math.floor(detail.percentile() * 10 + 1e-9) + 1;
            if (decile > 10 || others.length == 0) {
                return null;
            }
            int n = others.length + 1;
            label = "P" + decile * 10;
            if (indicator.scoring() instanceof Scoring.Percentile) {
                // Beat enough of the others to reach the decile: more than the value of the need-th worst other.
                int need = (int) Math.ceil(decile / 10.0 * (n - 1) - 1e-9);
                need = Math.max(1, Math.min(need, others.length));
                target = higher ? others[need - 1] : others[others.length - need];
                beyond = true;
                int worse = 0;
                for (double x : others) {
                    if (higher ? x <= target : x >= target) {
                        worse++;
                    }
                }
                newShare = worse / (double) (n - 1);
            } else {
                double[] all = withValue(others, value);
                target = PointsEngine.quantile(all, higher ? decile / 10.0 : 1 - decile / 10.0);
                if (!(higher ? target > value : target < value)) {
                    return null;
                }
                newShare = share(indicator, others, target);
            }
        }
        double[] newShares = shares.clone();
        boolean[] newExcluded = excluded.clone();
        newShares[k] = newShare;
        newExcluded[k] = false;
        double newTotal = total(scheme, result.input().stage(row), newShares, newExcluded);
        double gain = newTotal - result.total(row);
        if (!(gain > 1e-12)) {
            return null;
        }
        int newRank = 1;
        for (double other : otherTotals) {
            if (other > newTotal) {
                newRank++;
            }
        }
        return new Improvement(indicator, value, target, beyond, label, gain, newRank, result.rank(row) - newRank);
    }

    /** The share a value would earn against the other cohort members' reported values. */
    private static double share(Indicator indicator, double[] others, double v) {
        Scoring scoring = indicator.scoring();
        if (scoring instanceof Scoring.Brackets b) {
            return b.share(v);
        }
        double[] all = withValue(others, v);
        if (scoring instanceof Scoring.MinMax mm) {
            double lo = Double.isNaN(mm.lower()) ? all[0] : mm.lower();
            double hi = Double.isNaN(mm.upper()) ? all[all.length - 1] : mm.upper();
            return PointsEngine.minMax(v, lo, hi, indicator.higherIsBetter());
        }
        return percentRank(all, v, indicator.higherIsBetter(), all.length);
    }

    private static double total(PointsScheme scheme, Stage stage, double[] shares, boolean[] excluded) {
        double excludedBase = 0;
        double excludedBonus = 0;
        for (int k = 0; k < shares.length; k++) {
            if (excluded[k]) {
                if (scheme.groups().get(scheme.indicator(k).group()).bonus()) {
                    excludedBonus += scheme.indicator(k).weight(stage);
                } else {
                    excludedBase += scheme.indicator(k).weight(stage);
                }
            }
        }
        double base = factor(scheme.scale(), excludedBase);
        double bonus = factor(scheme.bonus(), excludedBonus);
        double total = 0;
        for (int k = 0; k < shares.length; k++) {
            if (!excluded[k]) {
                boolean isBonus =
                        scheme.groups().get(scheme.indicator(k).group()).bonus();
                total += scheme.indicator(k).weight(stage) * shares[k] * (isBonus ? bonus : base);
            }
        }
        return total;
    }

    private static double factor(double part, double excluded) {
        return excluded == 0 ? 1 : part - excluded > 0 ? part / (part - excluded) : 0;
    }

    /** (number of values strictly worse than v) / (n − 1), 0 when n ≤ 1; {@code sorted} holds v's cohort. */
    static double percentRank(double[] sorted, double v, boolean higher, int n) {
        if (n <= 1) {
            return 0;
        }
        int worse = 0;
        for (double x : sorted) {
            if (higher ? x < v : x > v) {
                worse++;
            }
        }
        return worse / (double) (n - 1);
    }

    private static double nextBetter(double[] sorted, double v, boolean higher) {
        if (higher) {
            for (double x : sorted) {
                if (x > v) {
                    return x;
                }
            }
        } else {
            for (int j = sorted.length - 1; j >= 0; j--) {
                if (sorted[j] < v) {
                    return sorted[j];
                }
            }
        }
        return Double.NaN;
    }

    private static double[] withValue(double[] sorted, double v) {
        double[] all = Arrays.copyOf(sorted, sorted.length + 1);
        all[sorted.length] = v;
        Arrays.sort(all);
        return all;
    }

    /** The cohort's reported values of indicator k, sorted, leaving out row {@code skip} (−1 for none). */
    private static double[] reportedValues(PointsInput input, int k, int[] members, int skip) {
        double[] values = new double[members.length];
        int count = 0;
        for (int member : members) {
            double v = input.value(k, member);
            if (member != skip && !Double.isNaN(v)) {
                values[count++] = v + 0.0;
            }
        }
        values = Arrays.copyOf(values, count);
        Arrays.sort(values);
        return values;
    }
}
