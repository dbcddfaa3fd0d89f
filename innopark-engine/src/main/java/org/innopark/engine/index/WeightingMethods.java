package org.innopark.engine.index;

import java.util.Arrays;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The weighting methods used by Chinese evaluations and composite-indicator tools: AHP (层次分析法), entropy
 * (熵权法), CRITIC and PCA. Data-driven methods take a matrix {@code x[unit][child]} of complete rows, oriented so
 * that higher is better.
 */
public final class WeightingMethods {

    /** Saaty's random consistency index RI for n = 0..15 (Saaty 1980; n ≥ 11 from the extended table). */
    static final double[] RANDOM_INDEX = {
        0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
    };

    /** The consistency ratio above which a pairwise matrix is too inconsistent (Saaty: 0.1). */
    public static final double CR_LIMIT = 0.1;

    private WeightingMethods() {}

    /**
     * AHP weights and consistency of a positive reciprocal matrix.
     *
     * @param weights principal right eigenvector, normalised to sum 1
     * @param lambdaMax principal eigenvalue
     * @param consistencyIndex CI = (λmax − n) ÷ (n − 1)
     * @param randomIndex Saaty's RI for n
     * @param consistencyRatio CR = CI ÷ RI (0 for n ≤ 2)
     */
    public record AhpResult(
            double[] weights, double lambdaMax, double consistencyIndex, double randomIndex, double consistencyRatio) {

        /** Whether CR ≤ 0.1. */
        public boolean consistent() {
            return consistencyRatio <= CR_LIMIT;
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }
    }

    /**
     * PCA weights.
     *
     * @param eigenvalues eigenvalues of the correlation matrix, decreasing
     * @param loadings {@code loadings[indicator][component]} of the retained components: eigenvector × √λ, each
     *     component's sign chosen so that its loadings sum to a positive number
     * @param retained number of components kept (eigenvalue > 1, at least one)
     * @param weights Σ over retained components of (λ ÷ Σ retained λ) × squared eigenvector entry; they sum to 1
     */
    public record PcaResult(double[] eigenvalues, double[][] loadings, int retained, double[] weights) {

        /** The share of the total variance each component explains: λ ÷ Σ λ (the eigenvalues of a correlation matrix). */
        public double[] explainedVariance() {
            double total = Arrays.stream(eigenvalues).sum();
            return Arrays.stream(eigenvalues)
                    .map(l -> total > 0 ? l / total : 0)
                    .toArray();
        }

        /** The share of the total variance the retained components explain together. */
        public double retainedVariance() {
            double[] shares = explainedVariance();
            double sum = 0;
            for (int c = 0; c < retained && c < shares.length; c++) {
                sum += shares[c];
            }
            return sum;
        }
    }

    public static double[] equal(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    /** Normalises non-negative weights to sum 1. */
    public static double[] normalise(double[] raw) {
        double s = 0;
        for (double v : raw) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("weights must be finite and ≥ 0: " + Arrays.toString(raw));
            }
            s += v;
        }
        if (s == 0) {
            throw new IllegalArgumentException("weights cannot all be 0");
        }
        double[] w = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            w[i] = raw[i] / s;
        }
        return w;
    }

    /** AHP: principal eigenvector and consistency ratio of a pairwise comparison matrix. */
    public static AhpResult ahp(double[][] pairwise) {
        int n = pairwise.length;
        if (n == 1) {
            return new AhpResult(new double[] {1}, 1, 0, 0, 0);
        }
        RealMatrix m = MatrixUtils.createRealMatrix(pairwise);
        EigenDecompositionNonSymmetric eig = new EigenDecompositionNonSymmetric(m);
        Complex[] values = eig.getEigenvalues();
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i].getReal() > values[best].getReal()) {
                best = i;
            }
        }
        double lambda = values[best].getReal();
        double[] v = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            v[i] = eig.getEigenvector(best).getEntry(i).getReal();
            sum += v[i];
        }
        for (int i = 0; i < n; i++) {
            v[i] /= sum;
        }
        double ci = (lambda - n) / (n - 1);
        double ri = n < RANDOM_INDEX.length ? RANDOM_INDEX[n] : RANDOM_INDEX[RANDOM_INDEX.length - 1];
        double cr = ri == 0 ? 0 : ci / ri;
        return new AhpResult(v, lambda, ci, ri, cr);
    }

    /**
     * 熵权法: columns are rescaled to [0, 1] by min–max, p = x ÷ Σx per column, e = −Σ p ln p ÷ ln n, weight ∝ 1 − e.
     * A constant column carries no information (weight 0); if every column is constant the weights are equal.
     */
    public static double[] entropy(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        if (n < 2) {
            return equal(k);
        }
        double[][] s = minMaxColumns(x);
        double[] d = new double[k];
        double dsum = 0;
        for (int j = 0; j < k; j++) {
            double col = 0;
            for (double[] row : s) {
                col += row[j];
            }
            double e = 1;
            if (col > 0) {
                double acc = 0;
                for (double[] row : s) {
                    double p = row[j] / col;
                    if (p > 0) {
                        acc += p * Math.log(p);
                    }
                }
                e = -acc / Math.log(n);
            }
            d[j] = 1 - e;
            dsum += d[j];
        }
        return dsum == 0 ? equal(k) : scale(d, 1 / dsum);
    }

    /**
     * CRITIC (Diakoulaki et al. 1995): columns rescaled to [0, 1] by min–max; weight ∝ σ_j × Σ_k (1 − r_jk), with σ
     * the sample standard deviation (n − 1) and r the Pearson correlation (0 for a constant column).
     */
    public static double[] critic(double[][] x) {
        int k = x[0].length;
        if (x.length < 3) {
            return equal(k);
        }
        double[][] s = minMaxColumns(x);
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            sd[j] = sd(s, j);
        }
        double[][] r = correlation(s);
        double[] c = new double[k];
        double total = 0;
        for (int j = 0; j < k; j++) {
            double conflict = 0;
            for (int l = 0; l < k; l++) {
                conflict += 1 - r[j][l];
            }
            c[j] = sd[j] * conflict;
            total += c[j];
        }
        return total == 0 ? equal(k) : scale(c, 1 / total);
    }

    /** PCA weights from the correlation matrix of the columns (see {@link PcaResult}). */
    public static PcaResult pca(double[][] x) {
        int k = x[0].length;
        if (k == 1) {
            return new PcaResult(new double[] {1}, new double[][] {{1}}, 1, new double[] {1});
        }
        if (x.length < 3) {
            return new PcaResult(new double[k], new double[k][0], 0, equal(k));
        }
        double[][] r = correlation(x);
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(r));
        double[] values = eig.getEigenvalues();
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] sorted = new double[k];
        for (int i = 0; i < k; i++) {
            sorted[i] = values[order[i]];
        }
        int retained = 0;
        while (retained < k && sorted[retained] > 1) {
            retained++;
        }
        retained = Math.max(retained, 1);
        double[][] loadings = new double[k][retained];
        double[] weights = new double[k];
        double lambdaSum = 0;
        for (int c = 0; c < retained; c++) {
            lambdaSum += sorted[c];
        }
        for (int c = 0; c < retained; c++) {
            double[] v = eig.getEigenvector(order[c]).toArray();
            double sum = 0;
            int largest = 0;
            for (int j = 0; j < k; j++) {
                sum += v[j];
                if (Math.abs(v[j]) > Math.abs(v[largest])) {
                    largest = j;
                }
            }
            double sign = Math.abs(sum) > 1e-12 ? Math.signum(sum) : Math.signum(v[largest]);
            double norm = 0;
            for (double e : v) {
                norm += e * e;
            }
            for (int j = 0; j < k; j++) {
                double unit = sign * v[j] / Math.sqrt(norm);
                loadings[j][c] = unit * Math.sqrt(Math.max(sorted[c], 0));
                weights[j] += sorted[c] / lambdaSum * unit * unit;
            }
        }
        return new PcaResult(sorted, loadings, retained, normalise(weights));
    }

    static double[][] minMaxColumns(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double[][] s = new double[n][k];
        for (int j = 0; j < k; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            for (int i = 0; i < n; i++) {
                s[i][j] = max > min ? (x[i][j] - min) / (max - min) : 0;
            }
        }
        return s;
    }

    private static double sd(double[][] x, int j) {
        double mean = 0;
        for (double[] row : x) {
            mean += row[j];
        }
        mean /= x.length;
        double ss = 0;
        for (double[] row : x) {
            ss += (row[j] - mean) * (row[j] - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /** Pearson correlation of the columns; a constant column correlates 0 with the others and 1 with itself. */
    static double[][] correlation(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double[][] z = new double[n][k];
        boolean[] constant = new boolean[k];
        for (int j = 0; j < k; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double s = sd(x, j);
            constant[j] = !(s > 0);
            for (int i = 0; i < n; i++) {
                z[i][j] = constant[j] ? 0 : (x[i][j] - mean) / s;
            }
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            r[a][a] = 1;
            for (int b = a + 1; b < k; b++) {
                double acc = 0;
                for (double[] row : z) {
                    acc += row[a] * row[b];
                }
                r[a][b] = r[b][a] = constant[a] || constant[b] ? 0 : acc / (n - 1);
            }
        }
        return r;
    }

    private static double[] scale(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }
}
