package org.innopark.engine.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values computed by hand. */
class RankingMetricsTests {

    // scores of 5 candidates; positives are b and d
    private final double[] scores = {0.9, 0.8, 0.7, 0.6, 0.1};
    private final boolean[] positive = {false, true, false, true, false};
    private final String[] keys = {"a", "b", "c", "d", "e"};

    @Test
    void recallAtKCountsThePositivesInTheTopK() {
        int[] order = RankingMetrics.order(scores, keys);
        assertThat(RankingMetrics.recallAt(order, positive, 1)).isEqualTo(0.0);
        assertThat(RankingMetrics.recallAt(order, positive, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(order, positive, 4)).isEqualTo(1.0);
    }

    @Test
    void ndcgDiscountsByLogOfTheRank() {
        int[] order = RankingMetrics.order(scores, keys);
        // DCG@4 = 1/log2(3) + 1/log2(5) = 0.63093 + 0.43068; IDCG@4 = 1 + 0.63093
        assertThat(RankingMetrics.ndcgAt(order, positive, 4)).isCloseTo((0.63093 + 0.43068) / 1.63093, within(1e-4));
    }

    @Test
    void aucIsTheShareOfPositiveNegativePairsInOrderWithTiesHalf() {
        // pairs (pos, neg): b > c, b > e, b < a; d > e, d < a, d < c → 3 of 6
        assertThat(RankingMetrics.auc(scores, positive)).isEqualTo(0.5);
        double[] tied = {0.5, 0.5, 0.1, 0.9, 0.1};
        // b ties a (½), b > c, b > e; d > a, c, e → (2.5 + 3) / 6
        assertThat(RankingMetrics.auc(tied, positive)).isCloseTo(5.5 / 6, within(1e-12));
    }

    @Test
    void noPositiveGivesNaNNotZero() {
        boolean[] none = new boolean[5];
        assertThat(RankingMetrics.recallAt(RankingMetrics.order(scores, keys), none, 2))
                .isNaN();
        assertThat(RankingMetrics.auc(scores, none)).isNaN();
    }
}
