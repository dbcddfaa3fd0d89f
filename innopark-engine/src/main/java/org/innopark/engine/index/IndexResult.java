package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A computed index: normalised values, scores and ranks at every node of the tree for every unit and year, the weights
 * used (with AHP consistency and PCA loadings), coverage, outlier treatments, the settings and every warning. Scores of
 * an indicator are its normalised values; rank 1 is the best, 0 means no score.
 */
public final class IndexResult {

    private final Framework framework;
    private final PipelineSettings settings;
    private final CompiledTree tree;
    private final IndexData data;
    private final double[][][] treated;
    private final double[][][] normalised;
    private final double[][][] scores;
    private final int[][][] ranks;
    private final Map<String, GroupWeights> weights;
    private final CoverageReport coverage;
    private final List<Treatment> treatments;
    private final List<String> warnings;

    IndexResult(
            Framework framework,
            PipelineSettings settings,
            CompiledTree tree,
            IndexData data,
            double[][][] treated,
            double[][][] normalised,
            double[][][] scores,
            int[][][] ranks,
            Map<String, GroupWeights> weights,
            CoverageReport coverage,
            List<Treatment> treatments,
            List<String> warnings) {
        this.framework = framework;
        this.settings = settings;
        this.tree = tree;
        this.data = data;
        this.treated = treated;
        this.normalised = normalised;
        this.scores = scores;
        this.ranks = ranks;
        this.weights = Map.copyOf(weights);
        this.coverage = coverage;
        this.treatments = List.copyOf(treatments);
        this.warnings = List.copyOf(warnings);
    }

    public Framework framework() {
        return framework;
    }

    /** The settings used, with the base year resolved. */
    public PipelineSettings settings() {
        return settings;
    }

    public List<IndexData.Unit> units() {
        return data.units();
    }

    public int[] years() {
        return data.years();
    }

    /** The input value (after denomination, before imputation); NaN when missing. */
    public double raw(String unitId, String indicatorId, int year) {
        return data.value(unitId, indicatorId, year);
    }

    /** The value after imputation and outlier treatment. */
    public double treated(String unitId, String indicatorId, int year) {
        return treated[data.yearIndex(year)][data.unitIndex(unitId)][data.indicatorIndex(indicatorId)];
    }

    /** The normalised value of an indicator (higher is better). */
    public double normalised(String unitId, String indicatorId, int year) {
        return normalised[data.yearIndex(year)][data.unitIndex(unitId)][data.indicatorIndex(indicatorId)];
    }

    /** The score of any node (index, pillar or indicator). */
    public double score(String nodeId, String unitId, int year) {
        return scores[data.yearIndex(year)][data.unitIndex(unitId)][tree.slot(nodeId)];
    }

    /** The index score (the root). */
    public double indexScore(String unitId, int year) {
        return scores[data.yearIndex(year)][data.unitIndex(unitId)][tree.rootSlot()];
    }

    /** The rank of a unit on a node (1 = best, ties share the better rank, 0 when it has no score). */
    public int rank(String nodeId, String unitId, int year) {
        return ranks[data.yearIndex(year)][tree.slot(nodeId)][data.unitIndex(unitId)];
    }

    /** Scores of every unit on a node in a year, in unit order. */
    public double[] scores(String nodeId, int year) {
        int y = data.yearIndex(year);
        int s = tree.slot(nodeId);
        double[] out = new double[data.units().size()];
        for (int u = 0; u < out.length; u++) {
            out[u] = scores[y][u][s];
        }
        return out;
    }

    /** Ranks of every unit on a node in a year, in unit order. */
    public int[] ranks(String nodeId, int year) {
        return ranks[data.yearIndex(year)][tree.slot(nodeId)].clone();
    }

    /** The weights of each internal node's children, by parent id. */
    public Map<String, GroupWeights> weights() {
        return weights;
    }

    /** A node's weight in the whole index: the product of its and its ancestors' normalised weights. */
    public double effectiveWeight(String nodeId) {
        return effectiveWeight(framework.root(), nodeId, 1)
                .orElseThrow(() -> new IllegalArgumentException("no node " + nodeId));
    }

    private Optional<Double> effectiveWeight(FrameworkNode at, String nodeId, double w) {
        if (at.id().equals(nodeId)) {
            return Optional.of(w);
        }
        GroupWeights g = weights.get(at.id());
        if (g == null) {
            return Optional.empty();
        }
        for (int c = 0; c < at.children().size(); c++) {
            Optional<Double> found = effectiveWeight(
                    at.children().get(c), nodeId, w * g.weights().get(c));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public CoverageReport coverage() {
        return coverage;
    }

    public List<Treatment> treatments() {
        return treatments;
    }

    /** Everything the analyst should know: inconsistent AHP matrices, fallbacks, constant indicators, ... */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The unit's strengths and weaknesses in a year: the {@code k} pillars (first-level nodes) and the {@code k}
     * indicators where it ranks best, and those where it ranks worst.
     */
    public StrengthsAndWeaknesses strengthsAndWeaknesses(String unitId, int year, int k) {
        List<FrameworkNode> pillars = framework.root().children();
        return new StrengthsAndWeaknesses(
                unitId,
                year,
                best(pillars, unitId, year, k, true),
                best(pillars, unitId, year, k, false),
                best(framework.indicators(), unitId, year, k, true),
                best(framework.indicators(), unitId, year, k, false));
    }

    private List<NodeRank> best(List<FrameworkNode> among, String unitId, int year, int k, boolean strongest) {
        List<NodeRank> ranked = new ArrayList<>();
        for (FrameworkNode n : among) {
            int r = rank(n.id(), unitId, year);
            if (r > 0) {
                ranked.add(new NodeRank(n.id(), n.nameZh(), r, score(n.id(), unitId, year)));
            }
        }
        Comparator<NodeRank> byRank = Comparator.comparingInt(NodeRank::rank);
        ranked.sort(strongest ? byRank : byRank.reversed());
        return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
    }

    /** A node with a unit's rank and score on it. */
    public record NodeRank(String nodeId, String nameZh, int rank, double score) {}

    /** Where a unit ranks best and worst, among pillars and among indicators. */
    public record StrengthsAndWeaknesses(
            String unitId,
            int year,
            List<NodeRank> strongestPillars,
            List<NodeRank> weakestPillars,
            List<NodeRank> strongestIndicators,
            List<NodeRank> weakestIndicators) {}

    /**
     * The normalised weights of one node's children.
     *
     * @param parentId the node
     * @param method how they were obtained
     * @param childIds children in order
     * @param weights weights, summing to 1
     * @param ahp AHP result when method is AHP
     * @param pca PCA result when method is PCA (its loadings and explained variance)
     * @param basis for data-driven weights (entropy, CRITIC, PCA), the data they were computed on, e.g. "normalised
     *     values of 2025, 8 units with complete data"; empty for the other methods
     */
    public record GroupWeights(
            String parentId,
            PipelineSettings.Weighting method,
            List<String> childIds,
            List<Double> weights,
            WeightingMethods.AhpResult ahp,
            WeightingMethods.PcaResult pca,
            String basis) {

        GroupWeights(
                String parentId,
                PipelineSettings.Weighting method,
                List<String> childIds,
                double[] w,
                WeightingMethods.AhpResult ahp,
                WeightingMethods.PcaResult pca) {
            this(
                    parentId,
                    method,
                    List.copyOf(childIds),
                    Arrays.stream(w).boxed().toList(),
                    ahp,
                    pca,
                    "");
        }

        GroupWeights withBasis(String text) {
            return new GroupWeights(parentId, method, childIds, weights, ahp, pca, text);
        }

        double[] weightsArray() {
            return weights.stream().mapToDouble(Double::doubleValue).toArray();
        }

        public Optional<WeightingMethods.AhpResult> ahpResult() {
            return Optional.ofNullable(ahp);
        }

        public Optional<WeightingMethods.PcaResult> pcaResult() {
            return Optional.ofNullable(pca);
        }
    }

    // package-private access for the uncertainty analysis
    CompiledTree tree() {
        return tree;
    }

    IndexData data() {
        return data;
    }
}
