package org.innopark.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.innopark.engine.index.PipelineSettings.Aggregation;
import org.innopark.engine.index.PipelineSettings.Imputation;
import org.innopark.engine.index.PipelineSettings.Normalisation;
import org.innopark.engine.index.UncertaintySpec.WeightNoise;
import org.junit.jupiter.api.Test;

class RankUncertaintyTests {

    private static final PipelineSettings SETTINGS = PipelineSettings.defaults()
            .withWeighting(PipelineSettings.Weighting.EXPERT)
            .withImputation(Imputation.GROUP_MEAN);
    private static final Framework FRAMEWORK = SyntheticIndex.framework(4, 5, SETTINGS);
    private static final IndexData DATA = SyntheticIndex.data(FRAMEWORK, 30, 3, 0.05, 7);

    private static UncertaintySpec full(int threads) {
        return UncertaintySpec.of(400, 42)
                .withThreads(threads)
                .withNormalisations(List.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE, Normalisation.RANK))
                .withImputations(List.of(Imputation.GROUP_MEAN, Imputation.GROUP_MEDIAN));
    }

    @Test
    void givesTheSameResultForTheSameSeedWhateverTheNumberOfThreads() {
        UncertaintyResult one = RankUncertainty.run(FRAMEWORK, DATA, full(1));
        UncertaintyResult three = RankUncertainty.run(FRAMEWORK, DATA, full(3));
        for (IndexData.Unit u : DATA.units()) {
            assertThat(three.medianRank(u.id(), 2017)).isEqualTo(one.medianRank(u.id(), 2017));
            assertThat(three.rankInterval(u.id(), 2016)).containsExactly(one.rankInterval(u.id(), 2016));
            assertThat(three.sensitivity(u.id(), 2017)).isEqualTo(one.sensitivity(u.id(), 2017));
        }
        assertThat(one.inputs())
                .containsExactly("imputation", "normalisation", "weight:P1", "weight:P2", "weight:P3", "weight:P4");
        UncertaintyResult otherSeed = RankUncertainty.run(
                FRAMEWORK,
                DATA,
                new UncertaintySpec(
                        400,
                        43,
                        1,
                        WeightNoise.UNIFORM,
                        0.25,
                        full(1).imputations(),
                        full(1).normalisations(),
                        List.of()));
        assertThat(DATA.units().stream().anyMatch(u -> otherSeed.meanRank(u.id(), 2017) != one.meanRank(u.id(), 2017)))
                .isTrue();
    }

    @Test
    void slicesOfReplicationsSummedInAnyOrderGiveTheWholeRun() {
        UncertaintyResult whole = RankUncertainty.run(FRAMEWORK, DATA, full(1));
        RankUncertainty.Plan plan = RankUncertainty.plan(FRAMEWORK, DATA, full(1));
        // uneven slices, summed last-first, as executors of a cluster would return them
        RankUncertainty.Accumulator total = plan.empty()
                .add(plan.simulate(333, 400))
                .add(plan.simulate(7, 333))
                .add(plan.simulate(0, 7))
                .add(plan.simulate(5, 5));
        UncertaintyResult sliced = plan.result(total);
        for (IndexData.Unit u : DATA.units()) {
            assertThat(sliced.meanRank(u.id(), 2017)).isEqualTo(whole.meanRank(u.id(), 2017));
            assertThat(sliced.rankInterval(u.id(), 2016)).containsExactly(whole.rankInterval(u.id(), 2016));
            assertThat(sliced.sensitivity(u.id(), 2017)).isEqualTo(whole.sensitivity(u.id(), 2017));
        }
        // a slice short of the whole is not the whole
        UncertaintyResult partial = plan.result(plan.empty().add(plan.simulate(0, 399)));
        assertThat(DATA.units().stream().anyMatch(u -> partial.meanRank(u.id(), 2017) != whole.meanRank(u.id(), 2017)))
                .isTrue();
        assertThatThrownBy(() -> plan.simulate(10, 401)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reproducesTheNominalRanksWhenNothingVaries() {
        UncertaintySpec none = UncertaintySpec.of(50, 1).withWeights(WeightNoise.NONE, 0);
        // with imputation the data are complete; without it, missing values take the renormalising path
        for (Imputation imputation : List.of(Imputation.GROUP_MEAN, Imputation.NONE)) {
            UncertaintyResult r =
                    RankUncertainty.run(FRAMEWORK.withSettings(SETTINGS.withImputation(imputation)), DATA, none);
            assertThat(r.inputs()).isEmpty();
            for (IndexData.Unit u : DATA.units()) {
                int nominal = r.nominalRank(u.id(), 2017);
                assertThat(r.medianRank(u.id(), 2017)).isEqualTo(nominal);
                assertThat(r.rankInterval(u.id(), 2017)).containsExactly(nominal, nominal);
                assertThat(r.rankVariance(u.id(), 2017)).isZero();
            }
        }
    }

    @Test
    void ranksGeometricAndHarmonicAlternativesAsTheNominalPipelineDoes() {
        for (Aggregation a : List.of(Aggregation.GEOMETRIC, Aggregation.HARMONIC)) {
            Framework f = FRAMEWORK.withSettings(
                    SETTINGS.withAggregation(a).withNonPositive(PipelineSettings.NonPositivePolicy.EPSILON, 0.5));
            UncertaintySpec spec =
                    UncertaintySpec.of(20, 9).withWeights(WeightNoise.NONE, 0).withAggregations(List.of(a, a));
            UncertaintyResult r = RankUncertainty.run(f, DATA, spec);
            for (IndexData.Unit u : DATA.units()) {
                assertThat(r.rankInterval(u.id(), 2017))
                        .containsExactly(r.nominalRank(u.id(), 2017), r.nominalRank(u.id(), 2017));
            }
        }
    }

    @Test
    void attributesAllTheVarianceToTheOnlyAssumptionThatVaries() {
        UncertaintySpec onlyAggregation = UncertaintySpec.of(300, 5)
                .withWeights(WeightNoise.NONE, 0)
                .withAggregations(List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC, Aggregation.HARMONIC));
        Framework positive = FRAMEWORK.withSettings(SETTINGS.withNormalisation(Normalisation.DISTANCE_TO_FRONTIER));
        UncertaintyResult r = RankUncertainty.run(positive, DATA, onlyAggregation);
        assertThat(r.inputs()).containsExactly("aggregation");
        int varying = 0;
        for (IndexData.Unit u : DATA.units()) {
            if (r.rankVariance(u.id(), 2017) > 0) {
                varying++;
                assertThat(r.sensitivity(u.id(), 2017).get("aggregation")).isCloseTo(1, within(1e-9));
            }
        }
        assertThat(varying).isPositive();
        assertThat(r.sensitivity(2017).get("aggregation")).isCloseTo(1, within(1e-9));
    }

    @Test
    void perturbsWeightsWithDirichletNoiseAndSplitsTheVarianceBetweenPillars() {
        UncertaintySpec dirichlet = UncertaintySpec.of(900, 11).withWeights(WeightNoise.DIRICHLET, 50);
        UncertaintyResult r = RankUncertainty.run(FRAMEWORK, DATA, dirichlet);
        Map<String, Double> shares = r.sensitivity(2017);
        assertThat(shares.keySet()).containsExactly("weight:P1", "weight:P2", "weight:P3", "weight:P4");
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isBetween(0.05, 1.2);
        for (IndexData.Unit u : DATA.units()) {
            int[] interval = r.rankInterval(u.id(), 2017);
            assertThat(interval[0]).isLessThanOrEqualTo(r.medianRank(u.id(), 2017));
            assertThat(interval[1]).isGreaterThanOrEqualTo(r.medianRank(u.id(), 2017));
        }
    }

    @Test
    void drawsGammaVariatesWithTheRightMean() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (double shape : new double[] {0.3, 1, 4.5}) {
            double sum = 0;
            int n = 40_000;
            for (int i = 0; i < n; i++) {
                sum += RankUncertainty.gamma(shape, rng);
            }
            assertThat(sum / n).isCloseTo(shape, within(0.05 * Math.max(1, shape)));
        }
    }
}
