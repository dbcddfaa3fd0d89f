package org.innopark.engine.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden dataset: expected points computed by expected_points.py (NumPy, independent of the engine) for every
 * scoring function, every missing-data policy, every stage, ties and a cohort of one.
 */
class PointsEngineGoldenTests {

    private static final double EPS = 1e-9;

    private final PointsScheme scheme = GoldenData.scheme();
    private final PointsInput input = GoldenData.input(scheme);
    private final List<String[]> expected = GoldenData.csv("expected_points.csv");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void matchesTheIndependentScriptForEveryEnterprise(int threads) {
        PointsResult result;
        try (PointsEngine engine = new PointsEngine(threads)) {
            result = engine.score(scheme, input);
        }
        String[] header = expected.get(0);
        int m = scheme.indicatorCount();
        int groups = scheme.groups().size();
        for (int row = 1; row < expected.size(); row++) {
            String[] e = expected.get(row);
            int i = input.indexOf(e[0]);
            String who = e[0];
            assertThat(result.total(i)).as(who + " total").isCloseTo(Double.parseDouble(e[1]), within(EPS));
            assertThat(result.rank(i)).as(who + " rank").isEqualTo(Integer.parseInt(e[2]));
            assertThat(result.percentile(i)).as(who + " percentile").isCloseTo(Double.parseDouble(e[3]), within(EPS));
            for (int k = 0; k < m; k++) {
                assertThat(header[4 + k])
                        .isEqualTo("points_" + scheme.indicator(k).id());
                assertThat(result.points(i, k))
                        .as(who + " " + header[4 + k])
                        .isCloseTo(Double.parseDouble(e[4 + k]), within(EPS));
                MissingPolicy applied = result.missingPolicyApplied(i, k);
                assertThat(applied == null ? "-" : applied.name())
                        .as(who + " " + header[4 + m + groups + k])
                        .isEqualTo(e[4 + m + groups + k]);
            }
            for (int g = 0; g < groups; g++) {
                assertThat(result.groupPoints(i, g))
                        .as(who + " " + header[4 + m + g])
                        .isCloseTo(Double.parseDouble(e[4 + m + g]), within(EPS));
            }
        }
    }

    @Test
    void theDatasetCoversEveryStagePolicyScoringFunctionTiesAndACohortOfOne() {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (int i = 0; i < input.size(); i++) {
            stages.add(input.stage(i));
        }
        assertThat(stages).containsExactlyInAnyOrder(Stage.values());
        Set<String> applied = new HashSet<>();
        for (String[] e : expected.subList(1, expected.size())) {
            applied.addAll(List.of(e).subList(e.length - scheme.indicatorCount(), e.length));
        }
        assertThat(applied).contains("ZERO", "COHORT_MEDIAN", "EXCLUDE_AND_REWEIGHT", "-");
        assertThat(scheme.indicators())
                .extracting(i -> i.scoring().getClass().getSimpleName())
                .contains("Percentile", "MinMax", "Brackets");
        PointsResult result = new PointsEngine(1).score(scheme, input);
        assertThat(result.rank(input.indexOf("E003"))).isEqualTo(result.rank(input.indexOf("E099")));
        int single = -1;
        for (int c = 0; c < input.cohortCount(); c++) {
            if (result.cohortSize(c) == 1) {
                single = c;
            }
        }
        assertThat(single).isNotNegative();
        int lone = result.rankedRow(single, 0);
        assertThat(result.rank(lone)).isEqualTo(1);
        assertThat(result.percentile(lone)).isZero();
    }
}
