package org.innopark.engine.points;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rankings and lists over a {@link PointsResult}: a cohort's ranking (e.g. a park's), its top N (百强), the movers
 * against the previous year, and the distribution of points by group. Enterprises are matched across years by
 * {@link PointsInput#key(int)} (the credit code).
 */
public final class PointsRanking {

    private PointsRanking() {}

    /**
     * One enterprise in a ranking.
     *
     * @param groupPoints points per group, scheme order
     */
    public record Entry(
            int row, String key, int rank, double total, double percentile, Stage stage, double[] groupPoints) {}

    /**
     * One enterprise's move between two years' rankings.
     *
     * @param previousRank 0 when it was not ranked the previous year (a newcomer)
     * @param currentRank 0 when it is not ranked this year (dropped out)
     * @param change previousRank − currentRank (positive = moved up); 0 for newcomers and drop-outs
     */
    public record Move(
            String key, int previousRank, int currentRank, int change, double previousTotal, double currentTotal) {
        public boolean isNew() {
            return previousRank == 0;
        }

        public boolean isDropped() {
            return currentRank == 0;
        }
    }

    /**
     * The distribution of a group's points (or of the total) in a cohort: min, quartiles (percentile_cont), max and
     * mean, against the group's maximum.
     *
     * @param group null for the total
     */
    public record Distribution(
            IndicatorGroup group,
            double maximum,
            int count,
            double min,
            double p25,
            double median,
            double p75,
            double max,
            double mean) {}

    /** Cohort c's full ranking, best first; equal totals share a rank and are listed by row. */
    public static List<Entry> ranking(PointsResult result, int cohort) {
        return top(result, cohort, Integer.MAX_VALUE);
    }

    /**
     * The top of cohort c's ranking: every enterprise ranked {@code n} or better (百强 for n = 100). Enterprises tied
     * at the cut-off are all listed, so the list can be longer than n.
     */
    public static List<Entry> top(PointsResult result, int cohort, int n) {
        List<Entry> entries = new ArrayList<>();
        int size = result.cohortSize(cohort);
        int groups = result.scheme().groups().size();
        for (int p = 0; p < size; p++) {
            int row = result.rankedRow(cohort, p);
            if (result.rank(row) > n) {
                break;
            }
            double[] g = new double[groups];
            for (int j = 0; j < groups; j++) {
                g[j] = result.groupPoints(row, j);
            }
            entries.add(new Entry(
                    row,
                    result.input().key(row),
                    result.rank(row),
                    result.total(row),
                    result.percentile(row),
                    result.input().stage(row),
                    g));
        }
        return entries;
    }

    /**
     * Moves between the previous and the current ranking of a cohort (e.g. one park in two years): every enterprise in
     * either, ordered by change (largest rise first), then newcomers by current rank, then drop-outs by previous rank.
     */
    public static List<Move> movers(
            PointsResult previous, int previousCohort, PointsResult current, int currentCohort) {
        Map<String, Integer> before = new HashMap<>();
        for (int p = 0; p < previous.cohortSize(previousCohort); p++) {
            int row = previous.rankedRow(previousCohort, p);
            before.put(previous.input().key(row), row);
        }
        List<Move> moves = new ArrayList<>();
        for (int p = 0; p < current.cohortSize(currentCohort); p++) {
            int row = current.rankedRow(currentCohort, p);
            String key = current.input().key(row);
            Integer old = before.remove(key);
            if (old == null) {
                moves.add(new Move(key, 0, current.rank(row), 0, Double.NaN, current.total(row)));
            } else {
                moves.add(new Move(
                        key,
                        previous.rank(old),
                        current.rank(row),
                        previous.rank(old) - current.rank(row),
                        previous.total(old),
                        current.total(row)));
            }
        }
        for (int p = 0; p < previous.cohortSize(previousCohort); p++) {
            int row = previous.rankedRow(previousCohort, p);
            if (before.containsKey(previous.input().key(row))) {
                moves.add(
                        new Move(previous.input().key(row), previous.rank(row), 0, 0, previous.total(row), Double.NaN));
            }
        }
        moves.sort(Comparator.comparingInt((Move m) -> m.isDropped() ? 2 : m.isNew() ? 1 : 0)
                .thenComparing(Comparator.comparingInt(Move::change).reversed())
                .thenComparingInt(m -> m.isDropped() ? m.previousRank() : m.currentRank())
                .thenComparing(Move::key));
        return moves;
    }

    /** The distribution of the total and of every group's points in cohort c (total first, then groups in order). */
    public static List<Distribution> distribution(PointsResult result, int cohort) {
        PointsScheme scheme = result.scheme();
        int[] rows = result.ranking(cohort);
        List<Distribution> list = new ArrayList<>();
        list.add(distribution(null, scheme.maximum(), rows, result.totals()));
        for (IndicatorGroup g : scheme.groups()) {
            double max = 0;
            for (Stage s : Stage.values()) {
                max = Math.max(max, g.weight(s));
            }
            list.add(distribution(g, max, rows, result.groupColumn(g.index())));
        }
        return list;
    }

    private static Distribution distribution(IndicatorGroup group, double maximum, int[] rows, double[] column) {
        double[] values = new double[rows.length];
        double sum = 0;
        for (int j = 0; j < rows.length; j++) {
            values[j] = column[rows[j]];
            sum += values[j];
        }
        Arrays.sort(values);
        if (values.length == 0) {
            return new Distribution(
                    group, maximum, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Distribution(
                group,
                maximum,
                values.length,
                values[0],
                PointsEngine.quantile(values, 0.25),
                PointsEngine.quantile(values, 0.5),
                PointsEngine.quantile(values, 0.75),
                values[values.length - 1],
                sum / values.length);
    }

    /**
     * How many enterprises of cohort c have a total in each of {@code bands} equal bands of the scheme's maximum
     * ({@code [0, max/bands)}, …, the last band including the maximum).
     */
    public static int[] histogram(PointsResult result, int cohort, int bands) {
        int[] counts = new int[bands];
        double max = result.scheme().maximum();
        for (int row : result.ranking(cohort)) {
            int band = (int) Math.floor(result.total(row) / max * bands);
            counts[Math.max(0, Math.min(bands - 1, band))]++;
        }
        return counts;
    }
}
