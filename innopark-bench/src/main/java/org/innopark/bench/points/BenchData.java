package org.innopark.bench.points;

import java.util.SplittableRandom;
import org.innopark.engine.points.Formula;
import org.innopark.engine.points.PointsInput;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.Stage;

/**
 * Generated enterprises for the benchmark, seeded: rows grouped by cohort (as {@link PointsInput#fromReports} orders
 * them), cohort sizes log-normal like real parks (a few large, many small), stages uniform. Per indicator: money
 * amounts log-normal rounded to the fen, counts small and mostly zero (many ties), ratios in [0, 1), growth rates
 * around 10% to four decimals; {@code missingPercent} of the values missing (NaN).
 */
final class BenchData {

    private BenchData() {}

    static PointsInput generate(PointsScheme scheme, int n, int cohorts, int missingPercent, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] cohort = cohortColumn(n, cohorts, random);
        byte[] stage = new byte[n];
        int stages = Stage.values().length;
        for (int i = 0; i < n; i++) {
            stage[i] = (byte) random.nextInt(stages);
        }
        int m = scheme.indicatorCount();
        double[][] values = new double[m][n];
        for (int k = 0; k < m; k++) {
            Formula f = scheme.indicator(k).formula();
            boolean ratio = f instanceof Formula.Ratio;
            boolean growth = f instanceof Formula.Growth;
            boolean money = f.fields().get(0).isMoney();
            double[] column = values[k];
            for (int i = 0; i < n; i++) {
                if (random.nextInt(100) < missingPercent) {
                    column[i] = Double.NaN;
                } else if (ratio) {
                    column[i] = random.nextDouble();
                } else if (growth) {
                    column[i] = Math.round((random.nextGaussian() * 0.3 + 0.1) * 1e4) / 1e4;
                } else if (money) {
                    column[i] = Math.round(Math.exp(random.nextGaussian() * 2 + 15) * 100) / 100.0;
                } else {
                    column[i] = random.nextInt(10) < 6 ? 0 : random.nextInt(1 + random.nextInt(50));
                }
            }
        }
        return PointsInput.of(values, cohort, cohorts, stage);
    }

    /** Cohort ids 0, 0, …, 1, 1, …: sizes proportional to log-normal draws, every cohort at least one row. */
    private static int[] cohortColumn(int n, int cohorts, SplittableRandom random) {
        if (n < cohorts) {
            throw new IllegalArgumentException("fewer enterprises (" + n + ") than cohorts (" + cohorts + ")");
        }
        double[] weight = new double[cohorts];
        double sum = 0;
        for (int c = 0; c < cohorts; c++) {
            weight[c] = Math.exp(random.nextGaussian());
            sum += weight[c];
        }
        int[] size = new int[cohorts];
        int assigned = 0;
        for (int c = 0; c < cohorts; c++) {
            size[c] = 1 + (int) Math.floor((n - cohorts) * weight[c] / sum);
            assigned += size[c];
        }
        size[0] += n - assigned;
        int[] cohort = new int[n];
        int i = 0;
        for (int c = 0; c < cohorts; c++) {
            for (int j = 0; j < size[c]; j++) {
                cohort[i++] = c;
            }
        }
        return cohort;
    }
}
