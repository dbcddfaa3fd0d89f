package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.innopark.engine.index.PipelineSettings.Aggregation;
import org.innopark.engine.index.PipelineSettings.Imputation;
import org.innopark.engine.index.PipelineSettings.Normalisation;
import org.innopark.engine.index.UncertaintySpec.WeightNoise;

/**
 * Monte Carlo uncertainty and sensitivity analysis of an index's ranks (as in COINr's {@code get_sensitivity} and
 * the JRC audits). Every replication draws perturbed weights and one alternative of each varied choice, recomputes
 * the index for every year and ranks the units. Per unit and year it reports the median rank and the 5–95% rank
 * interval, and the first-order sensitivity index of each assumption: the variance of the conditional mean rank
 * (by choice, or by equal-count bins of a pillar's drawn weight) divided by the rank variance.
 *
 * <p>All random draws are made up front from one seeded generator and the per-thread sums are integers, so the result
 * is the same for any number of threads. Data-driven weights (entropy, CRITIC, PCA) are those of the nominal run.
 */
public final class RankUncertainty {

    private RankUncertainty() {}

    /** Runs the analysis: the replications split between threads, their ranks summed exactly. */
    public static UncertaintyResult run(Framework framework, IndexData data, UncertaintySpec spec) {
        Plan plan = plan(framework, data, spec);
        int threads = spec.threads() == 0 ? Runtime.getRuntime().availableProcessors() : spec.threads();
        Accumulator total = plan.empty();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Accumulator>> parts = new ArrayList<>();
            int n = spec.replications();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) n * t / threads);
                int to = (int) ((long) n * (t + 1) / threads);
                parts.add(pool.submit(() -> plan.simulate(from, to)));
            }
            for (Future<Accumulator> part : parts) {
                total.add(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexCalculationException("the uncertainty analysis was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IndexCalculationException(e.getCause().toString());
        } finally {
            pool.shutdown();
        }
        return plan.result(total);
    }

    /**
     * Everything the replications need, computed once: the nominal index, each alternative's prepared leaves and
     * every random draw (so replication r is the same wherever it runs). Replications can then be simulated in any
     * slices, on threads or on a cluster's executors, and their {@link Accumulator}s summed: the sums are integers,
     * so the result does not depend on the split.
     */
    public static Plan plan(Framework framework, IndexData data, UncertaintySpec spec) {
        IndexResult nominal = IndexCalculation.calculate(framework, data);
        CompiledTree tree = nominal.tree();
        PipelineSettings settings = nominal.settings();
        List<Imputation> imps = spec.imputations().isEmpty() ? List.of(settings.imputation()) : spec.imputations();
        List<Normalisation> norms =
                spec.normalisations().isEmpty() ? List.of(settings.normalisation()) : spec.normalisations();
        List<Aggregation> aggs = spec.aggregations().isEmpty() ? List.of(settings.aggregation()) : spec.aggregations();

        double[][][][] prepared = new double[imps.size() * norms.size()][][][];
        for (int i = 0; i < imps.size(); i++) {
            for (int n = 0; n < norms.size(); n++) {
                PipelineSettings alt = settings.withImputation(imps.get(i)).withNormalisation(norms.get(n));
                prepared[i * norms.size() + n] =
                        IndexCalculation.prepare(tree, data, alt, new ArrayList<>()).normalised;
            }
        }
        // Nested geometric (harmonic) means are arithmetic means of logarithms (reciprocals), so each alternative's
        // leaves are transformed once and every replication aggregates arithmetically. A shift policy is not
        // preserved by the transform; it keeps the direct path.
        Aggregator arithmetic =
                new Aggregator(Aggregation.ARITHMETIC, settings.nonPositive(), settings.nonPositiveAmount());
        boolean transformable = settings.nonPositive() != PipelineSettings.NonPositivePolicy.SHIFT;
        Aggregator[] aggregators = new Aggregator[aggs.size()];
        double[][][][][] leaves = new double[prepared.length][aggs.size()][][][];
        boolean[] descending = new boolean[aggs.size()];
        boolean[][] complete = new boolean[prepared.length][aggs.size()];
        for (int a = 0; a < aggs.size(); a++) {
            Aggregation method = aggs.get(a);
            boolean direct = method == Aggregation.ARITHMETIC || !transformable;
            aggregators[a] =
                    direct ? new Aggregator(method, settings.nonPositive(), settings.nonPositiveAmount()) : arithmetic;
            descending[a] = !direct && method == Aggregation.HARMONIC;
            for (int c = 0; c < prepared.length; c++) {
                leaves[c][a] = direct ? prepared[c] : transform(prepared[c], method, settings, a, aggs);
                complete[c][a] = complete(leaves[c][a]);
            }
        }
        double[][] nominalWeights = new double[tree.internals.size()][];
        for (int k = 0; k < tree.internals.size(); k++) {
            nominalWeights[k] =
                    nominal.weights().get(tree.internals.get(k).id()).weightsArray();
        }

        Draws draws = draw(spec, tree, nominalWeights, imps.size(), norms.size(), aggs.size());
        return new Plan(nominal, spec, tree, leaves, complete, aggregators, descending, draws, norms.size());
    }

    /** The prepared analysis of {@link #plan}; its slices of replications are independent of one another. */
    public static final class Plan {
        private final IndexResult nominal;
        private final UncertaintySpec spec;
        private final CompiledTree tree;
        private final double[][][][][] leaves;
        private final boolean[][] complete;
        private final Aggregator[] aggregators;
        private final boolean[] descending;
        private final Draws draws;
        private final int normalisations;

        private Plan(
                IndexResult nominal,
                UncertaintySpec spec,
                CompiledTree tree,
                double[][][][][] leaves,
                boolean[][] complete,
                Aggregator[] aggregators,
                boolean[] descending,
                Draws draws,
                int normalisations) {
            this.nominal = nominal;
            this.spec = spec;
            this.tree = tree;
            this.leaves = leaves;
            this.complete = complete;
            this.aggregators = aggregators;
            this.descending = descending;
            this.draws = draws;
            this.normalisations = normalisations;
        }

        public int replications() {
            return spec.replications();
        }

        /** An accumulator with no replication in it. */
        public Accumulator empty() {
            return new Accumulator(
                    nominal.data().years().length,
                    nominal.data().units().size(),
                    draws.inputNames.size(),
                    draws.binCount);
        }

        /** Replications {@code from} (inclusive) to {@code to} (exclusive). */
        public Accumulator simulate(int from, int to) {
            if (from < 0 || to > spec.replications() || from > to) {
                throw new IllegalArgumentException(
                        "replications " + from + ".." + to + " outside 0.." + spec.replications());
            }
            return RankUncertainty.simulate(
                    from,
                    to,
                    tree,
                    leaves,
                    complete,
                    aggregators,
                    descending,
                    draws,
                    normalisations,
                    nominal.data().years().length,
                    nominal.data().units().size());
        }

        /** The analysis from the sum of every replication's accumulator. */
        public UncertaintyResult result(Accumulator total) {
            return new UncertaintyResult(nominal, spec, draws.inputNames, total, draws.binSizes);
        }
    }

    /** Everything random, drawn up front. */
    static final class Draws {
        int[] imputation;
        int[] normalisation;
        int[] aggregation;
        double[][][] weights;
        List<String> inputNames = new ArrayList<>();
        int[][] bin; // [input][replication]
        int[] binCount; // [input]
        int[][] binSizes; // [input][bin]
    }

    private static Draws draw(UncertaintySpec spec, CompiledTree tree, double[][] nominal, int ni, int nn, int na) {
        int n = spec.replications();
        SplittableRandom rng = new SplittableRandom(spec.seed());
        Draws d = new Draws();
        d.imputation = new int[n];
        d.normalisation = new int[n];
        d.aggregation = new int[n];
        d.weights = new double[n][][];
        for (int r = 0; r < n; r++) {
            d.imputation[r] = ni == 1 ? 0 : rng.nextInt(ni);
            d.normalisation[r] = nn == 1 ? 0 : rng.nextInt(nn);
            d.aggregation[r] = na == 1 ? 0 : rng.nextInt(na);
            d.weights[r] = new double[nominal.length][];
            for (int k = 0; k < nominal.length; k++) {
                d.weights[r][k] = perturb(nominal[k], spec, rng);
            }
        }
        List<int[]> bins = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        if (ni > 1) {
            d.inputNames.add("imputation");
            bins.add(d.imputation);
            counts.add(ni);
        }
        if (nn > 1) {
            d.inputNames.add("normalisation");
            bins.add(d.normalisation);
            counts.add(nn);
        }
        if (na > 1) {
            d.inputNames.add("aggregation");
            bins.add(d.aggregation);
            counts.add(na);
        }
        int root = nominal.length - 1;
        if (spec.weightNoise() != WeightNoise.NONE && nominal[root].length > 1) {
            int b = Math.max(2, Math.min(100, (int) Math.round(Math.sqrt(n))));
            FrameworkNode rootNode = tree.internals.get(root);
            for (int c = 0; c < nominal[root].length; c++) {
                double[] values = new double[n];
                for (int r = 0; r < n; r++) {
                    values[r] = d.weights[r][root][c];
                }
                d.inputNames.add("weight:" + rootNode.children().get(c).id());
                bins.add(equalCountBins(values, b));
                counts.add(b);
            }
        }
        d.bin = bins.toArray(new int[0][]);
        d.binCount = counts.stream().mapToInt(Integer::intValue).toArray();
        d.binSizes = new int[d.bin.length][];
        for (int i = 0; i < d.bin.length; i++) {
            d.binSizes[i] = new int[d.binCount[i]];
            for (int r = 0; r < n; r++) {
                d.binSizes[i][d.bin[i][r]]++;
            }
        }
        return d;
    }

    static int[] equalCountBins(double[] values, int bins) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(values[a], values[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] bin = new int[n];
        for (int pos = 0; pos < n; pos++) {
            bin[order[pos]] = (int) ((long) pos * bins / n);
        }
        return bin;
    }

    private static double[] perturb(double[] w, UncertaintySpec spec, SplittableRandom rng) {
        double[] out = new double[w.length];
        if (w.length == 1 || spec.weightNoise() == WeightNoise.NONE) {
            return w.clone();
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            if (spec.weightNoise() == WeightNoise.UNIFORM) {
                double x = spec.weightNoiseAmount();
                out[i] = w[i] * (1 + (2 * rng.nextDouble() - 1) * x);
            } else {
                out[i] = w[i] > 0 ? gamma(spec.weightNoiseAmount() * w[i], rng) : 0;
            }
            sum += out[i];
        }
        if (!(sum > 0)) {
            return w.clone();
        }
        for (int i = 0; i < w.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000), boosted for shape < 1. */
    static double gamma(double shape, SplittableRandom rng) {
        if (shape < 1) {
            return gamma(shape + 1, rng) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian(rng);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** Leaves in log space (geometric) or reciprocal space (harmonic), after the non-positive policy. */
    private static double[][][] transform(
            double[][][] x, Aggregation method, PipelineSettings settings, int a, List<Aggregation> aggs) {
        double eps = settings.nonPositiveAmount();
        boolean floor = settings.nonPositive() == PipelineSettings.NonPositivePolicy.EPSILON;
        double[][][] out = new double[x.length][][];
        for (int y = 0; y < x.length; y++) {
            out[y] = new double[x[y].length][];
            for (int u = 0; u < x[y].length; u++) {
                double[] row = x[y][u];
                double[] t = new double[row.length];
                for (int m = 0; m < row.length; m++) {
                    double v = row[m];
                    if (v != v) {
                        t[m] = Double.NaN;
                        continue;
                    }
                    if (floor && v < eps) {
                        v = eps;
                    } else if (v <= 0) {
                        throw new IndexCalculationException("Monte Carlo alternative "
                                + method.name().toLowerCase()
                                + " aggregation: a " + method.name().toLowerCase() + " mean needs positive values, got "
                                + v + "; choose nonPositive: shift or epsilon in the pipeline / 几何或调和平均需要正值");
                    }
                    t[m] = method == Aggregation.GEOMETRIC ? Math.log(v) : 1 / v;
                }
                out[y][u] = t;
            }
        }
        return out;
    }

    private static Accumulator simulate(
            int from,
            int to,
            CompiledTree tree,
            double[][][][][] leaves,
            boolean[][] complete,
            Aggregator[] aggregators,
            boolean[] descending,
            Draws d,
            int nn,
            int ny,
            int nu) {
        Accumulator acc = new Accumulator(ny, nu, d.inputNames.size(), d.binCount);
        int m = tree.indicators.size();
        double[] values = new double[tree.size];
        double[] buffer = new double[Math.max(1, tree.maxChildren())];
        double[] scores = new double[nu];
        double[] sortBuffer = new double[nu];
        int[] ranks = new int[nu];
        int root = tree.rootSlot();
        int inputs = d.inputNames.size();
        int[][] children = tree.children;
        double[] internal = new double[children.length];
        for (int r = from; r < to; r++) {
            double[][][] x = leaves[d.imputation[r] * nn + d.normalisation[r]][d.aggregation[r]];
            Aggregator aggregator = aggregators[d.aggregation[r]];
            boolean flip = descending[d.aggregation[r]];
            boolean fast = aggregator.method() == Aggregation.ARITHMETIC
                    && complete[d.imputation[r] * nn + d.normalisation[r]][d.aggregation[r]];
            double[][] w = d.weights[r];
            for (int y = 0; y < ny; y++) {
                for (int u = 0; u < nu; u++) {
                    double score;
                    if (fast) {
                        score = weightedSums(x[y][u], m, children, w, internal);
                    } else {
                        System.arraycopy(x[y][u], 0, values, 0, m);
                        try {
                            tree.aggregate(values, w, aggregator, buffer);
                        } catch (Aggregator.NonPositiveValueException e) {
                            throw new IndexCalculationException("Monte Carlo replication " + r + " ("
                                    + aggregator.method().name().toLowerCase() + " aggregation): " + e.getMessage());
                        }
                        score = values[root];
                    }
                    scores[u] = flip ? -score : score;
                }
                CompiledTree.rank(scores, ranks, sortBuffer);
                int[][] hist = acc.histogram[y];
                long[] sum = acc.sum[y];
                long[] sumSq = acc.sumSq[y];
                for (int u = 0; u < nu; u++) {
                    int rank = ranks[u];
                    hist[u][rank]++;
                    sum[u] += rank;
                    sumSq[u] += (long) rank * rank;
                }
                for (int i = 0; i < inputs; i++) {
                    long[] binSum = acc.binSum[i][d.bin[i][r]][y];
                    for (int u = 0; u < nu; u++) {
                        binSum[u] += ranks[u];
                    }
                }
            }
        }
        return acc;
    }

    /**
     * The arithmetic tree without missing values: every node is Σ w × child with weights summing to 1, so no
     * renormalisation or NaN check is needed. Returns the root's value.
     */
    private static double weightedSums(double[] leaves, int m, int[][] children, double[][] w, double[] internal) {
        for (int k = 0; k < children.length; k++) {
            int[] cs = children[k];
            double[] wk = w[k];
            double s = 0;
            for (int c = 0; c < cs.length; c++) {
                int slot = cs[c];
                s += wk[c] * (slot < m ? leaves[slot] : internal[slot - m]);
            }
            internal[k] = s;
        }
        return internal[children.length - 1];
    }

    /** Whether an array has no missing value. */
    private static boolean complete(double[][][] x) {
        for (double[][] year : x) {
            for (double[] row : year) {
                for (double v : row) {
                    if (v != v) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Integer sums of ranks: exact and independent of how replications are split between threads. */
    public static final class Accumulator implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        final int[][][] histogram; // [year][unit][rank 0..nu]
        final long[][] sum; // [year][unit]
        final long[][] sumSq;
        final long[][][][] binSum; // [input][bin][year][unit]

        Accumulator(int ny, int nu, int inputs, int[] binCount) {
            histogram = new int[ny][nu][nu + 1];
            sum = new long[ny][nu];
            sumSq = new long[ny][nu];
            binSum = new long[inputs][][][];
            for (int i = 0; i < inputs; i++) {
                binSum[i] = new long[binCount[i]][ny][nu];
            }
        }

        /** Adds another slice's sums into this one and returns this. */
        public Accumulator add(Accumulator o) {
            for (int y = 0; y < sum.length; y++) {
                for (int u = 0; u < sum[y].length; u++) {
                    sum[y][u] += o.sum[y][u];
                    sumSq[y][u] += o.sumSq[y][u];
                    for (int r = 0; r < histogram[y][u].length; r++) {
                        histogram[y][u][r] += o.histogram[y][u][r];
                    }
                }
            }
            for (int i = 0; i < binSum.length; i++) {
                for (int b = 0; b < binSum[i].length; b++) {
                    for (int y = 0; y < sum.length; y++) {
                        for (int u = 0; u < sum[y].length; u++) {
                            binSum[i][b][y][u] += o.binSum[i][b][y][u];
                        }
                    }
                }
            }
            return this;
        }
    }
}
