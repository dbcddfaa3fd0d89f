package org.innopark.engine.chain;

import java.util.Arrays;

/**
 * Recall@K, NDCG@K (binary relevance, log2 discount) and AUC (Mann–Whitney, ties counted half) of a ranking of
 * candidates against the set that turned out positive.
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    /** The candidates' order by score, best first, ties by the key (ascending). */
    static int[] order(double[] scores, String[] keys) {
        Integer[] idx = new Integer[scores.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : keys[a].compareTo(keys[b]);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    public static double recallAt(int[] order, boolean[] positive, int k) {
        int total = 0;
        for (boolean p : positive) {
            total += p ? 1 : 0;
        }
        if (total == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int r = 0; r < Math.min(k, order.length); r++) {
            hits += positive[order[r]] ? 1 : 0;
        }
        return (double) hits / total;
    }

    public static double ndcgAt(int[] order, boolean[] positive, int k) {
        int total = 0;
        for (boolean p : positive) {
            total += p ? 1 : 0;
        }
        if (total == 0) {
            return Double.NaN;
        }
        double dcg = 0;
        for (int r = 0; r < Math.min(k, order.length); r++) {
            if (positive[order[r]]) {
                dcg += 1 / (Math.log(r + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, total); r++) {
            ideal += 1 / (Math.log(r + 2) / Math.log(2));
        }
        return dcg / ideal;
    }

    /** The probability that a random positive scores above a random negative (ties count half). */
    public static double auc(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[idx[j + 1]] == scores[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[idx[t]]) {
                    rankSumPositive += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
