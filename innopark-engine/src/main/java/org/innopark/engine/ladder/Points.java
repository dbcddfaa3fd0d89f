package org.innopark.engine.ladder;

/**
 * A score, or the interval a score must lie in when some of its inputs are unknown or left to an expert's judgement
 * (e.g. "≥ 5 conversions → 25–30 points"). A known score has {@code min == max}.
 */
public record Points(double min, double max) {

    public static final Points ZERO = new Points(0, 0);

    public Points {
        if (min > max) {
            throw new IllegalArgumentException("points " + min + ".." + max);
        }
    }

    public static Points exactly(double value) {
        return new Points(value, value);
    }

    public boolean exact() {
        return min == max;
    }

    Points plus(Points other) {
        return new Points(min + other.min, max + other.max);
    }

    Points cap(double cap) {
        return new Points(Math.min(min, cap), Math.min(max, cap));
    }

    /** The better of two alternatives for every possible value: the larger minimum and the larger maximum. */
    Points best(Points other) {
        return new Points(Math.max(min, other.min), Math.max(max, other.max));
    }

    /** The smallest interval holding both. */
    Points hull(Points other) {
        return new Points(Math.min(min, other.min), Math.max(max, other.max));
    }

    @Override
    public String toString() {
        return exact() ? Unit.NUMBER.plain(min) : Unit.NUMBER.plain(min) + "–" + Unit.NUMBER.plain(max);
    }
}
