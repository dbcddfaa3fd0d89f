package org.innopark.engine.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsRankingTests {

    private static final PointsScheme SCHEME = PointsSchemeLoader.parse("r.yaml", new StringReader("""
            id: r
            version: "1"
            name: {zh: 排名, en: Ranking}
            effective: {from: 2024-01-01}
            scale: 100
            stages: {default: GROWTH}
            groups:
              - id: g
                name: {zh: 组一, en: G1}
                indicators:
                  - {id: a, name: {zh: 甲, en: A}, formula: {field: rdExpense}, weights: 80}
              - id: h
                name: {zh: 组二, en: G2}
                indicators:
                  - {id: b, name: {zh: 乙, en: B}, formula: {field: exports}, weights: 20,
                     scoring: {method: minmax, lower: 0, upper: 10}}
            """));

    private static PointsResult score(String[] keys, double[] a, double[] b) {
        PointsInput input = PointsInput.of(new double[][] {a, b}, new int[keys.length], 1, new byte[keys.length])
                .withKeys(keys);
        return new PointsEngine(1).score(SCHEME, input);
    }

    @Test
    void listsTheTopNWithEveryoneTiedAtTheCutOff() {
        PointsResult r = score(
                new String[] {"A", "B", "C", "D", "E"}, new double[] {1, 4, 3, 3, 0}, new double[] {0, 0, 0, 0, 0});
        assertThat(PointsRanking.ranking(r, 0))
                .extracting(PointsRanking.Entry::key)
                .containsExactly("B", "C", "D", "A", "E");
        assertThat(PointsRanking.top(r, 0, 2))
                .extracting(PointsRanking.Entry::key)
                .containsExactly("B", "C", "D");
        assertThat(PointsRanking.top(r, 0, 2))
                .extracting(PointsRanking.Entry::rank)
                .containsExactly(1, 2, 2);
        assertThat(PointsRanking.top(r, 0, 1)).hasSize(1);
    }

    @Test
    void reportsMoversUpAndDownNewcomersAndDropOuts() {
        PointsResult last = score(new String[] {"A", "B", "C", "X"}, new double[] {4, 3, 2, 1}, new double[4]);
        PointsResult now = score(new String[] {"A", "B", "C", "N"}, new double[] {1, 3, 4, 2}, new double[4]);
        List<PointsRanking.Move> moves = PointsRanking.movers(last, 0, now, 0);
        assertThat(moves).extracting(PointsRanking.Move::key).containsExactly("C", "B", "A", "N", "X");
        assertThat(moves.get(0).change()).isEqualTo(2);
        assertThat(moves.get(2).change()).isEqualTo(-3);
        assertThat(moves.get(3).isNew()).isTrue();
        assertThat(moves.get(4).isDropped()).isTrue();
        assertThat(moves.get(4).previousRank()).isEqualTo(4);
    }

    @Test
    void describesTheDistributionOfTotalsAndGroups() {
        PointsResult r = score(
                new String[] {"A", "B", "C", "D", "E"}, new double[] {0, 1, 2, 3, 4}, new double[] {0, 2.5, 5, 7.5, 10
                });
        List<PointsRanking.Distribution> d = PointsRanking.distribution(r, 0);
        assertThat(d).hasSize(3);
        assertThat(d.get(0).group()).isNull();
        assertThat(d.get(0).median()).isEqualTo(50); // C: 80 × 2/4 + 20 × 0.5
        assertThat(d.get(1).max()).isEqualTo(80);
        assertThat(d.get(2).p25()).isEqualTo(5);
        assertThat(d.get(2).mean()).isEqualTo(10);
        assertThat(PointsRanking.histogram(r, 0, 4)).containsExactly(1, 1, 1, 2);
    }
}
