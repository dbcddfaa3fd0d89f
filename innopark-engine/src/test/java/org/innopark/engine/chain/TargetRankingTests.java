package org.innopark.engine.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scores computed by hand from the contributions' definitions in {@link TargetRanking}. */
class TargetRankingTests {

    static final LocalDate DAY = LocalDate.of(2025, 12, 31);
    private final IndustryChain chain = ChainTestData.chain();
    private final ProductDictionary dictionary = new ProductDictionary(List.of(chain));

    private static CandidatePool.Firm firm(
            String code,
            String industry,
            String city,
            double revenue,
            boolean giant,
            boolean bad,
            String text,
            List<CandidatePool.Signal> signals,
            String movedTo,
            LocalDate movedOn) {
        return new CandidatePool.Firm(
                code,
                "候选" + code,
                industry,
                Cities.of(city),
                revenue,
                0.25,
                false,
                false,
                giant,
                bad,
                text == null ? List.of() : new ProductDictionary(List.of(ChainTestData.chain())).in(text),
                signals,
                movedTo,
                movedOn);
    }

    private CandidatePool pool() {
        List<CandidatePool.Signal> three = List.of(
                new CandidatePool.Signal(ExpansionSignal.BRANCH, DAY.minusDays(10)),
                new CandidatePool.Signal(ExpansionSignal.BRANCH, DAY.minusMonths(6)),
                new CandidatePool.Signal(ExpansionSignal.BRANCH, DAY.minusMonths(11)),
                new CandidatePool.Signal(ExpansionSignal.FINANCING, DAY.minusMonths(13)), // outside the window
                new CandidatePool.Signal(ExpansionSignal.HIRING, DAY.plusDays(1))); // after the day
        return CandidatePool.builder(dictionary)
                .add(firm("A", "3985", "长春", 1e7, false, false, null, three, null, null))
                .add(firm("B", "3841", "北京", 1e9, true, false, "储能系统", List.of(), null, null))
                .add(firm("C", "7010", "长春", 1e7, false, false, null, List.of(), null, null))
                .add(firm("D", "3985", "长春", 1e7, false, true, null, List.of(), null, null))
                .add(firm("E", "3985", "长春", 1e7, false, false, null, List.of(), null, null))
                .add(firm("F", "3985", "长春", 1e7, false, false, null, List.of(), "P", DAY.minusDays(1)))
                .add(firm("G", "3985", "长春", 1e7, false, false, null, List.of(), "P", DAY.plusDays(1)))
                .build();
    }

    private TargetRanking rank(CandidatePool pool) {
        List<ParkFirm> park = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            park.add(ChainCoverageTests.firm("C" + i, "cell", i == 0 ? 6e8 : 1e7));
        }
        ChainCoverage coverage = ChainCoverage.of(
                chain, park, 10, Map.of("cell", 100, "material", 100, "storage", 100), 1000, ChainCoverageTests.RULES);
        double[] density = new double[pool.industries.size()];
        density[pool.industries.indexOf("3985")] = 0.5;
        density[pool.industries.indexOf("3841")] = 0.25;
        TargetContext ctx = new TargetContext(
                "P", Cities.of("长春"), DAY, coverage, density, Set.of("E"), Set.of(), ChainCoverageTests.RULES);
        return TargetRanking.rank(pool, new PoolChainView(pool, chain), ctx);
    }

    @Test
    void scoresASumOfContributionsByTheirWeights() {
        TargetRanking r = rank(pool());
        double[] s = r.scores();
        // A: relatedness 2×0.5 + gap 1×1 (延链: no park firm on 正极材料) + adjacency 1 + expansion 3×(1−e^−1)
        //    + size 1×(0.7×0.5 + 0.3×0.5) + distance 2×1 (same city)
        assertThat(s[0]).isCloseTo(1.0 + 1.0 + 1.0 + 3 * (1 - Math.exp(-1)) + 0.5 + 2.0, within(1e-9));
        // B: 2×0.25 + gap 1×1 (延链: storage) + adjacency 1 (customer of 链主's cell) + 0 + qualification 0.5×1
        //    + size 1×(0.7×min(1, log10(1e5)/6) + 0.3×0.5) + distance 2×exp(−km/800)
        double km = TargetRanking.km(Cities.of("北京"), Cities.of("长春"));
        assertThat(km).isBetween(850.0, 900.0);
        double b = 0.5 + 1 + 1 + 0.5 + (0.7 * 5 / 6.0 + 0.15) + 2 * Math.exp(-km / 800);
        assertThat(s[1]).isCloseTo(b, within(1e-9));
        assertThat(r.ranked()).isEqualTo(3);
    }

    @Test
    void leavesOutFirmsOffTheChainOnABadListInTheParkOrMovedInByTheDay() {
        double[] s = rank(pool()).scores();
        assertThat(s[2]).as("off the chain").isNaN();
        assertThat(s[3]).as("bad list").isNaN();
        assertThat(s[4]).as("in the park's registry").isNaN();
        assertThat(s[5]).as("moved in the day before").isNaN();
        assertThat(s[6]).as("moves in the day after: still a target").isNotNaN();
    }

    @Test
    void explainsEveryContributionInChinese() {
        List<Target> top = rank(pool()).top(2);
        assertThat(top).extracting(Target::creditCode).containsExactly("A", "G");
        Target a = top.get(0);
        assertThat(a.nodes()).containsExactly("正极材料");
        assertThat(a.explanationZh())
                .isEqualTo("与园区同城；近12个月新设分支3家；与本区产业关联密度0.50；可延链“正极材料”；为链主企业C0的上游供应商；营收1000万元，增长25%");
        assertThat(a.contributions().stream().mapToDouble(Contribution::points).sum())
                .isCloseTo(a.score(), within(1e-9));
    }

    @Test
    void aTargetsRevenueIsTheYuanItWasGivenNotTheRankingsSinglePrecisionCopy() {
        CandidatePool pool = CandidatePool.builder(dictionary)
                .add(firm("R", "3985", "长春", 127_868_496.09, false, false, null, List.of(), null, null))
                .build();
        // 12786.84961 万元 in single precision would come back as 127868496.09375 yuan
        assertThat(pool.revenueYuan(0)).isEqualTo(127_868_496.09);
    }

    @Test
    void theTopIsTheHighestScoresWhateverTheOrder() {
        double[] scores = {0.1, Double.NaN, 0.9, 0.5, 0.9, 0.3};
        String[] keys = {"f", "e", "d", "c", "b", "a"};
        assertThat(TargetRanking.topIndices(scores, 3, keys)).containsExactly(4, 2, 3);
        assertThat(TargetRanking.topIndices(scores, 10, keys)).containsExactly(4, 2, 3, 5, 0);
    }
}
