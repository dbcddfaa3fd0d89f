package org.innopark.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DedupEvaluationTests {

    @Test
    void theGeneratorMakesBothKindsOfPairsReproducibly() {
        List<DedupEvaluation.Pair> pairs = DedupEvaluation.pairs(200, 7);
        assertThat(pairs).hasSize(400);
        assertThat(pairs.stream().filter(DedupEvaluation.Pair::same)).hasSize(200);
        assertThat(DedupEvaluation.pairs(200, 7)).isEqualTo(pairs);
    }

    @Test
    void theScoreCountsHitsAndMisses() {
        List<DedupEvaluation.Pair> pairs = List.of(
                new DedupEvaluation.Pair("a", "a", true),
                new DedupEvaluation.Pair("a", "b", true),
                new DedupEvaluation.Pair("c", "c", false));
        DedupEvaluation.Score s = DedupEvaluation.score("exact", pairs, String::equals);
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(0.5);
    }

    @Test
    void theNormalisedKeyBeatsExactTextOnRecall() {
        var scores = DedupEvaluation.evaluate(DedupEvaluation.pairs(500, 11), 0.8);
        assertThat(scores.get(2).recall()).isGreaterThan(scores.get(0).recall() + 0.3);
        assertThat(scores.get(2).precision()).isGreaterThan(0.9);
    }
}
