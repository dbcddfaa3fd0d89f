package org.innopark.engine.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PointsEngineTests {

    /** One percentile indicator, weight 100, so the total is 100 × PERCENT_RANK. */
    private static final PointsScheme ONE = PointsSchemeLoader.parse("one.yaml", new StringReader("""
            id: one
            version: "1"
            name: {zh: 单指标, en: One}
            effective: {from: 2024-01-01}
            scale: 100
            stages: {default: GROWTH}
            groups:
              - id: g
                name: {zh: 组, en: G}
                indicators:
                  - id: x
                    name: {zh: 甲, en: X}
                    formula: {field: rdExpense}
                    weights: 100
            """));

    private static PointsInput oneCohort(double... values) {
        return PointsInput.of(new double[][] {values}, new int[values.length], 1, new byte[values.length]);
    }

    @Test
    void ranksTiesByCompetitionRankingAndListsThemByRow() {
        PointsResult r = new PointsEngine(1).score(ONE, oneCohort(5, 9, 7, 9, 1));
        assertThat(r.ranks()).containsExactly(4, 1, 3, 1, 5);
        // PERCENT_RANK ascending: 1 → 0, 5 → 1/4, 7 → 2/4, 9 and 9 → 3/4
        assertThat(r.totals()).containsExactly(25, 75, 50, 75, 0);
        assertThat(r.ranking(0)).containsExactly(1, 3, 2, 0, 4);
        PointsResult tied = new PointsEngine(1).score(ONE, oneCohort(3, 3, 1, 3));
        assertThat(tied.ranks()).containsExactly(1, 1, 4, 1);
    }

    @Test
    void scoresACohortOfOneAndACohortWhereEverybodyTiesAsZero() {
        PointsResult r = new PointsEngine(1)
                .score(ONE, PointsInput.of(new double[][] {{42, 1, 1}}, new int[] {0, 1, 1}, 2, new byte[3]));
        assertThat(r.totals()).containsExactly(0, 0, 0);
        assertThat(r.ranks()).containsExactly(1, 1, 1);
        assertThat(r.percentiles()).containsExactly(0, 0, 0);
    }

    @Test
    void treatsNegativeZeroAsZero() {
        PointsResult r = new PointsEngine(1).score(ONE, oneCohort(-0.0, 0.0, 1));
        assertThat(r.rank(0)).isEqualTo(r.rank(1));
    }

    @Test
    void isBitForBitTheSameWithOneOrManyThreads() {
        PointsScheme scheme = PointsSchemeLoader.builtIn("innopark-points-2022");
        PointsInput input = PointsEngineHarness.generate(scheme, 60_000, 37, false, 11);
        PointsResult one = new PointsEngine(1).score(scheme, input);
        for (int threads : new int[] {2, 3, 8}) {
            try (PointsEngine engine = new PointsEngine(threads)) {
                PointsResult many = engine.score(scheme, input);
                assertThat(many.totals()).isEqualTo(one.totals());
                assertThat(many.ranks()).isEqualTo(one.ranks());
                assertThat(many.percentiles()).isEqualTo(one.percentiles());
                for (int k = 0; k < scheme.indicatorCount(); k++) {
                    assertThat(many.pointsColumn(k)).isEqualTo(one.pointsColumn(k));
                }
                for (int c = 0; c < input.cohortCount(); c++) {
                    assertThat(many.ranking(c)).isEqualTo(one.ranking(c));
                }
            }
        }
    }

    @Test
    void agreesWithABruteForceDefinitionOnRandomCohortsInBothDirections() {
        PointsScheme scheme = PointsSchemeLoader.parse("two.yaml", new StringReader("""
                id: two
                version: "1"
                name: {zh: 双指标, en: Two}
                effective: {from: 2024-01-01}
                scale: 100
                stages: {default: GROWTH}
                groups:
                  - id: g
                    name: {zh: 组, en: G}
                    indicators:
                      - {id: up, name: {zh: 正, en: Up}, formula: {field: rdExpense}, weights: 60}
                      - {id: down, name: {zh: 逆, en: Down}, formula: {field: rdExpense}, direction: negative,
                         weights: 40}
                """));
        SplittableRandom random = new SplittableRandom(3);
        int n = 3_000;
        int cohorts = 13;
        double[][] values = new double[2][n];
        int[] cohort = new int[n];
        for (int i = 0; i < n; i++) {
            cohort[i] = random.nextInt(cohorts);
            values[0][i] =
                    random.nextInt(10) == 0 ? Double.NaN : random.nextInt(40) - 20 + (random.nextBoolean() ? 0.5 : 0);
            values[1][i] = random.nextInt(10) == 0 ? Double.NaN : random.nextGaussian() * 1e7;
        }
        PointsResult r = new PointsEngine(2).score(scheme, PointsInput.of(values, cohort, cohorts, new byte[n]));
        for (int i = 0; i < n; i++) {
            double expected = 0;
            for (int k = 0; k < 2; k++) {
                double v = values[k][i];
                if (Double.isNaN(v)) {
                    continue;
                }
                int count = 0;
                int worse = 0;
                for (int j = 0; j < n; j++) {
                    double w = values[k][j];
                    if (cohort[j] == cohort[i] && !Double.isNaN(w)) {
                        count++;
                        worse += (k == 0 ? w < v : w > v) ? 1 : 0;
                    }
                }
                expected += (k == 0 ? 60 : 40) * (count > 1 ? worse / (double) (count - 1) : 0);
            }
            assertThat(r.total(i)).isCloseTo(expected, within(1e-9));
            int higher = 0;
            for (int j = 0; j < n; j++) {
                if (cohort[j] == cohort[i] && r.total(j) > r.total(i)) {
                    higher++;
                }
            }
            assertThat(r.rank(i)).isEqualTo(higher + 1);
        }
    }

    @Test
    void scoresTheShippedSchemesEndToEnd() {
        for (String id : PointsSchemeLoader.BUILT_IN) {
            PointsScheme scheme = PointsSchemeLoader.builtIn(id);
            PointsResult r = new PointsEngine(2).score(scheme, PointsEngineHarness.generate(scheme, 5_000, 4, true, 5));
            assertThat(Arrays.stream(r.totals()).max().orElseThrow())
                    .isLessThanOrEqualTo(scheme.maximum() + 1e-9)
                    .isGreaterThan(0);
            assertThat(Arrays.stream(r.totals()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void rejectsAnInputThatDoesNotFitTheScheme() {
        assertThatThrownBy(() ->
                        new PointsEngine(1).score(ONE, PointsInput.of(new double[2][3], new int[3], 1, new byte[3])))
                .hasMessageContaining("2 value columns");
        assertThatThrownBy(() -> PointsInput.of(new double[1][2], new int[] {0, 5}, 2, new byte[2]))
                .hasMessageContaining("cohort id 5");
    }
}
