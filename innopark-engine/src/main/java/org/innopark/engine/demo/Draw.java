package org.innopark.engine.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws for the demo generator. Uses {@link StrictMath} throughout so that the same seed gives bit-identical
 * values on every JVM and processor.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A seed for a sub-stream identified by the given keys (a SplitMix64 finaliser over each key in turn). */
    static long seed(long... keys) {
        long h = 0x9E3779B97F4A7C15L;
        for (long k : keys) {
            h = mix(h ^ mix(k + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** An int in [from, to], both inclusive. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A long in [0, bound). */
    long below(long bound) {
        return random.nextLong(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A standard normal value (Box–Muller). */
    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** A Poisson count; the normal approximation above a mean of 40. */
    long poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 40) {
            return Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** An index drawn with the given (non-negative) weights. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** A day of the year, uniformly between the two dates, both inclusive. */
    LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    LocalDate dayIn(int year) {
        return day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }
}
