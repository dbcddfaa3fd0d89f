package org.innopark.engine.index;

import org.innopark.engine.index.PipelineSettings.Aggregation;
import org.innopark.engine.index.PipelineSettings.NonPositivePolicy;

/**
 * Weighted aggregation of one unit's children values. Missing (NaN) children are left out and the weights of the
 * others renormalised (COINr's default); all missing gives NaN. Geometric and harmonic means of a zero or negative
 * value follow the explicit {@link NonPositivePolicy}: an error by default, or a shift (the aggregate is taken on
 * x + c and c is subtracted back), or an epsilon floor.
 */
public final class Aggregator {

    private final Aggregation method;
    private final NonPositivePolicy policy;
    private final double amount;

    public Aggregator(Aggregation method, NonPositivePolicy policy, double amount) {
        this.method = method;
        this.policy = policy;
        this.amount = amount;
        if (policy == NonPositivePolicy.EPSILON && !(amount > 0)) {
            throw new IllegalArgumentException("epsilon must be positive");
        }
    }

    public Aggregation method() {
        return method;
    }

    /**
     * The weighted mean of the values (weights need not sum to 1).
     *
     * @throws NonPositiveValueException when a geometric or harmonic mean meets a value ≤ 0 under the ERROR policy,
     *     or a value that stays ≤ 0 after the shift
     */
    public double aggregate(double[] values, double[] weights) {
        return aggregate(values, 0, weights);
    }

    /** As {@link #aggregate(double[], double[])}, reading {@code weights.length} values from {@code offset}. */
    double aggregate(double[] values, int offset, double[] weights) {
        double wsum = 0;
        double acc = 0;
        int n = weights.length;
        switch (method) {
            case ARITHMETIC -> {
                for (int i = 0; i < n; i++) {
                    double x = values[offset + i];
                    if (x == x) {
                        acc += weights[i] * x;
                        wsum += weights[i];
                    }
                }
                return wsum > 0 ? acc / wsum : Double.NaN;
            }
            case GEOMETRIC -> {
                for (int i = 0; i < n; i++) {
                    double x = values[offset + i];
                    if (x == x) {
                        acc += weights[i] * Math.log(positive(x));
                        wsum += weights[i];
                    }
                }
                return wsum > 0 ? unshift(Math.exp(acc / wsum)) : Double.NaN;
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    double x = values[offset + i];
                    if (x == x) {
                        acc += weights[i] / positive(x);
                        wsum += weights[i];
                    }
                }
                return wsum > 0 ? unshift(wsum / acc) : Double.NaN;
            }
        }
    }

    private double positive(double x) {
        switch (policy) {
            case SHIFT -> {
                double shifted = x + amount;
                if (shifted <= 0) {
                    throw new NonPositiveValueException(x, "value " + x + " + shift " + amount + " is still ≤ 0");
                }
                return shifted;
            }
            case EPSILON -> {
                return x < amount ? amount : x;
            }
            default -> {
                // ERROR, and RESCALE (whose values are already on [1, 100]).
                if (x <= 0) {
                    throw new NonPositiveValueException(
                            x,
                            "a " + method.name().toLowerCase()
                                    + " mean needs positive values, got " + x
                                    + "; choose nonPositive: shift or epsilon in the pipeline / 几何或调和平均需要正值");
                }
                return x;
            }
        }
    }

    private double unshift(double mean) {
        return policy == NonPositivePolicy.SHIFT ? mean - amount : mean;
    }

    /** A zero or negative value met by a geometric or harmonic mean. */
    public static final class NonPositiveValueException extends IndexCalculationException {
        private final double value;

        NonPositiveValueException(double value, String message) {
            super(message);
            this.value = value;
        }

        public double value() {
            return value;
        }
    }
}
