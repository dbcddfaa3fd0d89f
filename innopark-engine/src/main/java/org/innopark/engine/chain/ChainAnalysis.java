package org.innopark.engine.chain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A park and a chain on a day, over the pool: the park's coverage at that day and the target ranking, as the live
 * pages use it (day = today) and as the back-test uses it (day = T0).
 */
public final class ChainAnalysis {

    private final CandidatePool pool;
    private final PoolChainView view;
    private final ChainCoverage coverage;
    private final TargetContext context;
    private final Map<String, Integer> reference;

    private ChainAnalysis(
            CandidatePool pool,
            PoolChainView view,
            ChainCoverage coverage,
            TargetContext context,
            Map<String, Integer> reference) {
        this.pool = pool;
        this.view = view;
        this.coverage = coverage;
        this.context = context;
        this.reference = reference;
    }

    /**
     * @param parks every park's portfolio (the relatedness is measured over the pool's cities and all parks)
     * @param park the park analysed
     * @param badList credit codes on the credit register's bad lists
     */
    public static ChainAnalysis of(
            CandidatePool pool,
            PoolChainView view,
            List<ParkPortfolio> parks,
            String park,
            LocalDate day,
            Set<String> badList,
            TargetingRules rules) {
        Plan plan = plan(PoolSummary.of(pool, view), view.chain(), parks, park, day, badList, rules);
        return new ChainAnalysis(pool, view, plan.coverage, plan.context(pool), plan.reference);
    }

    /**
     * A park's analysis against the pool's counts alone ({@link PoolSummary}), before any firm is scored: its coverage
     * and the relatedness density of every industry of the pool. Any part of the pool is then ranked with
     * {@link #rank}: a firm's score depends only on the firm and the plan, so the parts' rankings put together are
     * the ranking of the whole pool.
     */
    public static final class Plan {
        private final IndustryChain chain;
        private final ChainCoverage coverage;
        private final Map<String, Double> density;
        private final Map<String, Integer> reference;
        private final String park;
        private final CandidatePool.City city;
        private final LocalDate day;
        private final Set<String> inPark;
        private final Set<String> badList;
        private final TargetingRules rules;

        private Plan(
                IndustryChain chain,
                ChainCoverage coverage,
                Map<String, Double> density,
                Map<String, Integer> reference,
                ParkPortfolio own,
                LocalDate day,
                Set<String> inPark,
                Set<String> badList,
                TargetingRules rules) {
            this.chain = chain;
            this.coverage = coverage;
            this.density = density;
            this.reference = reference;
            this.park = own.parkCode();
            this.city = own.city();
            this.day = day;
            this.inPark = inPark;
            this.badList = badList;
            this.rules = rules;
        }

        public ChainCoverage coverage() {
            return coverage;
        }

        /** The context of a ranking of (a part of) the pool: the density laid out by that pool's industries. */
        public TargetContext context(CandidatePool pool) {
            double[] d = new double[pool.industries.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = density.getOrDefault(pool.industries.get(i), 0.0);
            }
            return new TargetContext(park, city, day, coverage, d, inPark, badList, rules);
        }

        /** Scores every firm of (a part of) the pool. */
        public TargetRanking rank(CandidatePool pool) {
            return TargetRanking.rank(pool, new PoolChainView(pool, chain), context(pool));
        }
    }

    /**
     * The plan of a park's ranking along a chain on a day, from the pool's counts.
     *
     * @param parks every park's portfolio (the relatedness is measured over the pool's cities and all parks)
     * @param park the park analysed
     * @param badList credit codes on the credit register's bad lists
     */
    public static Plan plan(
            PoolSummary pool,
            IndustryChain chain,
            List<ParkPortfolio> parks,
            String park,
            LocalDate day,
            Set<String> badList,
            TargetingRules rules) {
        ParkPortfolio own = parks.stream()
                .filter(p -> p.parkCode().equals(park))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown park " + park));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (ParkPortfolio p : parks) {
            counts.put(p.parkCode(), p.industryCounts(day));
        }
        Relatedness relatedness = Relatedness.of(pool, counts);
        Map<String, Integer> reference = new HashMap<>(pool.byIndustry());
        counts.values().forEach(m -> m.forEach((k, v) -> reference.merge(k, v, Integer::sum)));
        double[] values = relatedness.density(counts.get(park), reference);
        Map<String, Double> density = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            density.put(relatedness.industries().get(i), values[i]);
        }
        List<ParkFirm> present = own.on(day);
        List<ParkFirm> onChain =
                present.stream().filter(f -> !f.nodes().isEmpty()).toList();
        ChainCoverage coverage =
                ChainCoverage.of(chain, onChain, present.size(), pool.byNode(), Math.toIntExact(pool.size()), rules);
        Set<String> inPark = new HashSet<>();
        present.forEach(f -> inPark.add(f.creditCode()));
        return new Plan(chain, coverage, density, reference, own, day, inPark, badList, rules);
    }

    public ChainCoverage coverage() {
        return coverage;
    }

    public TargetContext context() {
        return context;
    }

    public TargetRanking ranking() {
        return TargetRanking.rank(pool, view, context);
    }

    private double[] industryLq(Map<String, Integer> own, int parkTotal) {
        double refTotal =
                reference.values().stream().mapToDouble(Integer::doubleValue).sum();
        double[] lq = new double[pool.industries.size()];
        for (int i = 0; i < lq.length; i++) {
            String code = pool.industries.get(i);
            double c = own.getOrDefault(code, 0);
            double ref = reference.getOrDefault(code, 0);
            lq[i] = parkTotal == 0 || ref == 0 ? 0 : (c / parkTotal) / (ref / refTotal);
        }
        return lq;
    }

    /** The park's location quotient in each pool industry (by index), from its portfolio on the day. */
    double[] industryLocationQuotients(ParkPortfolio own, LocalDate day) {
        return industryLq(own.industryCounts(day), own.on(day).size());
    }
}
