package org.innopark.engine.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PointsExplanationTests {

    private static final PointsScheme SCHEME = PointsSchemeLoader.parse("x.yaml", new StringReader("""
            id: x
            version: "1"
            name: {zh: 解释, en: Explain}
            effective: {from: 2024-01-01}
            scale: 100
            stages: {default: GROWTH}
            groups:
              - id: g
                name: {zh: 组, en: G}
                indicators:
                  - {id: a, name: {zh: 甲, en: A}, formula: {field: rdExpense}, weights: 60}
                  - {id: b, name: {zh: 乙, en: B}, formula: {field: exports}, weights: 30}
                  - {id: c, name: {zh: 丙, en: C}, formula: {field: exports}, weights: 10,
                     missing: COHORT_MEDIAN}
            """));

    /** Eleven enterprises: a = 0…10, b = 10 − a (the reverse), c missing for the last one. */
    private static PointsResult result() {
        int n = 11;
        double[][] values = new double[3][n];
        for (int i = 0; i < n; i++) {
            values[0][i] = i;
            values[1][i] = 10 - i;
            values[2][i] = i == 3 ? Double.NaN : i;
        }
        PointsInput input = PointsInput.of(values, new int[n], 1, new byte[n]);
        return new PointsEngine(1).score(SCHEME, input);
    }

    @Test
    void givesEachIndicatorsValueAgainstTheCohort() {
        PointsResult r = result();
        PointsExplanation e = PointsExplanation.of(r, 3);
        PointsExplanation.IndicatorDetail a = e.indicators().get(0);
        assertThat(a.value()).isEqualTo(3);
        assertThat(a.percentile()).isCloseTo(0.3, within(1e-12));
        assertThat(a.points()).isCloseTo(18, within(1e-12));
        assertThat(a.cohortMedian()).isEqualTo(5);
        assertThat(a.topDecile()).isEqualTo(9);
        assertThat(a.maxPoints()).isEqualTo(60);
        PointsExplanation.IndicatorDetail c = e.indicators().get(2);
        assertThat(c.policyApplied()).isEqualTo(MissingPolicy.COHORT_MEDIAN);
        assertThat(c.cohortMedian()).isEqualTo(5.5); // 0,1,2,4,…,10 without the missing 3
        assertThat(c.points()).isCloseTo(10 * 5 / 9.0, within(1e-12)); // 0, 1, 2, 4, 5 below 5.5; n − 1 = 9
        assertThat(e.total()).isEqualTo(r.total(3));
        assertThat(e.earners()).extracting(d -> d.indicator().id()).containsExactly("b", "a", "c");
        double sum = e.indicators().stream()
                .mapToDouble(PointsExplanation.IndicatorDetail::points)
                .sum();
        assertThat(sum).isCloseTo(e.total(), within(1e-9));
    }

    @Test
    void ranksImprovementsByTheRankTheyWin() {
        PointsResult r = result();
        PointsExplanation e = PointsExplanation.of(r, 3);
        assertThat(e.improvements()).isNotEmpty();
        PointsExplanation.Improvement best = e.improvements().get(0);
        // Row 3 is 8th of 11 (total 18 + 21 + 6.67); a is worth 60: beating the 4 at P40 gives 4/10 × 60 = 24 (+6)
        assertThat(best.indicator().id()).isEqualTo("a");
        assertThat(best.target()).isEqualTo("P40");
        assertThat(best.targetValue()).isEqualTo(4);
        assertThat(best.beyond()).isTrue();
        assertThat(best.pointsGain()).isCloseTo(6, within(1e-9));
        assertThat(best.newRank()).isLessThan(r.rank(3));
        assertThat(best.rankGain()).isEqualTo(r.rank(3) - best.newRank());
        for (int j = 1; j < e.improvements().size(); j++) {
            assertThat(e.improvements().get(j).rankGain())
                    .isLessThanOrEqualTo(e.improvements().get(j - 1).rankGain());
        }
        PointsExplanation top = PointsExplanation.of(r, 10);
        assertThat(top.improvements()).noneMatch(i -> i.indicator().id().equals("a"));
    }
}
