package org.innopark.engine.points;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Scores a whole {@link PointsInput} with a {@link PointsScheme}: columnar (one pass per indicator over primitive
 * arrays), parallel over indicators and then over blocks of enterprises, and deterministic: every output cell is
 * computed by one task with a fixed order of operations, so the result is bit-for-bit the same for any number of
 * threads.
 *
 * <h2>Definitions (reproducible in SQL)</h2>
 * For indicator k with weight w (of the enterprise's stage), the share f in [0, 1] is given by its {@link Scoring}
 * over the enterprise's cohort, using only the cohort's reported (non-missing) values; n is their number:
 * <ul>
 *   <li>percentile: {@code f = (number of cohort values strictly worse) / (n − 1)}, 0 when n = 1 — SQL
 *       {@code PERCENT_RANK() OVER (PARTITION BY cohort ORDER BY v)} ({@code DESC} when lower is better); tied values
 *       share the lowest rank, so a cohort where everybody ties scores 0;
 *   <li>minmax: {@code f = clamp((v − lo) / (hi − lo), 0, 1)} ({@code (hi − v) / (hi − lo)} when lower is better),
 *       lo/hi the fixed goalposts or the cohort MIN/MAX; {@code f = 0} when {@code hi ≤ lo};
 *   <li>brackets: the share of the bracket holding v, 0 when none does.
 * </ul>
 * Missing values: ZERO gives f = 0; COHORT_MEDIAN scores the cohort median m (PostgreSQL's
 * {@code percentile_cont(0.5)}: {@code x[lo] + (x[lo+1] − x[lo]) × frac} at position 0.5 × (n − 1) of the sorted
 * values) as above, where for percentile f = (number of cohort values strictly worse than m) / (n − 1), and f = 0
 * when nobody in the cohort reported; EXCLUDE_AND_REWEIGHT leaves the indicator out and multiplies the enterprise's
 * other indicators of the same part by {@code factor = part / (part − excluded weights)} (part = scale, or bonus for
 * bonus groups; 0 when everything is excluded).
 *
 * <p>Points {@code p = (w × f) × factor} (factor 1 without exclusions). A group's points and the total are sums of
 * indicator points in scheme order, left to right ({@code p1 + p2 + … + pm} in SQL gives the same doubles). Within a
 * cohort, rank is the competition rank of the total, descending ({@code RANK() OVER (PARTITION BY cohort ORDER BY
 * total DESC)}: 1, 2, 2, 4), percentile is {@code PERCENT_RANK() OVER (PARTITION BY cohort ORDER BY total)}, and the
 * listing order breaks ties by row.
 */
public final class PointsEngine implements AutoCloseable {

    private static final int BLOCK = 1 << 14;

    private final int threads;
    private final ForkJoinPool pool;
    private final ConcurrentLinkedQueue<SegmentSorter> sorters = new ConcurrentLinkedQueue<>();

    /** An engine using the given number of threads (1 = in the calling thread). */
    public PointsEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /** An engine using every available processor. */
    public PointsEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** Scores every enterprise of the input. */
    public PointsResult score(PointsScheme scheme, PointsInput input) {
        int m = scheme.indicatorCount();
        if (input.indicatorCount() != m) {
            throw new IllegalArgumentException("the input has " + input.indicatorCount() + " value columns, the scheme "
                    + scheme.id() + " has " + m + " indicators");
        }
        int n = input.size();
        Cohorts cohorts = new Cohorts(input);
        double[][] points = new double[m][n];
        int[][] reported = new int[m][input.cohortCount()];
        parallel(m, k -> shares(scheme.indicator(k), input, cohorts, points[k], reported[k]));

        Combination combination = new Combination(scheme, input, points);
        parallel((n + BLOCK - 1) / BLOCK, b -> combination.block(b * BLOCK, Math.min(n, b * BLOCK + BLOCK)));

        double[] percentile = new double[n];
        int[] rank = new int[n];
        int[] order = new int[n];
        int chunks = Math.min(input.cohortCount(), threads * 4);
        parallel(chunks, t -> rank(combination.total, cohorts, t, chunks, percentile, rank, order));
        return new PointsResult(
                scheme,
                input,
                points,
                combination.groups,
                combination.total,
                percentile,
                rank,
                order,
                cohorts.start,
                reported,
                combination.baseFactor,
                combination.bonusFactor);
    }

    /** The rows of each cohort, in row order: cohort c's rows are {@code members[start[c] … start[c + 1] − 1]}. */
    private static final class Cohorts {
        final int[] members;
        final int[] start;
        final int largest;

        Cohorts(PointsInput input) {
            int n = input.size();
            int count = input.cohortCount();
            int[] cohort = input.cohorts();
            start = new int[count + 1];
            for (int i = 0; i < n; i++) {
                start[cohort[i] + 1]++;
            }
            int max = 0;
            for (int c = 0; c < count; c++) {
                max = Math.max(max, start[c + 1]);
                start[c + 1] += start[c];
            }
            largest = max;
            members = new int[n];
            int[] cursor = Arrays.copyOf(start, count);
            for (int i = 0; i < n; i++) {
                members[cursor[cohort[i]]++] = i;
            }
        }
    }

    private void parallel(int tasks, IntConsumer task) {
        if (pool == null || tasks <= 1) {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
        } else {
            pool.submit(() -> IntStream.range(0, tasks).parallel().forEach(task))
                    .join();
        }
    }

    private SegmentSorter sorter(int size) {
        SegmentSorter s = sorters.poll();
        if (s == null) {
            s = new SegmentSorter();
        }
        s.reserve(size);
        return s;
    }

    /** Fills {@code out} with indicator shares f (NaN where the indicator is excluded) and counts reported values. */
    private void shares(Indicator indicator, PointsInput input, Cohorts cohorts, double[] out, int[] reported) {
        double[] column = input.column(indicator.index());
        int[] cohort = input.cohorts();
        int n = input.size();
        Scoring scoring = indicator.scoring();
        boolean higher = indicator.higherIsBetter();
        MissingPolicy policy = indicator.missing();
        double missingShare = policy == MissingPolicy.EXCLUDE_AND_REWEIGHT ? Double.NaN : 0;
        if (!scoring.needsCohort() && policy != MissingPolicy.COHORT_MEDIAN) {
            for (int i = 0; i < n; i++) {
                double v = column[i];
                if (v != v) {
                    out[i] = missingShare;
                } else {
                    reported[cohort[i]]++;
                    out[i] = fixedShare(scoring, higher, v);
                }
            }
            return;
        }
        SegmentSorter s = sorter(cohorts.largest);
        try {
            int[] members = cohorts.members;
            for (int c = 0; c < reported.length; c++) {
                int from = cohorts.start[c];
                int to = cohorts.start[c + 1];
                int count = 0;
                for (int j = from; j < to; j++) {
                    int i = members[j];
                    double v = column[i];
                    if (v == v) {
                        s.keys[count] = SegmentSorter.key(v);
                        s.rows[count++] = i;
                    }
                }
                s.sort(count);
                reported[c] = count;
                long[] keys = s.keys;
                int[] rows = s.rows;
                if (scoring instanceof Scoring.Percentile) {
                    double denominator = count - 1;
                    for (int r0 = 0; r0 < count; ) {
                        int r1 = r0 + 1;
                        while (r1 < count && keys[r1] == keys[r0]) {
                            r1++;
                        }
                        double f = count > 1 ? (higher ? r0 : count - r1) / denominator : 0;
                        for (int j = r0; j < r1; j++) {
                            out[rows[j]] = f;
                        }
                        r0 = r1;
                    }
                } else if (scoring instanceof Scoring.MinMax mm) {
                    double lo = count == 0 || !Double.isNaN(mm.lower()) ? mm.lower() : SegmentSorter.value(keys[0]);
                    double hi =
                            count == 0 || !Double.isNaN(mm.upper()) ? mm.upper() : SegmentSorter.value(keys[count - 1]);
                    for (int j = 0; j < count; j++) {
                        out[rows[j]] = minMax(column[rows[j]], lo, hi, higher);
                    }
                } else {
                    Scoring.Brackets brackets = (Scoring.Brackets) scoring;
                    for (int j = 0; j < count; j++) {
                        out[rows[j]] = brackets.share(column[rows[j]]);
                    }
                }
                if (count < to - from) {
                    double fill = policy != MissingPolicy.COHORT_MEDIAN
                            ? missingShare
                            : count == 0 ? 0 : medianShare(scoring, higher, keys, 0, count);
                    for (int j = from; j < to; j++) {
                        int i = members[j];
                        if (column[i] != column[i]) {
                            out[i] = fill;
                        }
                    }
                }
            }
        } finally {
            sorters.add(s);
        }
    }

    private static double fixedShare(Scoring scoring, boolean higher, double v) {
        if (scoring instanceof Scoring.MinMax mm) {
            return minMax(v, mm.lower(), mm.upper(), higher);
        }
        return ((Scoring.Brackets) scoring).share(v);
    }

    static double minMax(double v, double lo, double hi, boolean higher) {
        if (!(hi > lo)) {
            return 0;
        }
        double f = higher ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
        return f < 0 ? 0 : f > 1 ? 1 : f;
    }

    /** The share of the cohort median, the cohort's sorted keys being {@code keys[a … e − 1]} (e > a). */
    private static double medianShare(Scoring scoring, boolean higher, long[] keys, int a, int e) {
        int count = e - a;
        double median = quantile(keys, a, e, 0.5);
        if (scoring instanceof Scoring.Percentile) {
            if (count == 1) {
                return 0;
            }
            long key = SegmentSorter.key(median);
            int worse = higher ? lowerBound(keys, a, e, key) - a : e - upperBound(keys, a, e, key);
            return worse / (double) (count - 1);
        }
        if (scoring instanceof Scoring.MinMax mm) {
            double lo = Double.isNaN(mm.lower()) ? SegmentSorter.value(keys[a]) : mm.lower();
            double hi = Double.isNaN(mm.upper()) ? SegmentSorter.value(keys[e - 1]) : mm.upper();
            return minMax(median, lo, hi, higher);
        }
        return ((Scoring.Brackets) scoring).share(median);
    }

    /** percentile_cont(q) of sorted keys {@code a … e − 1}: interpolated at position q × (count − 1). */
    static double quantile(long[] keys, int a, int e, double q) {
        double position = q * (e - a - 1);
        int lo = (int) Math.floor(position);
        double fraction = position - lo;
        double x0 = SegmentSorter.value(keys[a + lo]);
        if (fraction == 0) {
            return x0;
        }
        return x0 + (SegmentSorter.value(keys[a + lo + 1]) - x0) * fraction;
    }

    /** percentile_cont(q) of sorted values, as {@link #quantile(long[], int, int, double)}; NaN when empty. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int lo = (int) Math.floor(position);
        double fraction = position - lo;
        return fraction == 0 ? sorted[lo] : sorted[lo] + (sorted[lo + 1] - sorted[lo]) * fraction;
    }

    /** The first position whose key is not below {@code key} (unsigned). */
    static int lowerBound(long[] keys, int a, int e, long key) {
        int lo = a;
        int hi = e;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(keys[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position whose key is above {@code key} (unsigned). */
    static int upperBound(long[] keys, int a, int e, long key) {
        int lo = a;
        int hi = e;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(keys[mid], key) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Turns shares into points, applies re-weighting, and sums groups and totals, block by block. */
    private static final class Combination {
        final double[][] points;
        final double[][] groups;
        final double[] total;
        final double[] baseFactor;
        final double[] bonusFactor;
        private final double[][] weights;
        private final int[] groupOf;
        private final boolean[] bonus;
        private final boolean[] excludable;
        private final PointsInput input;
        private final double scale;
        private final double bonusScale;

        Combination(PointsScheme scheme, PointsInput input, double[][] shares) {
            int m = scheme.indicatorCount();
            int n = input.size();
            this.points = shares;
            this.input = input;
            this.groups = new double[scheme.groups().size()][n];
            this.total = new double[n];
            this.weights = new double[m][];
            this.groupOf = new int[m];
            this.bonus = new boolean[m];
            this.excludable = new boolean[m];
            boolean anyExcludable = false;
            for (int k = 0; k < m; k++) {
                Indicator indicator = scheme.indicator(k);
                weights[k] = indicator.weights();
                groupOf[k] = indicator.group();
                bonus[k] = scheme.groups().get(indicator.group()).bonus();
                excludable[k] = indicator.missing() == MissingPolicy.EXCLUDE_AND_REWEIGHT;
                anyExcludable |= excludable[k];
            }
            this.baseFactor = anyExcludable ? new double[n] : null;
            this.bonusFactor = anyExcludable ? new double[n] : null;
            this.scale = scheme.scale();
            this.bonusScale = scheme.bonus();
        }

        /** Rows {@code from … to − 1}, column by column so that every array is read in sequence. */
        void block(int from, int to) {
            int m = points.length;
            if (baseFactor != null) {
                for (int k = 0; k < m; k++) {
                    if (!excludable[k]) {
                        continue;
                    }
                    double[] shares = points[k];
                    double[] excluded = bonus[k] ? bonusFactor : baseFactor;
                    double[] w = weights[k];
                    for (int i = from; i < to; i++) {
                        if (shares[i] != shares[i]) {
                            excluded[i] += w[input.stageOrdinal(i)];
                        }
                    }
                }
                for (int i = from; i < to; i++) {
                    baseFactor[i] = factor(scale, baseFactor[i]);
                    bonusFactor[i] = factor(bonusScale, bonusFactor[i]);
                }
            }
            for (int k = 0; k < m; k++) {
                double[] column = points[k];
                double[] group = groups[groupOf[k]];
                double[] factor = bonus[k] ? bonusFactor : baseFactor;
                double[] w = weights[k];
                for (int i = from; i < to; i++) {
                    double f = column[i];
                    double p = f != f ? 0 : w[input.stageOrdinal(i)] * f * (factor == null ? 1 : factor[i]);
                    column[i] = p;
                    total[i] += p;
                    group[i] += p;
                }
            }
        }

        private static double factor(double part, double excluded) {
            if (excluded == 0) {
                return 1;
            }
            return part - excluded > 0 ? part / (part - excluded) : 0;
        }
    }

    /** Ranks the cohorts {@code part, part + parts, …} by total. */
    private void rank(
            double[] total, Cohorts cohorts, int part, int parts, double[] percentile, int[] rank, int[] order) {
        SegmentSorter s = sorter(cohorts.largest);
        try {
            for (int c = part; c < cohorts.start.length - 1; c += parts) {
                int from = cohorts.start[c];
                int count = cohorts.start[c + 1] - from;
                for (int j = 0; j < count; j++) {
                    int i = cohorts.members[from + j];
                    s.keys[j] = ~SegmentSorter.key(total[i]);
                    s.rows[j] = i;
                }
                s.sort(count);
                long[] keys = s.keys;
                int[] rows = s.rows;
                double denominator = count - 1;
                for (int r0 = 0; r0 < count; ) {
                    int r1 = r0 + 1;
                    while (r1 < count && keys[r1] == keys[r0]) {
                        r1++;
                    }
                    double p = count > 1 ? (count - r1) / denominator : 0;
                    for (int j = r0; j < r1; j++) {
                        rank[rows[j]] = r0 + 1;
                        percentile[rows[j]] = p;
                    }
                    r0 = r1;
                }
                System.arraycopy(rows, 0, order, from, count);
            }
        } finally {
            sorters.add(s);
        }
    }

    /** Stops the engine's threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
