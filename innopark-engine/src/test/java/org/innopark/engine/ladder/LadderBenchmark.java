package org.innopark.engine.ladder;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.innopark.engine.demo.DemoSpec;

/**
 * Times assessing enterprise-years against every scheme of the ladder, by both paths (a benchmark, not a test).
 * Usage ({@code bench/ladder.sh} does this):
 *
 * <pre>
 * ./mvnw -q -B -pl innopark-engine test-compile
 * java -Xms4g -Xmx8g -cp innopark-engine/target/classes:innopark-engine/target/test-classes:$(cat cp.txt) \
 *     org.innopark.engine.ladder.LadderBenchmark [enterprises=200000] [years=5] [runs=3] [paths=both|full|outcomes]
 * </pre>
 *
 * Generates the demo population (deterministic seed) and builds {@link EnterpriseFacts} with reports, qualifications
 * and platforms once, untimed. Then, on the same facts, assesses every enterprise for every year against every
 * scheme in force on a parallel stream, by each path in turn:
 *
 * <ul>
 *   <li>full: {@link LadderAssessment#assessAll}, explained verdicts (every condition, the score sheet);
 *   <li>outcomes: {@link LadderAssessment#outcomes}, the outcome-only bulk path (status and score).
 * </ul>
 *
 * Each path has one warm-up run, then {@code runs} timed runs; prints the median wall and process CPU time, the
 * ratio, and a markdown table for BENCHMARKS.md. The two paths' outcome counts and score sums must agree (the run
 * stops otherwise). {@code paths} runs only one of them, e.g. for a profiler.
 */
public final class LadderBenchmark {

    private LadderBenchmark() {}

    /** One path: assesses an enterprise for a year and adds what it found to {@code acc} ({@link #add}). */
    @FunctionalInterface
    private interface Path {
        void assess(EnterpriseFacts facts, int year, long[] acc);
    }

    /** What one run counted: outcomes by kind, and the sum of score minimums and maximums (×1000, rounded). */
    private record Counts(long qualified, long notQualified, long undecided, long scoreChecksum) {
        long verdicts() {
            return qualified + notQualified + undecided;
        }
    }

    private record Timing(String path, double medianWall, double medianCpu, Counts counts) {}

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String paths = args.length > 3 ? args[3] : "both";
        if (!List.of("both", "full", "outcomes").contains(paths)) {
            throw new IllegalArgumentException("paths: both, full or outcomes, not " + paths);
        }
        DemoSpec spec = DemoSpec.defaults().withEnterprises(enterprises).withYears(years);

        long t0 = System.nanoTime();
        List<EnterpriseFacts> facts = DemoFacts.facts(spec);
        long built = System.nanoTime() - t0;
        int[] yearList =
                IntStream.rangeClosed(spec.firstYear(), spec.lastYear()).toArray();
        long enterpriseYears = (long) facts.size() * yearList.length;
        System.out.printf(
                "%,d enterprises x %d years = %,d enterprise-years generated and built in %.1f s (not timed);"
                        + " %d processors, %s%n",
                facts.size(),
                yearList.length,
                enterpriseYears,
                built / 1e9,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        LadderAssessment assessment = new LadderAssessment(SchemeRegistry.official());
        int schemes = assessment.schemes().ids().size();

        Timing full = paths.equals("outcomes")
                ? null
                : time("full verdicts", facts, yearList, runs, (f, year, acc) -> {
                    for (Verdict v : assessment.assessAll(f, year)) {
                        add(acc, v.outcome(), v.score().map(ScoreSheet::total).orElse(null));
                    }
                });
        Timing fast = paths.equals("full")
                ? null
                : time("outcomes only", facts, yearList, runs, (f, year, acc) -> {
                    for (SchemeOutcome o : assessment.outcomes(f, year)) {
                        add(acc, o.outcome(), o.score());
                    }
                });
        if (full == null || fast == null) {
            Timing t = full == null ? fast : full;
            System.out.printf(
                    "%s: %,d verdicts per run, median %.2f s wall, %.2f s CPU%n",
                    t.path(), t.counts().verdicts(), t.medianWall(), t.medianCpu());
            return;
        }
        if (!full.counts().equals(fast.counts())) {
            throw new IllegalStateException("the paths disagree: " + full.counts() + " vs " + fast.counts());
        }
        System.out.printf(
                "both paths: %,d verdicts per run (qualified %,d, not qualified %,d, undecided %,d), same score sums%n",
                full.counts().verdicts(),
                full.counts().qualified(),
                full.counts().notQualified(),
                full.counts().undecided());
        System.out.printf(
                "outcomes only is %.1fx faster (wall), %.1fx less CPU%n",
                full.medianWall() / fast.medianWall(), full.medianCpu() / fast.medianCpu());
        System.out.println();
        System.out.println("| path | enterprise-years | schemes | verdicts | median wall (s) | median CPU (s)"
                + " | enterprise-years/s | verdicts/s | runs |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Timing t : List.of(full, fast)) {
            System.out.printf(
                    "| %s | %,d | %d | %,d | %.2f | %.2f | %,.0f | %,.0f | %d |%n",
                    t.path(),
                    enterpriseYears,
                    schemes,
                    t.counts().verdicts(),
                    t.medianWall(),
                    t.medianCpu(),
                    enterpriseYears / t.medianWall(),
                    t.counts().verdicts() / t.medianWall(),
                    runs);
        }
    }

    private static void add(long[] acc, Outcome outcome, Points score) {
        acc[outcome.ordinal()]++;
        if (score != null) {
            acc[3] += Math.round(score.min() * 1000) + Math.round(score.max() * 1000);
        }
    }

    private static Timing time(String path, List<EnterpriseFacts> facts, int[] yearList, int runs, Path assess) {
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        Counts counts = null;
        for (int r = -1; r < runs; r++) {
            AtomicLong[] sums = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
            long c0 = processCpuNanos();
            long w0 = System.nanoTime();
            facts.parallelStream().forEach(f -> {
                long[] acc = new long[4];
                for (int year : yearList) {
                    assess.assess(f, year, acc);
                }
                for (int i = 0; i < acc.length; i++) {
                    sums[i].addAndGet(acc[i]);
                }
            });
            long w = System.nanoTime() - w0;
            long c = processCpuNanos() - c0;
            if (r < 0) {
                System.out.printf("%s: warm-up %.2f s%n", path, w / 1e9);
                continue;
            }
            wall[r] = w;
            cpu[r] = c;
            counts = new Counts(sums[0].get(), sums[1].get(), sums[2].get(), sums[3].get());
            System.out.printf("%s: run %d: %.2f s wall, %.2f s CPU%n", path, r + 1, w / 1e9, c / 1e9);
        }
        return new Timing(path, median(wall), median(cpu), counts);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
