package org.innopark.engine.index;

import java.util.List;
import java.util.Objects;
import org.innopark.engine.index.PipelineSettings.Aggregation;
import org.innopark.engine.index.PipelineSettings.Imputation;
import org.innopark.engine.index.PipelineSettings.Normalisation;

/**
 * The assumptions a Monte Carlo uncertainty analysis varies. Each replication perturbs every sibling group's weights
 * and draws one alternative of each listed choice uniformly; an empty list keeps the framework's own choice.
 *
 * @param replications number of replications
 * @param seed random seed; the same seed gives the same result whatever the number of threads
 * @param threads worker threads (0: one per available processor)
 * @param weightNoise how weights are perturbed
 * @param weightNoiseAmount UNIFORM: each weight is multiplied by 1 + U(−x, x) before renormalising (x = 0.25 is
 *     ±25%); DIRICHLET: the concentration c of Dirichlet(c × w)
 * @param imputations alternative imputation methods
 * @param normalisations alternative normalisation methods
 * @param aggregations alternative aggregation methods
 */
public record UncertaintySpec(
        int replications,
        long seed,
        int threads,
        WeightNoise weightNoise,
        double weightNoiseAmount,
        List<Imputation> imputations,
        List<Normalisation> normalisations,
        List<Aggregation> aggregations) {

    public UncertaintySpec {
        Objects.requireNonNull(weightNoise, "weightNoise");
        imputations = List.copyOf(imputations);
        normalisations = List.copyOf(normalisations);
        aggregations = List.copyOf(aggregations);
        if (replications < 2) {
            throw new IllegalArgumentException("at least 2 replications");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads cannot be negative");
        }
        if (weightNoise == WeightNoise.UNIFORM && !(weightNoiseAmount >= 0 && weightNoiseAmount < 1)) {
            throw new IllegalArgumentException("uniform weight noise must be in [0, 1)");
        }
        if (weightNoise == WeightNoise.DIRICHLET && !(weightNoiseAmount > 0)) {
            throw new IllegalArgumentException("the Dirichlet concentration must be positive");
        }
    }

    /** Weights ±25% (uniform), the framework's own other choices, on every processor. */
    public static UncertaintySpec of(int replications, long seed) {
        return new UncertaintySpec(replications, seed, 0, WeightNoise.UNIFORM, 0.25, List.of(), List.of(), List.of());
    }

    public UncertaintySpec withWeights(WeightNoise noise, double amount) {
        return new UncertaintySpec(
                replications, seed, threads, noise, amount, imputations, normalisations, aggregations);
    }

    public UncertaintySpec withImputations(List<Imputation> alternatives) {
        return new UncertaintySpec(
                replications,
                seed,
                threads,
                weightNoise,
                weightNoiseAmount,
                alternatives,
                normalisations,
                aggregations);
    }

    public UncertaintySpec withNormalisations(List<Normalisation> alternatives) {
        return new UncertaintySpec(
                replications, seed, threads, weightNoise, weightNoiseAmount, imputations, alternatives, aggregations);
    }

    public UncertaintySpec withAggregations(List<Aggregation> alternatives) {
        return new UncertaintySpec(
                replications, seed, threads, weightNoise, weightNoiseAmount, imputations, normalisations, alternatives);
    }

    public UncertaintySpec withThreads(int n) {
        return new UncertaintySpec(
                replications, seed, n, weightNoise, weightNoiseAmount, imputations, normalisations, aggregations);
    }

    /** How weights are perturbed. */
    public enum WeightNoise {
        NONE,
        UNIFORM,
        DIRICHLET
    }
}
