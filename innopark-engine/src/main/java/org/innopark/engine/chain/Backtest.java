package org.innopark.engine.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The back-test of target recommendation: freeze the registry and the pool at T0 (the park's enterprises present at
 * T0, signals up to T0), hide the arrivals in (T0, T1], rank the pool's chain firms not yet in the park, and measure
 * how high the firms that did arrive were ranked — against the baselines random, national size (popularity),
 * same-industry location quotient and relatedness density alone, on the same candidates.
 *
 * <p>An arrival is a pool firm whose move into the park is dated in (T0, T1] (the demo's moves, or a pool import's
 * 迁入 dates), or a registry enterprise of the park with an 入驻日期 in (T0, T1] whose credit code is in the pool.
 */
public final class Backtest {

    /** The methods compared, the recommender first. */
    public static final List<String> METHODS =
            List.of("recommender", "random", "popularity", "industry-lq", "relatedness");

    public static final Map<String, String> METHOD_ZH = Map.of(
            "recommender", "本推荐(贡献加总)",
            "random", "随机",
            "popularity", "全国规模(营收)",
            "industry-lq", "同行业区位熵",
            "relatedness", "仅产业关联密度");

    static final int[] KS = {50, 100, 200};
    private static final int RANDOM_REPEATS = 20;

    /** One method's figures. */
    public record MethodResult(String method, Map<Integer, Double> recall, Map<Integer, Double> ndcg, double auc) {}

    /** The result of one park, chain and window. */
    public record Result(
            String park,
            String chain,
            LocalDate t0,
            LocalDate t1,
            int candidates,
            int arrivals,
            List<MethodResult> methods) {

        public MethodResult method(String name) {
            return methods.stream()
                    .filter(m -> m.method().equals(name))
                    .findFirst()
                    .orElseThrow();
        }

        /** The best baseline's Recall@k (the recommender excluded). */
        public double bestBaselineRecall(int k) {
            return methods.stream()
                    .filter(m -> !m.method().equals("recommender"))
                    .mapToDouble(m -> m.recall().get(k))
                    .max()
                    .orElse(Double.NaN);
        }
    }

    private Backtest() {}

    /**
     * @param registryArrivals credit codes of the park's registry enterprises with an 入驻日期 in (T0, T1]
     */
    public static Result run(
            CandidatePool pool,
            PoolChainView view,
            List<ParkPortfolio> parks,
            String park,
            LocalDate t0,
            LocalDate t1,
            Set<String> badList,
            Set<String> registryArrivals,
            TargetingRules rules) {
        if (!t1.isAfter(t0)) {
            throw new IllegalArgumentException("T1 必须晚于 T0 / T1 must be after T0: " + t0 + " .. " + t1);
        }
        ChainAnalysis analysis = ChainAnalysis.of(pool, view, parks, park, t0, badList, rules);
        double[] recommender = analysis.ranking().scores();
        ParkPortfolio own = parks.stream()
                .filter(p -> p.parkCode().equals(park))
                .findFirst()
                .orElseThrow();
        double[] lq = analysis.industryLocationQuotients(own, t0);
        double[] density = analysis.context().density();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!Double.isNaN(recommender[i])) {
                candidates.add(i);
            }
        }
        int n = candidates.size();
        boolean[] positive = new boolean[n];
        String[] keys = new String[n];
        long from = t0.toEpochDay();
        long to = t1.toEpochDay();
        int parkIndex = pool.parks.indexOf(park);
        int arrivals = 0;
        for (int c = 0; c < n; c++) {
            int i = candidates.get(c);
            keys[c] = pool.codes[i];
            boolean moved = parkIndex >= 0
                    && pool.movedPark[i] == parkIndex
                    && pool.movedDay[i] > from
                    && pool.movedDay[i] <= to;
            positive[c] = moved || registryArrivals.contains(pool.codes[i]);
            arrivals += positive[c] ? 1 : 0;
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        scores.put("recommender", pick(candidates, i -> recommender[i]));
        scores.put("popularity", pick(candidates, i -> pool.revenue[i]));
        scores.put("industry-lq", pick(candidates, i -> lq[pool.industry[i]]));
        scores.put("relatedness", pick(candidates, i -> density[pool.industry[i]]));
        List<MethodResult> results = new ArrayList<>();
        for (String method : METHODS) {
            if (method.equals("random")) {
                results.add(random(n, positive, keys, t0.toEpochDay() * 31 + park.hashCode()));
            } else {
                results.add(measure(method, scores.get(method), positive, keys));
            }
        }
        return new Result(park, view.chain().id(), t0, t1, n, arrivals, results);
    }

    private interface Score {
        double of(int poolIndex);
    }

    private static double[] pick(List<Integer> candidates, Score score) {
        double[] out = new double[candidates.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = score.of(candidates.get(c));
        }
        return out;
    }

    private static MethodResult measure(String method, double[] scores, boolean[] positive, String[] keys) {
        int[] order = RankingMetrics.order(scores, keys);
        Map<Integer, Double> recall = new LinkedHashMap<>();
        Map<Integer, Double> ndcg = new LinkedHashMap<>();
        for (int k : KS) {
            recall.put(k, RankingMetrics.recallAt(order, positive, k));
            ndcg.put(k, RankingMetrics.ndcgAt(order, positive, k));
        }
        return new MethodResult(method, recall, ndcg, RankingMetrics.auc(scores, positive));
    }

    /** The random baseline: the mean over repeated seeded shuffles. */
    private static MethodResult random(int n, boolean[] positive, String[] keys, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<Integer, Double> recall = new LinkedHashMap<>();
        Map<Integer, Double> ndcg = new LinkedHashMap<>();
        double auc = 0;
        for (int k : KS) {
            recall.put(k, 0.0);
            ndcg.put(k, 0.0);
        }
        for (int r = 0; r < RANDOM_REPEATS; r++) {
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = rnd.nextDouble();
            }
            MethodResult one = measure("random", s, positive, keys);
            for (int k : KS) {
                recall.merge(k, one.recall().get(k) / RANDOM_REPEATS, Double::sum);
                ndcg.merge(k, one.ndcg().get(k) / RANDOM_REPEATS, Double::sum);
            }
            auc += one.auc() / RANDOM_REPEATS;
        }
        return new MethodResult("random", recall, ndcg, auc);
    }
}
