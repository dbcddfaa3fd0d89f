package org.innopark.engine.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;

/**
 * Speed of patent tagging and of a landscape (bench/patent.sh). Generates N synthetic patents ({@link
 * SyntheticPatents}, not timed), tags them all with the compiled {@link PatentTagger} (median of runs) and once with
 * the rules applied one by one ({@link NaiveTagger}) on the first 100,000; then builds a {@link PatentPool} of the N tagged patents (filing
 * years 2005–2026, 3,000 applicants in 8 parks and 20,000 outside) and times {@link PatentLandscape#compute} for one
 * chain and park (median of runs) beside a landscape computed the obvious way (per node, a pass over the patent
 * objects with maps). Usage: PatentBenchmark [patents=1000000] [runs=5].
 */
public final class PatentBenchmark {

    private PatentBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ChainLibrary chains = ChainLibrary.builtIn();
        TaggingRules rules = TaggingRules.builtIn(chains);
        PatentTagger tagger = new PatentTagger(rules);
        NaiveTagger naive = new NaiveTagger(rules);
        SyntheticPatents gen = new SyntheticPatents(42L);
        List<SyntheticPatents.Text> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(gen.next());
        }
        System.out.printf(
                Locale.ROOT,
                "%,d patents generated; %d rules%n",
                n,
                rules.rules().size());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] times = new long[runs];
        long[] cpuTimes = new long[runs];
        List<List<PatentTag>> tagged = null;
        for (int r = 0; r < runs; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<List<PatentTag>> out = new ArrayList<>(n);
            for (SyntheticPatents.Text t : texts) {
                out.add(tagger.tag(t.title(), t.abstractText(), t.ipc()));
            }
            times[r] = System.nanoTime() - t0;
            cpuTimes[r] = cpu.getCurrentThreadCpuTime() - c0;
            tagged = out;
        }
        long tagsTotal = tagged.stream().mapToLong(List::size).sum();
        report("tagging, compiled (prefix tree + automaton)", times, n);
        report("  the same, CPU time of the thread", cpuTimes, n);
        int naiveN = Math.min(n, 100_000);
        long t0 = System.nanoTime();
        long naiveTags = 0;
        for (SyntheticPatents.Text t : texts.subList(0, naiveN)) {
            naiveTags += naive.tag(t.title(), t.abstractText(), t.ipc()).size();
        }
        long naiveTime = System.nanoTime() - t0;
        long compiledTags =
                tagged.subList(0, naiveN).stream().mapToLong(List::size).sum();
        System.out.printf(
                Locale.ROOT,
                "tagging, naive (contains/startsWith per rule), one run over the first %,d: %.2f s, %,.0f patents/s"
                        + " (%.1f s for %,d at that rate; %d tags, compiled %d on the same patents)%n",
                naiveN,
                naiveTime / 1e9,
                naiveN / (naiveTime / 1e9),
                naiveTime / 1e9 * n / naiveN,
                n,
                naiveTags,
                compiledTags);
        System.out.printf(Locale.ROOT, "tags in all (compiled): %,d%n", tagsTotal);

        SplittableRandom random = new SplittableRandom(9L);
        String[] parks = {"CCHTZ", "P02", "P03", "P04", "P05", "P06", "P07", "P08"};
        PatentPool pool = new PatentPool();
        List<Object[]> objects = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SyntheticPatents.Text t = texts.get(i);
            int year = 2005 + random.nextInt(22);
            boolean inPark = random.nextInt(10) < 3;
            String park = inPark ? parks[random.nextInt(parks.length)] : null;
            String applicant = inPark ? "园区企业" + random.nextInt(3000) : "外地企业" + random.nextInt(20000);
            List<String> keys = tagged.get(i).stream()
                    .map(x -> x.chainId() + "/" + x.nodeId())
                    .toList();
            LocalDate filed = LocalDate.of(year, 1 + random.nextInt(12), 1);
            LocalDate grant = random.nextInt(2) == 0 && year < 2024 ? filed.plusYears(2) : null;
            pool.add(filed, grant, applicant, park, t.ipc().get(0), keys);
            objects.add(new Object[] {filed, grant, applicant, park, t.ipc().get(0), keys});
        }
        IndustryChain chain = chains.get("power-battery-nev");
        LocalDate cutoff = LocalDate.of(2026, 12, 1);
        Map<String, Integer> firms = Map.of("cathode", 12, "battery-cell", 30, "charging", 4, "lithium-salts", 2);
        long[] land = new long[runs];
        long[] landCpu = new long[runs];
        PatentLandscape.Landscape last = null;
        for (int r = 0; r < runs; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            last = PatentLandscape.compute(pool, chain, "CCHTZ", cutoff, firms, PatentLandscape.Options.DEFAULT);
            land[r] = System.nanoTime() - s;
            landCpu[r] = cpu.getCurrentThreadCpuTime() - c0;
        }
        report("landscape, one chain and park, columnar pool", land, n);
        report("  the same, CPU time of the thread", landCpu, n);
        long s = System.nanoTime();
        int naiveNodes = naiveLandscape(objects, chain, "CCHTZ");
        long naiveLand = System.nanoTime() - s;
        System.out.printf(
                Locale.ROOT,
                "landscape, naive (a pass over the objects per node), one run: %.3f s (%d nodes; columnar: %d"
                        + " filings on the chain, %d local)%n",
                naiveLand / 1e9,
                naiveNodes,
                last.filings(),
                last.localFilings());
    }

    private static int naiveLandscape(List<Object[]> patents, IndustryChain chain, String park) {
        int nodes = 0;
        for (ChainNode node : chain.nodes()) {
            List<String> keys = new ArrayList<>();
            keys.add(chain.id() + "/" + node.id());
            for (ChainNode d : chain.nodes()) {
                ChainNode c = d;
                while (c.parent() != null) {
                    if (c.parent().equals(node.id())) {
                        keys.add(chain.id() + "/" + d.id());
                        break;
                    }
                    c = chain.node(c.parent()).orElseThrow();
                }
            }
            Map<Integer, Integer> byYear = new TreeMap<>();
            Map<String, Integer> applicants = new HashMap<>();
            Map<String, Integer> groups = new HashMap<>();
            int local = 0;
            for (Object[] p : patents) {
                @SuppressWarnings("unchecked")
                List<String> tags = (List<String>) p[5];
                if (tags.stream().noneMatch(keys::contains)) {
                    continue;
                }
                byYear.merge(((LocalDate) p[0]).getYear(), 1, Integer::sum);
                applicants.merge((String) p[2], 1, Integer::sum);
                groups.merge(((IpcSymbol) p[4]).mainGroupSymbol().toString(), 1, Integer::sum);
                local += park.equals(p[3]) ? 1 : 0;
            }
            nodes += byYear.isEmpty() && local < 0 ? 0 : 1;
            applicants.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(5)
                    .count();
        }
        return nodes;
    }

    private static void report(String what, long[] nanos, int n) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: median %.3f s over %d runs (min %.3f, max %.3f), %,.0f patents/s%n",
                what,
                median,
                nanos.length,
                sorted[0] / 1e9,
                sorted[sorted.length - 1] / 1e9,
                n / median);
    }
}
