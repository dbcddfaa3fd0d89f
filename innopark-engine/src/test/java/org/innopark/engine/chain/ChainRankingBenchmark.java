package org.innopark.engine.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.demo.CandidatePoolSimulation;
import org.innopark.engine.demo.DemoPopulation;
import org.innopark.engine.demo.DemoSink;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/**
 * The time to rank a national pool for one park and chain (bench/chain.sh): the pool (default 1,000,000 firms) and
 * the demo registry are generated in memory first (not timed); each timed run builds the chain's view of the pool,
 * the park's coverage and relatedness density, scores every firm and explains the top 100. Prints the median and
 * the spread of the runs, beside the time of a full sort of the same scores (the naive way to take a top list).
 *
 * <p>Usage: ChainRankingBenchmark [poolSize=1000000] [park=CZHTZ] [chain=power-battery-nev] [runs=7]
 */
final class ChainRankingBenchmark {

    private ChainRankingBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String park = args.length > 1 ? args[1] : "CZHTZ";
        String chainId = args.length > 2 ? args[2] : "power-battery-nev";
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        ChainLibrary library = ChainLibrary.builtIn();
        IndustryChain chain = library.get(chainId);
        ProductDictionary dictionary = new ProductDictionary(library.chains());
        long t = System.nanoTime();
        CandidatePool.Builder builder = CandidatePool.builder(dictionary);
        new CandidatePoolSimulation(20261202L, LocalDate.of(2026, 11, 30))
                .generate(n, e -> builder.add(CandidatePool.Firm.of(e, dictionary.in(e.text()))));
        CandidatePool pool = builder.build();
        System.out.printf(
                "pool: %,d firms generated in %.1f s (not timed)%n", pool.size(), (System.nanoTime() - t) / 1e9);
        List<ParkPortfolio> parks = registry(chain, dictionary);
        LocalDate day = LocalDate.of(2026, 11, 30);
        double[] ranking = new double[runs];
        double[] sorting = new double[runs];
        List<Target> top = List.of();
        for (int r = -2; r < runs; r++) {
            long start = System.nanoTime();
            PoolChainView view = new PoolChainView(pool, chain);
            ChainAnalysis analysis =
                    ChainAnalysis.of(pool, view, parks, park, day, Set.of(), TargetingRules.defaults());
            TargetRanking ranked = analysis.ranking();
            top = ranked.top(100);
            long ranked100 = System.nanoTime();
            double[] copy =
                    Arrays.stream(ranked.scores()).filter(s -> !Double.isNaN(s)).toArray();
            Arrays.sort(copy);
            long sorted = System.nanoTime();
            if (r >= 0) {
                ranking[r] = (ranked100 - start) / 1e6;
                sorting[r] = (sorted - ranked100) / 1e6;
            }
        }
        Arrays.sort(ranking);
        Arrays.sort(sorting);
        System.out.printf(
                "rank %s × %s over %,d firms, top 100 explained: median %.0f ms (min %.0f, max %.0f) over %d"
                        + " runs%n",
                park, chainId, n, ranking[runs / 2], ranking[0], ranking[runs - 1], runs);
        System.out.printf(
                "  for comparison, a full sort of the same scores alone: median %.0f ms%n", sorting[runs / 2]);
        System.out.println("  #1: " + top.get(0).name() + " — " + top.get(0).explanationZh());
    }

    /** The demo registry (3,000 enterprises) with the analysed chain's nodes of every enterprise. */
    private static List<ParkPortfolio> registry(IndustryChain chain, ProductDictionary dictionary) {
        Map<String, String> cities = new HashMap<>();
        List<Enterprise> enterprises = new ArrayList<>();
        Map<String, EnterpriseBusiness> business = new HashMap<>();
        new DemoPopulation().generate(DemoSpec.defaults(), new DemoSink() {
            public void park(Park p) {
                cities.put(p.code(), p.city());
            }

            public void subPark(SubPark s) {}

            public void enterprise(Enterprise e) {
                enterprises.add(e);
            }

            public void business(EnterpriseBusiness b) {
                business.put(b.creditCode().value(), b);
            }

            public void report(AnnualReport r) {}

            public void qualification(Qualification q) {}

            public void platform(InnovationPlatform p) {}

            public void carrier(Carrier c) {}

            public void talent(Talent t) {}

            public void project(AttractionProject p) {}

            public void contract(TechContract c) {}
        });
        NodeMatcher matcher = new NodeMatcher(chain);
        Map<String, List<ParkFirm>> byPark = new LinkedHashMap<>();
        for (Enterprise e : enterprises) {
            EnterpriseBusiness b = business.get(e.creditCode().value());
            String text = (b.mainProducts() == null ? "" : b.mainProducts()) + "\n"
                    + (b.businessScope() == null ? "" : b.businessScope());
            String industry = e.industry() == null ? null : e.industry().value();
            byPark.computeIfAbsent(e.parkCode(), k -> new ArrayList<>())
                    .add(new ParkFirm(
                            e.creditCode().value(),
                            e.name(),
                            industry,
                            0,
                            0,
                            false,
                            false,
                            false,
                            b.arrivedOn(),
                            b.departedOn(),
                            matcher.match(industry, dictionary.in(text), List.of(), List.of())));
        }
        List<ParkPortfolio> out = new ArrayList<>();
        byPark.forEach((p, firms) -> out.add(new ParkPortfolio(p, Cities.of(cities.get(p)), firms)));
        return out;
    }
}
