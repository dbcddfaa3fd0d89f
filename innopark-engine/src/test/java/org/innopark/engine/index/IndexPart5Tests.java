package org.innopark.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The index items of issue 11 part 5: the geometric mean that rescales to [1, 100] first (COINr), the data that
 * entropy, CRITIC and PCA weights are computed on, and PCA's explained variance. Expected values of the geometric
 * mean from {@code geometric_rescale.py} beside the test data (NumPy, independent of the engine).
 */
class IndexPart5Tests {

    private static Framework framework(String pipeline) {
        return FrameworkLoader.parse(
                "t.yaml",
                new StringReader("id: t\nname: 测试\npipeline:\n" + pipeline + "tree:\n  id: index\n  name: 指数\n"
                        + "  children:\n    - {id: a, formula: {imported: a}}\n"
                        + "    - {id: b, direction: negative, formula: {imported: b}}\n"));
    }

    private static IndexData data(Framework f) {
        double[] a = {1, 2, 4, 8};
        double[] b = {10, 30, 20, 40};
        IndexData.Builder d = IndexData.builder(f).year(2024);
        for (int u = 0; u < 4; u++) {
            d.unit("U" + (u + 1), "U" + (u + 1), null);
            d.value("U" + (u + 1), 2024, "a", a[u]);
            d.value("U" + (u + 1), 2024, "b", b[u]);
        }
        return d.build();
    }

    @Test
    void geometricMeanRescalesEachIndicatorTo1To100First() {
        Framework f = framework(
                "  normalisation: min_max\n  weighting: equal\n  aggregation: geometric\n  nonPositive: rescale\n");
        IndexResult r = IndexCalculation.calculate(f, data(f));
        double[] expectedA = {1.0, 15.142857142857142, 43.42857142857142, 100.0};
        double[] expectedB = {100.0, 34.0, 67.0, 1.0};
        double[] expectedIndex = {10.000000000000002, 22.69046369859247, 53.941767543474924, 10.000000000000002};
        for (int u = 0; u < 4; u++) {
            String unit = "U" + (u + 1);
            assertThat(r.normalised(unit, "a", 2024)).isCloseTo(expectedA[u], within(1e-9));
            assertThat(r.normalised(unit, "b", 2024)).isCloseTo(expectedB[u], within(1e-9));
            assertThat(r.indexScore(unit, 2024)).isCloseTo(expectedIndex[u], within(1e-9));
        }
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("rescaled to [1, 100]"));
    }

    @Test
    void withoutTheRescaleTheZerosOfMinMaxStopTheGeometricMeanAndTheShiftStillApplies() {
        Framework error = framework("  normalisation: min_max\n  aggregation: geometric\n");
        assertThatThrownBy(() -> IndexCalculation.calculate(error, data(error)))
                .hasMessageContaining("needs positive values");
        Framework shift = framework(
                "  normalisation: min_max\n  aggregation: geometric\n  nonPositive: shift\n  nonPositiveAmount: 1\n");
        IndexResult r = IndexCalculation.calculate(shift, data(shift));
        // U1: a = 0, b = 100 → exp(½ ln 1 + ½ ln 101) − 1 = √101 − 1 (by hand).
        assertThat(r.indexScore("U1", 2024)).isCloseTo(Math.sqrt(101) - 1, within(1e-9));
        assertThat(r.normalised("U1", "a", 2024)).isZero();
    }

    @Test
    void aFrameworkChoosesTheDataItsDataDrivenWeightsAreComputedOnAndTheResultSaysWhich() {
        Framework normalised = framework("  normalisation: rank\n  weighting: entropy\n");
        Framework raw = framework("  normalisation: rank\n  weighting: entropy\n  weightData: raw\n");
        assertThat(normalised.settings().weightData()).isEqualTo(PipelineSettings.WeightData.NORMALISED);
        assertThat(raw.settings().weightData()).isEqualTo(PipelineSettings.WeightData.RAW);
        IndexResult rn = IndexCalculation.calculate(normalised, data(normalised));
        IndexResult rr = IndexCalculation.calculate(raw, data(raw));
        IndexResult.GroupWeights wn = rn.weights().get("index");
        IndexResult.GroupWeights wr = rr.weights().get("index");
        assertThat(wn.basis()).startsWith("normalised values of 2024, 4 unit(s) with complete data");
        assertThat(wr.basis())
                .startsWith("raw values")
                .contains("of 2024, 4 unit(s)")
                .contains("原始值");
        double[][] rankRows = new double[4][];
        double[][] rawRows = {{1, -10}, {2, -30}, {4, -20}, {8, -40}};
        for (int u = 0; u < 4; u++) {
            rankRows[u] =
                    new double[] {rn.normalised("U" + (u + 1), "a", 2024), rn.normalised("U" + (u + 1), "b", 2024)};
        }
        assertThat(wn.weights()).containsExactlyElementsOf(boxed(WeightingMethods.entropy(rankRows)));
        assertThat(wr.weights()).containsExactlyElementsOf(boxed(WeightingMethods.entropy(rawRows)));
        assertThat(wr.weights()).isNotEqualTo(wn.weights());
        assertThat(framework("  weighting: expert\n").settings().weightData())
                .isEqualTo(PipelineSettings.WeightData.NORMALISED);
        assertThat(IndexCalculation.calculate(framework(""), data(framework("")))
                        .weights()
                        .get("index")
                        .basis())
                .as("equal weights read no data")
                .isEmpty();
    }

    @Test
    void anUnknownWeightDataIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> framework("  weightData: scaled\n"))
                .hasMessageStartingWith("t.yaml:4:15: ")
                .hasMessageContaining("'scaled' is not one of");
    }

    @Test
    void pcaStatesItsLoadingsAndTheVarianceEachComponentExplains() {
        WeightingMethods.PcaResult pca = new WeightingMethods.PcaResult(
                new double[] {2.5, 1, 0.5}, new double[][] {{0.9}, {0.8}, {0.1}}, 1, new double[] {0.5, 0.4, 0.1});
        // By hand: 2.5 / 4, 1 / 4, 0.5 / 4.
        assertThat(pca.explainedVariance()).containsExactly(0.625, 0.25, 0.125);
        assertThat(pca.retainedVariance()).isEqualTo(0.625);
        Framework f = framework("  weighting: pca\n");
        IndexResult r = IndexCalculation.calculate(f, data(f));
        WeightingMethods.PcaResult fromIndex =
                r.weights().get("index").pcaResult().orElseThrow();
        assertThat(fromIndex.loadings()).hasDimensions(2, fromIndex.retained());
        assertThat(Arrays.stream(fromIndex.explainedVariance()).sum()).isCloseTo(1, within(1e-12));
        assertThat(r.weights().get("index").basis()).startsWith("normalised values of 2024");
    }

    private static java.util.List<Double> boxed(double[] w) {
        return Arrays.stream(w).boxed().toList();
    }
}
