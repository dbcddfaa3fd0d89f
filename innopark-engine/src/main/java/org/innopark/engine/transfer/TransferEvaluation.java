package org.innopark.engine.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * 匹配质量评测: NDCG@10 (graded relevance as gain, log2 discount), Recall@10 (of every judged item, grade ≥ 1) and MRR
 * (reciprocal rank of the first judged item within the ranking returned) per object type, averaged over the demands
 * that have at least one judged item of the type. Items not judged count as grade 0.
 */
public final class TransferEvaluation {

    public static final int CUTOFF = 10;

    /** Graded judgments: demand id → object type → object id → grade (1–3). */
    public static final class Qrels {
        private final Map<String, Map<ObjectType, Map<String, Integer>>> grades = new HashMap<>();

        public void add(String demand, ObjectType type, String object, int grade) {
            grades.computeIfAbsent(demand, d -> new EnumMap<>(ObjectType.class))
                    .computeIfAbsent(type, t -> new HashMap<>())
                    .put(object, grade);
        }

        public Map<String, Integer> of(String demand, ObjectType type) {
            return grades.getOrDefault(demand, Map.of()).getOrDefault(type, Map.of());
        }

        public int size() {
            return grades.values().stream()
                    .flatMap(m -> m.values().stream())
                    .mapToInt(Map::size)
                    .sum();
        }
    }

    /** The mean figures of one method on one object type. */
    public record Scores(int demands, double ndcg, double recall, double mrr) {}

    private TransferEvaluation() {}

    /**
     * @param ranking the object ids ranked for a demand and type, best first
     */
    public static Scores score(
            List<TechDemand> demands,
            Qrels qrels,
            ObjectType type,
            BiFunction<TechDemand, ObjectType, List<String>> ranking) {
        List<double[]> per = new ArrayList<>();
        for (TechDemand d : demands) {
            Map<String, Integer> judged = qrels.of(d.id(), type);
            if (judged.isEmpty()) {
                continue;
            }
            per.add(figures(ranking.apply(d, type), judged));
        }
        if (per.isEmpty()) {
            return new Scores(0, 0, 0, 0);
        }
        double[] sum = new double[3];
        per.forEach(f -> {
            for (int i = 0; i < 3; i++) {
                sum[i] += f[i];
            }
        });
        int n = per.size();
        return new Scores(n, sum[0] / n, sum[1] / n, sum[2] / n);
    }

    /** NDCG@10, Recall@10 and reciprocal rank of one ranking. */
    static double[] figures(List<String> ranked, Map<String, Integer> judged) {
        double dcg = 0;
        int found = 0;
        double rr = 0;
        for (int i = 0; i < ranked.size(); i++) {
            int g = judged.getOrDefault(ranked.get(i), 0);
            if (g > 0 && rr == 0) {
                rr = 1.0 / (i + 1);
            }
            if (i < CUTOFF) {
                dcg += g / log2(i + 2);
                found += g > 0 ? 1 : 0;
            }
        }
        List<Integer> ideal = new ArrayList<>(judged.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(CUTOFF, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return new double[] {idcg == 0 ? 0 : dcg / idcg, (double) found / judged.size(), rr};
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
