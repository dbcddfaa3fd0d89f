package org.innopark.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.index.Formula.ImportedFigure;
import org.innopark.engine.index.FrameworkNode.IndicatorSpec;
import org.innopark.engine.index.PipelineSettings.Aggregation;
import org.innopark.engine.index.PipelineSettings.NonPositivePolicy;
import org.innopark.engine.index.PipelineSettings.Normalisation;
import org.innopark.engine.rules.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each method against values computed independently by {@code index_reference.py} (Python + NumPy). */
class IndexMethodsTests {

    private static final double EPS = 1e-9;
    private static final double[] X = {3, 7, Double.NaN, 1, 9, 7};

    private static IndicatorSpec spec(Direction d, double[] goalposts, double target) {
        return new IndicatorSpec(
                d, "", new ImportedFigure("x", null, 1, Formula.Change.NONE), false, goalposts, target);
    }

    private static void assertClose(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("element %d", i).isNaN();
            } else {
                assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], within(EPS));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "MIN_MAX, POSITIVE, minmax.pos", "MIN_MAX, NEGATIVE, minmax.neg",
        "Z_SCORE, POSITIVE, zscore.pos", "Z_SCORE, NEGATIVE, zscore.neg",
        "RANK, POSITIVE, rank.pos", "RANK, NEGATIVE, rank.neg",
        "DISTANCE_TO_FRONTIER, POSITIVE, frontier.pos", "DISTANCE_TO_FRONTIER, NEGATIVE, frontier.neg",
        "GOALPOSTS, POSITIVE, goalposts.pos", "GOALPOSTS, NEGATIVE, goalposts.neg"
    })
    void normalisesAVectorAsTheReference(Normalisation method, Direction direction, String key) {
        double[] out = PipelineStages.normaliseVector(
                X, method, spec(direction, new double[] {0, 8}, Double.NaN), "x", new ArrayList<>());
        assertClose(out, Reference.values(key));
    }

    @Test
    void normalisesDistanceToTargetCappedAt100() {
        assertClose(
                PipelineStages.normaliseVector(
                        X, Normalisation.DISTANCE_TO_TARGET, spec(Direction.POSITIVE, null, 8), "x", new ArrayList<>()),
                Reference.values("target.pos"));
        assertClose(
                PipelineStages.normaliseVector(
                        X, Normalisation.DISTANCE_TO_TARGET, spec(Direction.NEGATIVE, null, 2), "x", new ArrayList<>()),
                Reference.values("target.neg"));
    }

    @Test
    void giftsFiftyToEveryUnitOfAConstantIndicatorAndSaysSo() {
        List<String> warnings = new ArrayList<>();
        double[] out = PipelineStages.normaliseVector(
                new double[] {4, 4, Double.NaN},
                Normalisation.MIN_MAX,
                spec(Direction.POSITIVE, null, Double.NaN),
                "c",
                warnings);
        assertThat(out[0]).isEqualTo(50);
        assertThat(out[2]).isNaN();
        assertThat(warnings).singleElement().asString().contains("constant");
    }

    @Test
    void rejectsDistanceToFrontierOnNonPositiveValues() {
        assertThatThrownBy(() -> PipelineStages.normaliseVector(
                        new double[] {0, 1},
                        Normalisation.DISTANCE_TO_FRONTIER,
                        spec(Direction.POSITIVE, null, Double.NaN),
                        "x",
                        new ArrayList<>()))
                .isInstanceOf(IndexCalculationException.class)
                .hasMessageContaining("positive values");
    }

    @Test
    void computesAhpWeightsAndConsistencyOfTheTextbookThreeByThreeMatrix() {
        // Widely published example: weights ≈ 0.637, 0.258, 0.105, λmax ≈ 3.039, CR ≈ 0.033
        WeightingMethods.AhpResult r =
                WeightingMethods.ahp(new double[][] {{1, 3, 5}, {1 / 3.0, 1, 3}, {0.2, 1 / 3.0, 1}});
        assertClose(r.weights(), Reference.values("ahp3.weights"));
        double[] lci = Reference.values("ahp3.lambda_ci_cr");
        assertThat(r.lambdaMax()).isCloseTo(lci[0], within(1e-9));
        assertThat(r.consistencyIndex()).isCloseTo(lci[1], within(1e-9));
        assertThat(r.consistencyRatio()).isCloseTo(lci[2], within(1e-9)).isCloseTo(0.033, within(0.0005));
        assertThat(r.weights()[0]).isCloseTo(0.637, within(0.0005));
        assertThat(r.randomIndex()).isEqualTo(0.58);
        assertThat(r.consistent()).isTrue();
    }

    @Test
    void computesAhpOnAFourByFourMatrixAndFlagsAnInconsistentOne() {
        WeightingMethods.AhpResult r = WeightingMethods.ahp(new double[][] {
            {1, 5, 3, 7}, {1 / 5.0, 1, 1 / 3.0, 3}, {1 / 3.0, 3, 1, 5}, {1 / 7.0, 1 / 3.0, 1 / 5.0, 1}
        });
        assertClose(r.weights(), Reference.values("ahp4.weights"));
        assertThat(r.consistencyRatio()).isCloseTo(Reference.values("ahp4.lambda_ci_cr")[2], within(1e-9));
        WeightingMethods.AhpResult bad =
                WeightingMethods.ahp(new double[][] {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9}, {9, 1 / 9.0, 1}});
        assertThat(bad.consistencyRatio()).isCloseTo(Reference.values("ahpbad.lambda_ci_cr")[2], within(1e-9));
        assertThat(bad.consistent()).isFalse();
    }

    @Test
    void aConsistentMatrixGivesItsExactRatiosAndZeroInconsistency() {
        WeightingMethods.AhpResult r = WeightingMethods.ahp(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        assertClose(r.weights(), new double[] {4 / 7.0, 2 / 7.0, 1 / 7.0});
        assertThat(r.consistencyRatio()).isCloseTo(0, within(1e-9));
    }

    private static final double[][] DATA = {
        {62, 3.1, 120, 0.40}, {55, 2.4, 95, 0.55}, {80, 4.0, 130, 0.35},
        {40, 1.9, 60, 0.70}, {71, 3.3, 150, 0.52}, {58, 2.2, 88, 0.61}
    };

    @Test
    void computesEntropyWeights() {
        assertClose(WeightingMethods.entropy(DATA), Reference.values("entropy.weights"));
    }

    @Test
    void computesCriticWeights() {
        assertClose(WeightingMethods.critic(DATA), Reference.values("critic.weights"));
    }

    @Test
    void computesPcaEigenvaluesSignNormalisedLoadingsAndWeights() {
        WeightingMethods.PcaResult pca = WeightingMethods.pca(DATA);
        assertClose(pca.eigenvalues(), Reference.values("pca.eigenvalues"));
        assertThat(pca.retained()).isEqualTo((int) Reference.value("pca.retained"));
        double[] flat = new double[4 * pca.retained()];
        for (int j = 0; j < 4; j++) {
            for (int c = 0; c < pca.retained(); c++) {
                flat[j * pca.retained() + c] = pca.loadings()[j][c];
            }
        }
        assertClose(flat, Reference.values("pca.loadings"));
        assertClose(pca.weights(), Reference.values("pca.weights"));
    }

    private static double agg(Aggregation a, NonPositivePolicy p, double amount, double... v) {
        return new Aggregator(a, p, amount).aggregate(v, new double[] {0.5, 0.3, 0.2});
    }

    @Test
    void aggregatesArithmeticallyGeometricallyAndHarmonically() {
        assertThat(agg(Aggregation.ARITHMETIC, NonPositivePolicy.ERROR, 0, 50, 80, 20))
                .isCloseTo(Reference.value("agg.arithmetic"), within(EPS));
        assertThat(agg(Aggregation.GEOMETRIC, NonPositivePolicy.ERROR, 0, 50, 80, 20))
                .isCloseTo(Reference.value("agg.geometric"), within(EPS));
        assertThat(agg(Aggregation.HARMONIC, NonPositivePolicy.ERROR, 0, 50, 80, 20))
                .isCloseTo(Reference.value("agg.harmonic"), within(EPS));
    }

    @Test
    void leavesOutMissingValuesAndRenormalisesTheOtherWeights() {
        double nan = Double.NaN;
        assertThat(agg(Aggregation.ARITHMETIC, NonPositivePolicy.ERROR, 0, 50, nan, 20))
                .isCloseTo(Reference.value("agg.missing.arithmetic"), within(EPS));
        assertThat(agg(Aggregation.GEOMETRIC, NonPositivePolicy.ERROR, 0, 50, nan, 20))
                .isCloseTo(Reference.value("agg.missing.geometric"), within(EPS));
        assertThat(agg(Aggregation.HARMONIC, NonPositivePolicy.ERROR, 0, 50, nan, 20))
                .isCloseTo(Reference.value("agg.missing.harmonic"), within(EPS));
        assertThat(agg(Aggregation.GEOMETRIC, NonPositivePolicy.ERROR, 0, nan, nan, nan))
                .isNaN();
    }

    @Test
    void refusesZerosAndNegativesInGeometricAndHarmonicMeansUnlessAPolicyIsChosen() {
        for (Aggregation a : List.of(Aggregation.GEOMETRIC, Aggregation.HARMONIC)) {
            assertThatThrownBy(() -> agg(a, NonPositivePolicy.ERROR, 0, 0, 80, 20))
                    .isInstanceOf(Aggregator.NonPositiveValueException.class)
                    .hasMessageContaining("positive");
            assertThatThrownBy(() -> agg(a, NonPositivePolicy.ERROR, 0, -10, 80, 20))
                    .isInstanceOf(Aggregator.NonPositiveValueException.class);
            assertThatThrownBy(() -> agg(a, NonPositivePolicy.SHIFT, 5, -10, 80, 20))
                    .hasMessageContaining("still ≤ 0");
        }
        assertThat(agg(Aggregation.GEOMETRIC, NonPositivePolicy.SHIFT, 1, 0, 80, 20))
                .isCloseTo(Reference.value("agg.shift1.geometric"), within(EPS));
        assertThat(agg(Aggregation.HARMONIC, NonPositivePolicy.SHIFT, 1, 0, 80, 20))
                .isCloseTo(Reference.value("agg.shift1.harmonic"), within(EPS));
        assertThat(agg(Aggregation.GEOMETRIC, NonPositivePolicy.EPSILON, 0.01, 0, 80, 20))
                .isCloseTo(Reference.value("agg.eps.geometric"), within(EPS));
        assertThat(agg(Aggregation.ARITHMETIC, NonPositivePolicy.ERROR, 0, -10, 80, 20))
                .isCloseTo(Reference.value("agg.negative.arithmetic"), within(EPS));
    }

    @Test
    void aggregatesASingleChild() {
        assertThat(new Aggregator(Aggregation.GEOMETRIC, NonPositivePolicy.ERROR, 0)
                        .aggregate(new double[] {42}, new double[] {1}))
                .isCloseTo(42, within(EPS));
    }

    @Test
    void computesBiasCorrectedSkewnessAndKurtosis() {
        double[] w1 = w1();
        double[] expected = Reference.values("skewkurt.w1");
        assertThat(PipelineStages.skew(w1)).isCloseTo(expected[0], within(1e-9));
        assertThat(PipelineStages.kurt(w1)).isCloseTo(expected[1], within(1e-9));
    }

    private static double[] w1() {
        double[] w = new double[20];
        for (int i = 0; i < 19; i++) {
            w[i] = i + 1;
        }
        w[19] = 60;
        return w;
    }

    @ParameterizedTest
    @CsvSource({"w1", "w2", "w3", "w4"})
    void winsorisesByTheCoinrRuleAndFallsBackToALogTransform(String name) {
        double[] v = switch (name) {
            case "w1" -> w1();
            case "w2" -> new double[] {1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 40, 60, 90, 150, 400, 900, 5000};
            case "w3" -> java.util.Arrays.stream(w1()).map(d -> -d).toArray();
            default ->
                java.util.stream.IntStream.range(0, 40)
                        .mapToDouble(k -> Math.pow(1.6, k))
                        .toArray();
        };
        Treatment t = PipelineStages.treatOne(v, OutlierSettings.COINR, name, 2024);
        assertClose(v, Reference.values("winsor." + name));
        String[] method = Reference.text("winsor." + name + ".method").split(" ");
        assertThat(t.method().name()).isEqualTo(method[0]);
        assertThat(t.points()).isEqualTo(Integer.parseInt(method[1]));
    }

    private static final double N = Double.NaN;

    private static IndexData coverageData() {
        double[][][] v = {{{1, 2, N, 4, 5}, {2, N, N, 8, 1}, {3, 6, 9, N, N}, {4, 8, N, 16, 3}}};
        List<IndexData.Unit> units = List.of(
                new IndexData.Unit("a", "A", ""),
                new IndexData.Unit("b", "B", ""),
                new IndexData.Unit("c", "C", ""),
                new IndexData.Unit("d", "D", ""));
        return IndexData.of(units, List.of("i1", "i2", "i3", "i4", "i5"), new int[] {2024}, v);
    }

    @Test
    void reportsCoverageAndFlagsUnitsAndIndicatorsUnderSixtyFivePercent() {
        IndexData data = coverageData();
        CoverageReport c = PipelineStages.coverage(data, data.copyValues(), 0.65, 0);
        assertClose(c.unitCoverage()[0], Reference.values("coverage.units"));
        assertClose(c.indicatorCoverage()[0], Reference.values("coverage.indicators"));
        assertThat(c.flagged(CoverageReport.Subject.UNIT, "b", 2024)).isTrue();
        assertThat(c.flagged(CoverageReport.Subject.UNIT, "c", 2024)).isTrue();
        assertThat(c.flagged(CoverageReport.Subject.UNIT, "a", 2024)).isFalse();
        assertThat(c.flagged(CoverageReport.Subject.INDICATOR, "i3", 2024)).isTrue();
        assertThat(c.flagged(CoverageReport.Subject.INDICATOR, "i2", 2024)).isFalse();
        assertThat(c.flags()).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({"GROUP_MEAN, impute.mean", "GROUP_MEDIAN, impute.median"})
    void imputesByGroupMeanAndMedian(PipelineSettings.Imputation method, String key) {
        IndexData data = coverageData();
        double[][][] x = data.copyValues();
        int filled = PipelineStages.impute(x, data, method, PipelineSettings.ImputationGroup.YEAR);
        assertThat(filled).isEqualTo(6);
        double[] flat = new double[20];
        for (int u = 0; u < 4; u++) {
            System.arraycopy(x[0][u], 0, flat, u * 5, 5);
        }
        assertClose(flat, Reference.values(key));
    }

    @Test
    void carriesTheLastValueForwardInTimeButNeverBackward() {
        double[][][] v = {{{N}}, {{5}}, {{N}}, {{N}}, {{7}}};
        IndexData data = IndexData.of(
                List.of(new IndexData.Unit("a", "A", "")), List.of("i"), new int[] {2020, 2021, 2022, 2023, 2024}, v);
        double[][][] x = data.copyValues();
        assertThat(PipelineStages.impute(
                        x,
                        data,
                        PipelineSettings.Imputation.LAST_VALUE_CARRIED_FORWARD,
                        PipelineSettings.ImputationGroup.YEAR))
                .isEqualTo(2);
        assertThat(new double[] {x[0][0][0], x[1][0][0], x[2][0][0], x[3][0][0], x[4][0][0]})
                .containsExactly(N, 5, 5, 5, 7);
    }

    @Test
    void imputesWithinTheUnitsGroup() {
        double[][][] v = {{{1}, {3}, {N}, {10}, {N}}};
        IndexData data = IndexData.of(
                List.of(
                        new IndexData.Unit("a", "A", "east"),
                        new IndexData.Unit("b", "B", "east"),
                        new IndexData.Unit("c", "C", "east"),
                        new IndexData.Unit("d", "D", "west"),
                        new IndexData.Unit("e", "E", "west")),
                List.of("i"),
                new int[] {2024},
                v);
        double[][][] x = data.copyValues();
        PipelineStages.impute(
                x, data, PipelineSettings.Imputation.GROUP_MEAN, PipelineSettings.ImputationGroup.UNIT_GROUP);
        assertThat(x[0][2][0]).isEqualTo(2);
        assertThat(x[0][4][0]).isEqualTo(10);
    }
}
