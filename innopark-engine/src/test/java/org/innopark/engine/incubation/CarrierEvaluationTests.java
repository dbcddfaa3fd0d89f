package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.incubation.IncubationFixtures.RULES;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierEvaluationTests {

    private final CarrierEvaluation evaluation = new CarrierEvaluation(RULES);

    // Shares 30.2 / 48.3 / 20.5 / 1.0 % of 100 carriers: A up to rank 30, B to 78 (30.2 + 48.3 = 78.5 → 78 or 79 by
    // rounding half up: Math.round(78.5) = 79), C to 99 (99.0), D rank 100.
    @ParameterizedTest
    @CsvSource({"1, A", "30, A", "31, B", "79, B", "80, C", "99, C", "100, D"})
    void gradesByRankShare(int rank, String grade) {
        assertThat(evaluation.gradeOfRank(rank, 100)).isEqualTo(grade);
    }

    @Test
    void theFrameworkHasTheThreeDimensionsAndUnconfirmedWeights() {
        assertThat(evaluation.framework().root().children())
                .extracting(n -> n.nameZh())
                .containsExactly("服务能力", "孵化绩效", "可持续发展");
        assertThat(evaluation.framework().confirmed()).isFalse();
    }

    @Test
    void aCarrierBetterOnEveryFigureRanksFirst() {
        Map<String, Double> good = new HashMap<>();
        Map<String, Double> poor = new HashMap<>();
        for (String key : evaluation.keys().values()) {
            good.put(key, 0.9);
            poor.put(key, 0.1);
        }
        Map<String, Double> middle = new HashMap<>(good);
        middle.replaceAll((k, v) -> 0.5);
        List<CarrierEvaluation.Graded> g = evaluation.grade(
                2025,
                List.of(
                        new CarrierEvaluation.Input("c", "丙", poor),
                        new CarrierEvaluation.Input("a", "甲", good),
                        new CarrierEvaluation.Input("b", "乙", middle)));
        assertThat(g).extracting(CarrierEvaluation.Graded::id).containsExactly("a", "b", "c");
        // min–max: the best scores 100 on every indicator, the worst 0, the middle 50.
        assertThat(g.get(0).score()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(g.get(1).score()).isEqualTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(g.get(0).grade()).isEqualTo("A");
    }
}
