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
        ParkPortfolio own = parks.stream()
                .filter(p -> p.parkCode().equals(park))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown park " + park));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (ParkPortfolio p : parks) {
            counts.put(p.parkCode(), p.industryCounts(day));
        }
        Relatedness relatedness = Relatedness.of(pool, counts);
        Map<String, Integer> reference = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            reference.merge(pool.industry(i), 1, Integer::sum);
        }
        counts.values().forEach(m -> m.forEach((k, v) -> reference.merge(k, v, Integer::sum)));
        double[] density = relatedness.density(counts.get(park), reference);
        List<ParkFirm> present = own.on(day);
        List<ParkFirm> onChain =
                present.stream().filter(f -> !f.nodes().isEmpty()).toList();
        ChainCoverage coverage =
                ChainCoverage.of(view.chain(), onChain, present.size(), pool.firmsByNode(view), pool.size(), rules);
        Set<String> inPark = new HashSet<>();
        present.forEach(f -> inPark.add(f.creditCode()));
        TargetContext ctx = new TargetContext(park, own.city(), day, coverage, density, inPark, badList, rules);
        return new ChainAnalysis(pool, view, coverage, ctx, reference);
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
