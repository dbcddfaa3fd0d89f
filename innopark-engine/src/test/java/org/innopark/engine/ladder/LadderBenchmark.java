package org.innopark.engine.ladder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.innopark.engine.demo.DemoPopulation;
import org.innopark.engine.demo.DemoSink;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/**
 * Times assessing enterprise-years against every scheme of the ladder (a benchmark, not a test). Usage
 * ({@code bench/ladder.sh} does this):
 *
 * <pre>
 * ./mvnw -q -B -pl innopark-engine test-compile
 * java -Xmx6g -cp innopark-engine/target/classes:innopark-engine/target/test-classes:$(cat cp.txt) \
 *     org.innopark.engine.ladder.LadderBenchmark [enterprises=200000] [years=5] [runs=3]
 * </pre>
 *
 * Generates the demo population (deterministic seed), builds {@link EnterpriseFacts} with reports, qualifications
 * and platforms, then assesses every enterprise for every year against every scheme in force ({@link
 * LadderAssessment#assessAll}) on a parallel stream. Prints the median of the runs after one warm-up run, the
 * throughput in enterprise-years per second and a markdown table for BENCHMARKS.md.
 */
public final class LadderBenchmark {

    private LadderBenchmark() {}

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        DemoSpec spec = DemoSpec.defaults().withEnterprises(enterprises).withYears(years);

        long t0 = System.nanoTime();
        Collector sink = new Collector();
        new DemoPopulation().generate(spec, sink);
        List<EnterpriseFacts> facts = sink.facts();
        long built = System.nanoTime() - t0;
        int[] yearList =
                IntStream.rangeClosed(spec.firstYear(), spec.lastYear()).toArray();
        long enterpriseYears = (long) facts.size() * yearList.length;
        System.out.printf(
                "%,d enterprises x %d years = %,d enterprise-years generated and built in %.1f s;"
                        + " %d processors, %s%n",
                facts.size(),
                yearList.length,
                enterpriseYears,
                built / 1e9,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        LadderAssessment assessment = new LadderAssessment(SchemeRegistry.official());
        List<String> schemes = assessment.schemes().ids();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        Map<Outcome, Long> outcomes = new LinkedHashMap<>();
        long verdicts = 0;
        for (int r = -1; r < runs; r++) {
            AtomicLong[] counts = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
            long c0 = processCpuNanos();
            long w0 = System.nanoTime();
            facts.parallelStream().forEach(f -> {
                long q = 0;
                long n = 0;
                long u = 0;
                for (int year : yearList) {
                    for (Verdict v : assessment.assessAll(f, year)) {
                        switch (v.outcome()) {
                            case QUALIFIED -> q++;
                            case NOT_QUALIFIED -> n++;
                            case UNDECIDED -> u++;
                        }
                    }
                }
                counts[0].addAndGet(q);
                counts[1].addAndGet(n);
                counts[2].addAndGet(u);
            });
            long w = System.nanoTime() - w0;
            long c = processCpuNanos() - c0;
            if (r < 0) {
                System.out.printf("warm-up: %.2f s%n", w / 1e9);
                continue;
            }
            wall[r] = w;
            cpu[r] = c;
            outcomes.put(Outcome.QUALIFIED, counts[0].get());
            outcomes.put(Outcome.NOT_QUALIFIED, counts[1].get());
            outcomes.put(Outcome.UNDECIDED, counts[2].get());
            verdicts = counts[0].get() + counts[1].get() + counts[2].get();
            System.out.printf("run %d: %.2f s wall, %.2f s CPU%n", r + 1, w / 1e9, c / 1e9);
        }
        long[] sortedWall = wall.clone();
        long[] sortedCpu = cpu.clone();
        Arrays.sort(sortedWall);
        Arrays.sort(sortedCpu);
        double medianWall = sortedWall[runs / 2] / 1e9;
        double medianCpu = sortedCpu[runs / 2] / 1e9;
        System.out.printf("verdicts per run: %,d (%s)%n", verdicts, outcomes);
        System.out.println();
        System.out.println(
                "| enterprise-years | schemes | verdicts | median wall (s) | median CPU (s) | enterprise-years/s"
                        + " | verdicts/s | runs |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf(
                "| %,d | %d | %,d | %.2f | %.2f | %,.0f | %,.0f | %d |%n",
                enterpriseYears,
                schemes.size(),
                verdicts,
                medianWall,
                medianCpu,
                enterpriseYears / medianWall,
                verdicts / medianWall,
                runs);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Builds the facts of every enterprise as the population streams in; platforms are attached at the end. */
    private static final class Collector implements DemoSink {
        private final Map<CreditCode, EnterpriseFacts.Builder> builders = new LinkedHashMap<>();
        private final Map<CreditCode, List<InnovationPlatform>> hosted = new HashMap<>();

        List<EnterpriseFacts> facts() {
            List<EnterpriseFacts> out = new ArrayList<>(builders.size());
            builders.forEach((code, b) ->
                    out.add(b.platforms(hosted.getOrDefault(code, List.of())).build()));
            builders.clear();
            return out;
        }

        @Override
        public void park(Park park) {}

        @Override
        public void subPark(SubPark subPark) {}

        @Override
        public void enterprise(Enterprise enterprise) {
            builders.put(enterprise.creditCode(), EnterpriseFacts.of(enterprise));
        }

        @Override
        public void report(AnnualReport report) {
            builders.get(report.creditCode()).report(report);
        }

        @Override
        public void qualification(Qualification qualification) {
            builders.get(qualification.creditCode()).qualification(qualification);
        }

        @Override
        public void platform(InnovationPlatform platform) {
            if (platform.hostCreditCode() != null) {
                hosted.computeIfAbsent(platform.hostCreditCode(), k -> new ArrayList<>())
                        .add(platform);
            }
        }

        @Override
        public void carrier(Carrier carrier) {}

        @Override
        public void talent(Talent talent) {}

        @Override
        public void project(AttractionProject project) {}

        @Override
        public void contract(TechContract contract) {}
    }
}
