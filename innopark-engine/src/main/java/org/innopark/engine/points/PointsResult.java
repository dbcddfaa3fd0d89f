package org.innopark.engine.points;

import java.util.Arrays;

/**
 * The scores of every enterprise of a {@link PointsInput}: total, per-group and per-indicator points, percentile and
 * rank within the cohort, and which missing-data policy was applied where. Enterprise {@code i} is row {@code i} of
 * the input. Definitions: see {@link PointsEngine}.
 *
 * <p>Column accessors return the engine's arrays, not copies; do not modify them.
 */
public final class PointsResult {

    private final PointsScheme scheme;
    private final PointsInput input;
    private final double[][] points;
    private final double[][] groups;
    private final double[] total;
    private final double[] percentile;
    private final int[] rank;
    private final int[] order;
    private final int[] cohortStart;
    private final int[][] reported;
    private final double[] baseFactor;
    private final double[] bonusFactor;

    PointsResult(
            PointsScheme scheme,
            PointsInput input,
            double[][] points,
            double[][] groups,
            double[] total,
            double[] percentile,
            int[] rank,
            int[] order,
            int[] cohortStart,
            int[][] reported,
            double[] baseFactor,
            double[] bonusFactor) {
        this.scheme = scheme;
        this.input = input;
        this.points = points;
        this.groups = groups;
        this.total = total;
        this.percentile = percentile;
        this.rank = rank;
        this.order = order;
        this.cohortStart = cohortStart;
        this.reported = reported;
        this.baseFactor = baseFactor;
        this.bonusFactor = bonusFactor;
    }

    public PointsScheme scheme() {
        return scheme;
    }

    public PointsInput input() {
        return input;
    }

    public int size() {
        return total.length;
    }

    public double total(int i) {
        return total[i];
    }

    /** Points of indicator k (scheme order) for enterprise i. */
    public double points(int i, int k) {
        return points[k][i];
    }

    /** Points of group g (scheme order) for enterprise i. */
    public double groupPoints(int i, int g) {
        return groups[g][i];
    }

    /** Percentile of the total within the cohort: (number of cohort members with a lower total) / (n − 1), 0 if n = 1. */
    public double percentile(int i) {
        return percentile[i];
    }

    /** Competition rank of the total within the cohort, 1 = highest; equal totals share a rank (1, 2, 2, 4). */
    public int rank(int i) {
        return rank[i];
    }

    /** The number of enterprises in cohort c. */
    public int cohortSize(int c) {
        return cohortStart[c + 1] - cohortStart[c];
    }

    /** The enterprises of cohort c in ranking order (total descending, ties by row), as rows; a copy. */
    public int[] ranking(int c) {
        return Arrays.copyOfRange(order, cohortStart[c], cohortStart[c + 1]);
    }

    /** The row at position {@code position} (0-based) of cohort c's ranking. */
    public int rankedRow(int c, int position) {
        return order[cohortStart[c] + position];
    }

    /** How many enterprises of cohort c reported indicator k. */
    public int reported(int k, int c) {
        return reported[k][c];
    }

    /**
     * The missing-data policy applied to indicator k of enterprise i, or null when the value was reported.
     * COHORT_MEDIAN falls back to ZERO when nobody in the cohort reported the indicator.
     */
    public MissingPolicy missingPolicyApplied(int i, int k) {
        if (!Double.isNaN(input.value(k, i))) {
            return null;
        }
        MissingPolicy policy = scheme.indicator(k).missing();
        if (policy == MissingPolicy.COHORT_MEDIAN && reported[k][input.cohort(i)] == 0) {
            return MissingPolicy.ZERO;
        }
        return policy;
    }

    /** The factor the base indicators of enterprise i were multiplied by after exclusions (1 without any). */
    public double reweightFactor(int i) {
        return baseFactor == null ? 1 : baseFactor[i];
    }

    /** The factor the bonus indicators of enterprise i were multiplied by after exclusions (1 without any). */
    public double bonusReweightFactor(int i) {
        return bonusFactor == null ? 1 : bonusFactor[i];
    }

    /** The totals column. */
    public double[] totals() {
        return total;
    }

    /** Indicator k's points column. */
    public double[] pointsColumn(int k) {
        return points[k];
    }

    /** Group g's points column. */
    public double[] groupColumn(int g) {
        return groups[g];
    }

    /** The ranks column. */
    public int[] ranks() {
        return rank;
    }

    /** The percentiles column. */
    public double[] percentiles() {
        return percentile;
    }
}
