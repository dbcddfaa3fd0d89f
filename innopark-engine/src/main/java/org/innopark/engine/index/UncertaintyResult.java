package org.innopark.engine.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a {@link RankUncertainty} analysis: per unit and year the nominal rank, the median rank and the 5–95%
 * rank interval over the replications, and the first-order sensitivity index of each assumption (share of the rank
 * variance explained by it alone). Ranks are of the index (the root); 1 is the best, 0 means no score.
 */
public final class UncertaintyResult {

    private final IndexResult nominal;
    private final UncertaintySpec spec;
    private final List<String> inputs;
    private final RankUncertainty.Accumulator acc;
    private final int[][] binSizes;

    UncertaintyResult(
            IndexResult nominal,
            UncertaintySpec spec,
            List<String> inputs,
            RankUncertainty.Accumulator acc,
            int[][] binSizes) {
        this.nominal = nominal;
        this.spec = spec;
        this.inputs = List.copyOf(inputs);
        this.acc = acc;
        this.binSizes = binSizes;
    }

    /** The nominal index, with the framework's own settings. */
    public IndexResult nominal() {
        return nominal;
    }

    public UncertaintySpec spec() {
        return spec;
    }

    /**
     * The assumptions whose sensitivity is reported: {@code imputation}, {@code normalisation}, {@code aggregation}
     * (when varied) and {@code weight:<pillar id>} for each first-level weight. Lower-level weights are perturbed too;
     * their effect is in the part no first-order index explains.
     */
    public List<String> inputs() {
        return inputs;
    }

    public int nominalRank(String unitId, int year) {
        return nominal.rank(nominal.framework().root().id(), unitId, year);
    }

    /** The median rank over the replications. */
    public int medianRank(String unitId, int year) {
        return quantile(unitId, year, 0.5);
    }

    /** The 5% and 95% quantiles of the rank: {@code [best, worst]}. */
    public int[] rankInterval(String unitId, int year) {
        return new int[] {quantile(unitId, year, 0.05), quantile(unitId, year, 0.95)};
    }

    /** The p-quantile of the rank (inverse of the empirical distribution). */
    public int quantile(String unitId, int year, double p) {
        int[] hist =
                acc.histogram[nominal.data().yearIndex(year)][nominal.data().unitIndex(unitId)];
        long needed = (long) Math.ceil(p * spec.replications());
        long cumulative = 0;
        for (int r = 0; r < hist.length; r++) {
            cumulative += hist[r];
            if (cumulative >= Math.max(1, needed)) {
                return r;
            }
        }
        return hist.length - 1;
    }

    /** The mean rank over the replications. */
    public double meanRank(String unitId, int year) {
        return (double) acc.sum[nominal.data().yearIndex(year)][nominal.data().unitIndex(unitId)] / spec.replications();
    }

    /** The variance of the rank over the replications. */
    public double rankVariance(String unitId, int year) {
        return variance(nominal.data().yearIndex(year), nominal.data().unitIndex(unitId));
    }

    private double variance(int y, int u) {
        double n = spec.replications();
        double mean = acc.sum[y][u] / n;
        return Math.max(0, acc.sumSq[y][u] / n - mean * mean);
    }

    private double conditionalVariance(int i, int y, int u) {
        double n = spec.replications();
        double mean = acc.sum[y][u] / n;
        double v = 0;
        for (int b = 0; b < binSizes[i].length; b++) {
            int size = binSizes[i][b];
            if (size > 0) {
                double mb = (double) acc.binSum[i][b][y][u] / size;
                v += size / n * (mb - mean) * (mb - mean);
            }
        }
        return v;
    }

    /** First-order sensitivity index of each input for one unit (0 when its rank never changes). */
    public Map<String, Double> sensitivity(String unitId, int year) {
        int y = nominal.data().yearIndex(year);
        int u = nominal.data().unitIndex(unitId);
        double v = variance(y, u);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            out.put(inputs.get(i), v == 0 ? 0 : Math.min(1, conditionalVariance(i, y, u) / v));
        }
        return out;
    }

    /** Share of the rank variance of all units together explained by each input alone. */
    public Map<String, Double> sensitivity(int year) {
        int y = nominal.data().yearIndex(year);
        int nu = nominal.units().size();
        double total = 0;
        double[] explained = new double[inputs.size()];
        for (int u = 0; u < nu; u++) {
            total += variance(y, u);
            for (int i = 0; i < inputs.size(); i++) {
                explained[i] += conditionalVariance(i, y, u);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            out.put(inputs.get(i), total == 0 ? 0 : explained[i] / total);
        }
        return out;
    }
}
