package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.innopark.engine.index.PipelineSettings.Normalisation;
import org.innopark.engine.index.PipelineSettings.Weighting;

/**
 * Computes a composite index: imputation → outlier treatment → normalisation → weighting → aggregation, as the
 * framework's {@link PipelineSettings} say, for every year of the data. Denomination happens before, when the
 * park-level values are computed ({@link ParkFigures}).
 */
public final class IndexCalculation {

    private IndexCalculation() {}

    /** Runs the framework's pipeline on the data. */
    public static IndexResult calculate(Framework framework, IndexData data) {
        CompiledTree tree = new CompiledTree(framework);
        checkColumns(tree, data);
        List<String> warnings = new ArrayList<>();
        Prepared p = prepare(tree, data, framework.settings(), warnings);
        PipelineSettings settings = p.settings;
        int weightYearIndex = weightYearIndex(data, settings, warnings);
        Map<String, IndexResult.GroupWeights> groupWeights = new LinkedHashMap<>();
        double[][] weights = new double[tree.internals.size()][];
        int ny = data.years().length;
        int nu = data.units().size();
        double[][][] scores = new double[ny][nu][];
        for (int y = 0; y < ny; y++) {
            for (int u = 0; u < nu; u++) {
                scores[y][u] = Arrays.copyOf(p.normalised[y][u], tree.size);
            }
        }
        Aggregator aggregator =
                new Aggregator(settings.aggregation(), settings.nonPositive(), settings.nonPositiveAmount());
        int m = tree.indicators.size();
        for (int k = 0; k < tree.internals.size(); k++) {
            FrameworkNode node = tree.internals.get(k);
            int[] cs0 = tree.children[k];
            boolean raw = settings.weightData() == PipelineSettings.WeightData.RAW
                    && Arrays.stream(cs0).allMatch(c -> c < m);
            double[][] weightValues = raw ? oriented(p.treated[weightYearIndex], tree) : scores[weightYearIndex];
            IndexResult.GroupWeights gw = weigh(node, cs0, weightValues, settings, warnings);
            if (isDataDriven(gw.method())) {
                int units = completeRows(weightValues, cs0).length;
                gw = gw.withBasis((raw
                                ? "raw values (after imputation and treatment, negative indicators × −1)"
                                : cs0[0] < m ? "normalised values" : "scores of the children")
                        + " of " + data.years()[weightYearIndex] + ", " + units + " unit(s) with complete data"
                        + (units < 3 ? " (too few: equal weights)" : "") + " / "
                        + (raw ? "原始值(插补与处理后, 逆向指标取负)" : cs0[0] < m ? "标准化值" : "下级指标得分")
                        + ", " + data.years()[weightYearIndex] + " 年, " + units + " 个单元数据完整");
            }
            groupWeights.put(node.id(), gw);
            weights[k] = gw.weightsArray();
            int[] cs = tree.children[k];
            double[] buffer = new double[cs.length];
            for (int y = 0; y < ny; y++) {
                for (int u = 0; u < nu; u++) {
                    for (int c = 0; c < cs.length; c++) {
                        buffer[c] = scores[y][u][cs[c]];
                    }
                    try {
                        scores[y][u][m + k] = aggregator.aggregate(buffer, weights[k]);
                    } catch (Aggregator.NonPositiveValueException e) {
                        throw new IndexCalculationException("node " + node.id() + ", unit "
                                + data.units().get(u).id() + ", year " + data.years()[y] + ": " + e.getMessage());
                    }
                }
            }
        }
        int[][][] ranks = rankAll(scores, tree.size);
        if (aggregator.method() != PipelineSettings.Aggregation.ARITHMETIC
                && settings.nonPositive() == PipelineSettings.NonPositivePolicy.EPSILON) {
            int floored = countBelow(p.normalised, settings.nonPositiveAmount());
            if (floored > 0) {
                warnings.add(floored + " normalised value(s) below epsilon " + settings.nonPositiveAmount()
                        + " were raised to it for the "
                        + aggregator.method().name().toLowerCase() + " mean");
            }
        }
        return new IndexResult(
                framework,
                settings,
                tree,
                data,
                p.treated,
                p.normalised,
                scores,
                ranks,
                groupWeights,
                p.coverage,
                p.treatments,
                warnings);
    }

    private static int countBelow(double[][][] x, double eps) {
        int n = 0;
        for (double[][] a : x) {
            for (double[] b : a) {
                for (double v : b) {
                    if (v < eps) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static void checkColumns(CompiledTree tree, IndexData data) {
        List<String> expected = tree.indicators.stream().map(FrameworkNode::id).toList();
        if (!expected.equals(data.indicatorIds())) {
            throw new IndexCalculationException(
                    "the data's indicators " + data.indicatorIds() + " are not the framework's " + expected);
        }
    }

    /** The data stages' outputs. */
    static final class Prepared {
        PipelineSettings settings;
        CoverageReport coverage;
        List<Treatment> treatments;
        double[][][] treated;
        double[][][] normalised;
    }

    /** Imputation, treatment and normalisation; resolves the base year into the returned settings. */
    static Prepared prepare(CompiledTree tree, IndexData data, PipelineSettings settings, List<String> warnings) {
        Prepared p = new Prepared();
        double[][][] x = data.copyValues();
        int imputed = PipelineStages.impute(x, data, settings.imputation(), settings.imputationGroup());
        p.coverage = PipelineStages.coverage(data, data.copyValues(), settings.coverageThreshold(), imputed);
        p.treatments = PipelineStages.treat(x, data, settings.outliers());
        p.treated = x;
        int[] years = data.years();
        int baseIndex = 0;
        if (settings.normalisation() == Normalisation.BASE_YEAR_INDEX) {
            int wanted = settings.baseYear().orElse(years[0]);
            baseIndex = Arrays.binarySearch(years, wanted);
            if (baseIndex < 0) {
                warnings.add("base year " + wanted + " is not in the data; the first year of data, " + years[0]
                        + ", is the base year / 数据中没有基期年份, 以首年为基期");
                baseIndex = 0;
            }
            settings = settings.withBaseYear(years[baseIndex]);
        }
        p.settings = settings;
        List<FrameworkNode.IndicatorSpec> specs =
                tree.indicators.stream().map(n -> n.indicator().orElseThrow()).toList();
        p.normalised = PipelineStages.normalise(x, specs, settings, baseIndex, warnings, data.indicatorIds());
        if (settings.nonPositive() == PipelineSettings.NonPositivePolicy.RESCALE
                && settings.aggregation() != PipelineSettings.Aggregation.ARITHMETIC) {
            int constant = rescaleTo1To100(p.normalised, specs.size());
            warnings.add("normalised values rescaled to [1, 100] per indicator and year before the "
                    + settings.aggregation().name().toLowerCase(java.util.Locale.ROOT) + " mean (COINr)"
                    + (constant > 0 ? "; " + constant + " indicator-year(s) with one value have none" : "")
                    + " / 几何或调和平均前将标准化值线性变换到 [1, 100]");
        }
        return p;
    }

    static int weightYearIndex(IndexData data, PipelineSettings settings, List<String> warnings) {
        int[] years = data.years();
        OptionalInt wy = settings.weightYear();
        if (wy.isEmpty()) {
            return years.length - 1;
        }
        int i = Arrays.binarySearch(years, wy.getAsInt());
        if (i < 0) {
            warnings.add("weight year " + wy.getAsInt() + " is not in the data; the latest year is used");
            return years.length - 1;
        }
        return i;
    }

    /** The weights of one node's children, from its method; data-driven methods read the weight year. */
    static IndexResult.GroupWeights weigh(
            FrameworkNode node,
            int[] childSlots,
            double[][] yearValues,
            PipelineSettings settings,
            List<String> warnings) {
        Weighting method = node.weighting().orElse(settings.weighting());
        List<String> ids = node.children().stream().map(FrameworkNode::id).toList();
        int k = ids.size();
        switch (method) {
            case EQUAL -> {
                return new IndexResult.GroupWeights(node.id(), method, ids, WeightingMethods.equal(k), null, null);
            }
            case EXPERT -> {
                double[] raw = node.children().stream()
                        .mapToDouble(FrameworkNode::weight)
                        .toArray();
                return new IndexResult.GroupWeights(
                        node.id(), method, ids, WeightingMethods.normalise(raw), null, null);
            }
            case AHP -> {
                WeightingMethods.AhpResult ahp = WeightingMethods.ahp(node.pairwise()
                        .orElseThrow(() -> new IndexCalculationException(
                                "node " + node.id() + " has no pairwise matrix for AHP")));
                if (!ahp.consistent()) {
                    warnings.add(String.format(
                            "AHP matrix of %s is inconsistent: CR = %.3f > 0.1; revise the judgements / 判断矩阵一致性"
                                    + "检验未通过",
                            node.id(), ahp.consistencyRatio()));
                }
                return new IndexResult.GroupWeights(node.id(), method, ids, ahp.weights(), ahp, null);
            }
            default -> {
                double[][] complete = completeRows(yearValues, childSlots);
                if (complete.length < 3 || k < 2) {
                    if (k >= 2) {
                        warnings.add(method + " weights of " + node.id() + " need at least 3 units with complete data;"
                                + " equal weights used");
                    }
                    return new IndexResult.GroupWeights(node.id(), method, ids, WeightingMethods.equal(k), null, null);
                }
                return switch (method) {
                    case ENTROPY ->
                        new IndexResult.GroupWeights(
                                node.id(), method, ids, WeightingMethods.entropy(complete), null, null);
                    case CRITIC ->
                        new IndexResult.GroupWeights(
                                node.id(), method, ids, WeightingMethods.critic(complete), null, null);
                    default -> {
                        WeightingMethods.PcaResult pca = WeightingMethods.pca(complete);
                        yield new IndexResult.GroupWeights(node.id(), method, ids, pca.weights(), null, pca);
                    }
                };
            }
        }
    }

    private static boolean isDataDriven(Weighting w) {
        return w == Weighting.ENTROPY || w == Weighting.CRITIC || w == Weighting.PCA;
    }

    /** One year's raw values per unit, negative indicators multiplied by −1 so that higher is better. */
    private static double[][] oriented(double[][] yearValues, CompiledTree tree) {
        double[][] out = new double[yearValues.length][];
        for (int u = 0; u < yearValues.length; u++) {
            out[u] = Arrays.copyOf(yearValues[u], yearValues[u].length);
            for (int i = 0; i < tree.indicators.size(); i++) {
                out[u][i] *= tree.indicators
                        .get(i)
                        .indicator()
                        .orElseThrow()
                        .direction()
                        .sign();
            }
        }
        return out;
    }

    /**
     * COINr's rescaling for a geometric mean: each indicator's normalised values of a year mapped linearly to [1, 100]
     * (1 + 99 (x − min) / (max − min) over the units with a value); an indicator with a single value in a year (max =
     * min) has none, as in COINr's {@code n_minmax}, and is left out of the aggregate.
     */
    static int rescaleTo1To100(double[][][] normalised, int indicators) {
        int constant = 0;
        for (double[][] year : normalised) {
            for (int i = 0; i < indicators; i++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double[] unit : year) {
                    double v = unit[i];
                    if (v == v) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                boolean flat = !(max > min);
                if (flat && max == max && min != Double.POSITIVE_INFINITY) {
                    constant++;
                }
                for (double[] unit : year) {
                    unit[i] = flat ? Double.NaN : 1 + 99 * (unit[i] - min) / (max - min);
                }
            }
        }
        return constant;
    }

    private static double[][] completeRows(double[][] yearValues, int[] slots) {
        List<double[]> rows = new ArrayList<>();
        for (double[] unit : yearValues) {
            double[] row = new double[slots.length];
            boolean complete = true;
            for (int c = 0; c < slots.length; c++) {
                row[c] = unit[slots[c]];
                complete &= row[c] == row[c];
            }
            if (complete) {
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    static int[][][] rankAll(double[][][] scores, int slots) {
        int ny = scores.length;
        int nu = ny == 0 ? 0 : scores[0].length;
        int[][][] ranks = new int[ny][slots][nu];
        double[] col = new double[nu];
        double[] buf = new double[nu];
        for (int y = 0; y < ny; y++) {
            for (int s = 0; s < slots; s++) {
                for (int u = 0; u < nu; u++) {
                    col[u] = scores[y][u][s];
                }
                CompiledTree.rank(col, ranks[y][s], buf);
            }
        }
        return ranks;
    }
}
