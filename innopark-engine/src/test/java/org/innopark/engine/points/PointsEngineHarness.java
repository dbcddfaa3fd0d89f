package org.innopark.engine.points;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times the engine on generated data (not a test). Usage:
 *
 * <pre>
 * ./mvnw -q -B -pl innopark-engine test-compile
 * java -Xmx3g -cp innopark-engine/target/classes:innopark-engine/target/test-classes:$(cat cp.txt) \
 *     org.innopark.engine.points.PointsEngineHarness [enterprises=1000000] [cohorts=170] [runs=7] [grouped|shuffled]
 * </pre>
 *
 * Prints the median wall time of several runs for 1 thread and for every processor, after warm-up runs. Rows are
 * grouped by cohort by default (as {@link PointsInput#fromReports} orders them); {@code shuffled} scatters the
 * cohorts over the rows, which costs cache misses.
 */
public final class PointsEngineHarness {

    private PointsEngineHarness() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int cohorts = args.length > 1 ? Integer.parseInt(args[1]) : 170;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        boolean grouped = args.length <= 3 || !args[3].equals("shuffled");
        PointsScheme scheme = PointsSchemeLoader.builtIn(PointsSchemeLoader.DEFAULT_ID);
        PointsInput input = generate(scheme, n, cohorts, grouped, 42);
        System.out.printf(
                "scheme %s, %,d enterprises x %d indicators, %d cohorts (%s), %d processors%n",
                scheme.id(),
                n,
                scheme.indicatorCount(),
                cohorts,
                grouped ? "rows grouped by cohort" : "rows shuffled",
                Runtime.getRuntime().availableProcessors());
        int processors = Runtime.getRuntime().availableProcessors();
        for (int threads : processors == 1 ? new int[] {1} : new int[] {1, processors}) {
            try (PointsEngine engine = new PointsEngine(threads)) {
                for (int w = 0; w < 3; w++) {
                    engine.score(scheme, input);
                }
                long[] times = new long[runs];
                long[] cpu = new long[runs];
                double check = 0;
                for (int r = 0; r < runs; r++) {
                    long c0 = processCpuNanos();
                    long t0 = System.nanoTime();
                    PointsResult result = engine.score(scheme, input);
                    times[r] = System.nanoTime() - t0;
                    cpu[r] = processCpuNanos() - c0;
                    check += result.total(n / 2);
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                System.out.printf(
                        "threads %d: median %.1f ms wall (min %.1f, max %.1f), median %.1f ms CPU, over %d"
                                + " runs [check %.6f]%n",
                        threads,
                        times[runs / 2] / 1e6,
                        times[0] / 1e6,
                        times[runs - 1] / 1e6,
                        cpu[runs / 2] / 1e6,
                        runs,
                        check / runs);
            }
        }
    }

    /** CPU time of the whole process (all threads), to read wall times on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Generated enterprises: money amounts log-normal, counts small and mostly zero (many ties), ratios in [0, 1],
     * growth rates around 10%, about 8% of values missing, stages and cohorts uniform.
     */
    static PointsInput generate(PointsScheme scheme, int n, int cohorts, boolean grouped, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int m = scheme.indicatorCount();
        double[][] values = new double[m][n];
        for (int k = 0; k < m; k++) {
            Formula f = scheme.indicator(k).formula();
            double[] column = values[k];
            for (int i = 0; i < n; i++) {
                if (random.nextInt(100) < 8) {
                    column[i] = Double.NaN;
                } else if (f instanceof Formula.Ratio) {
                    column[i] = random.nextDouble();
                } else if (f instanceof Formula.Growth) {
                    column[i] = Math.round((random.nextGaussian() * 0.3 + 0.1) * 1e4) / 1e4;
                } else if (f.fields().get(0).isMoney()) {
                    column[i] = Math.round(Math.exp(random.nextGaussian() * 2 + 15) * 100) / 100.0;
                } else {
                    column[i] = random.nextInt(10) < 6 ? 0 : random.nextInt(1 + random.nextInt(50));
                }
            }
        }
        int[] cohort = new int[n];
        byte[] stage = new byte[n];
        for (int i = 0; i < n; i++) {
            cohort[i] = grouped ? (int) ((long) i * cohorts / n) : random.nextInt(cohorts);
            stage[i] = (byte) random.nextInt(3);
        }
        return PointsInput.of(values, cohort, cohorts, stage);
    }
}
