package org.innopark.engine.index;

import java.util.Arrays;
import java.util.List;
import org.innopark.engine.index.PipelineSettings.Aggregation;
import org.innopark.engine.index.PipelineSettings.Imputation;
import org.innopark.engine.index.PipelineSettings.NonPositivePolicy;
import org.innopark.engine.index.PipelineSettings.Normalisation;

/**
 * Benchmark harness (not a test): times the index pipeline for 200 parks × 60 indicators × 10 years and a Monte Carlo
 * uncertainty analysis of 10,000 replications of it, and prints a markdown table of medians. Run after
 * {@code ./mvnw -q -pl innopark-engine test-compile} with
 * {@code java -cp innopark-engine/target/classes:innopark-engine/target/test-classes:$(cat innopark-engine/target/cp.txt)
 * org.innopark.engine.index.IndexBenchmark [parks indicatorsPerPillar years replications]}.
 */
public final class IndexBenchmark {

    private IndexBenchmark() {}

    public static void main(String[] args) {
        int parks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int perPillar = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int replications = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int processors = Runtime.getRuntime().availableProcessors();

        PipelineSettings settings = PipelineSettings.defaults()
                .withImputation(Imputation.GROUP_MEAN)
                .withOutliers(OutlierSettings.COINR)
                .withWeighting(PipelineSettings.Weighting.EXPERT)
                .withNonPositive(NonPositivePolicy.EPSILON, 0.01);
        Framework framework = SyntheticIndex.framework(5, perPillar, settings);
        IndexData data = SyntheticIndex.data(framework, parks, years, 0.05, 2024);
        String size = parks + " parks × " + framework.indicators().size() + " indicators × " + years + " years";

        double pipeline = median(9, 3, () -> IndexCalculation.calculate(framework, data));
        double pipelineCpu = lastCpu;
        UncertaintySpec spec = UncertaintySpec.of(replications, 1)
                .withImputations(
                        List.of(Imputation.GROUP_MEAN, Imputation.GROUP_MEDIAN, Imputation.LAST_VALUE_CARRIED_FORWARD))
                .withNormalisations(List.of(Normalisation.MIN_MAX, Normalisation.RANK, Normalisation.Z_SCORE))
                .withAggregations(List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC));
        double mcAll = median(3, 1, () -> RankUncertainty.run(framework, data, spec.withThreads(processors)));
        double mcAllCpu = lastCpu;
        double mcOne = median(3, 1, () -> RankUncertainty.run(framework, data, spec.withThreads(1)));
        double mcOneCpu = lastCpu;
        UncertaintySpec weightsOnly = UncertaintySpec.of(replications, 1).withThreads(processors);
        double mcWeights = median(3, 1, () -> RankUncertainty.run(framework, data, weightsOnly));
        double mcWeightsCpu = lastCpu;

        System.out.printf(
                "Java %s, %d processors, max heap %d MB%n%n",
                System.getProperty("java.version"),
                processors,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| Run | Size | Threads | Median wall (s) | Median CPU (s) |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(
                "| Pipeline (group-mean imputation, COINr winsorisation, min–max, expert weights, arithmetic)"
                        + " | %s | 1 | %.3f | %.3f |%n",
                size, pipeline, pipelineCpu);
        System.out.printf(
                "| Monte Carlo, %,d replications: weights ±25%%, 3 imputations × 3 normalisations × 2 "
                        + "aggregations | %s | %d | %.3f | %.3f |%n",
                replications, size, processors, mcAll, mcAllCpu);
        System.out.printf("| Same, one thread | %s | 1 | %.3f | %.3f |%n", size, mcOne, mcOneCpu);
        System.out.printf(
                "| Monte Carlo, %,d replications: weights ±25%% only | %s | %d | %.3f | %.3f |%n",
                replications, size, processors, mcWeights, mcWeightsCpu);
        System.out.printf(
                "%nParallel speed-up of the Monte Carlo run: %.2f×; load average at the end: %.2f%n",
                mcOne / mcAll,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static double median(int runs, int warmUps, Runnable task) {
        for (int i = 0; i < warmUps; i++) {
            task.run();
        }
        double[] t = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (cpuNanos() - cpuStart) / 1e9;
        }
        Arrays.sort(t);
        Arrays.sort(cpu);
        lastCpu = cpu[runs / 2];
        return t[runs / 2];
    }

    /** Median process CPU time of the last {@link #median} call, in seconds (all threads together). */
    private static double lastCpu;

    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }
}
