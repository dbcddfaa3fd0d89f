package org.innopark.engine.rules;

import java.util.function.DoubleFunction;

/**
 * An interval of values with explicit bounds, the one bracket syntax of every rule file (ladder bracket and threshold
 * tables, points bracket tables), written in interval notation: {@code [30%,)} is "≥ 30%", {@code [25%,30%)} is "25%
 * (inclusive) to 30% (exclusive)", {@code (,10%)} is "below 10%", {@code [1000万,1亿)} is "10 million (inclusive) to 100
 * million yuan (exclusive)". An empty side is unbounded and holds every value on that side, even an infinite one; a
 * bound may be a plain number or one with {@code %}, {@code 万} or {@code 亿} ({@link Amounts}).
 */
public record Interval(double lower, boolean lowerInclusive, double upper, boolean upperInclusive) {

    /** Every value. */
    public static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /** Parses interval notation; null when the text is not an interval. */
    public static Interval parse(String text) {
        String t = text.strip();
        if (t.length() < 3) {
            return null;
        }
        char open = t.charAt(0);
        char close = t.charAt(t.length() - 1);
        if ((open != '[' && open != '(') || (close != ']' && close != ')')) {
            return null;
        }
        String[] parts = t.substring(1, t.length() - 1).split(",", -1);
        if (parts.length != 2) {
            return null;
        }
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        if (!parts[0].isBlank()) {
            Double v = Amounts.parse(parts[0]);
            if (v == null) {
                return null;
            }
            lower = v;
        } else if (open == '[') {
            return null;
        }
        if (!parts[1].isBlank()) {
            Double v = Amounts.parse(parts[1]);
            if (v == null) {
                return null;
            }
            upper = v;
        } else if (close == ']') {
            return null;
        }
        return new Interval(lower, open == '[', upper, close == ']');
    }

    /** Reads a non-empty interval; anything else is an error naming the file, line and column. */
    public static Interval read(RuleNode n) {
        Interval r = parse(n.text());
        if (r == null) {
            throw n.error("'" + n.text().strip() + "' is not an interval; write e.g. [30%,) (≥ 30%), [25%,30%) or"
                    + " (,10%) (< 10%); an open side is unbounded / 区间格式应如 [30%,)、[25%,30%)、(,10%)");
        }
        if (r.isEmpty()) {
            throw n.error("the interval " + n.text().strip() + " holds no value / 区间为空");
        }
        return r;
    }

    public boolean isEmpty() {
        return lower > upper || lower == upper && !(lowerInclusive && upperInclusive);
    }

    /** Whether the interval holds the value, comparing exactly (as SQL's {@code v >= a AND v < b} does). */
    public boolean contains(double value) {
        return contains(value, 0);
    }

    /**
     * Whether the interval holds the value, a bound and a value within {@code tolerance} × max(1, |value|) of each
     * other counting as equal (so that 0.3 computed as 0.1 + 0.2 is at the bound 30%).
     */
    public boolean contains(double value, double tolerance) {
        if (Double.isNaN(value)) {
            return false;
        }
        int lo = unboundedBelow() ? 1 : compare(value, lower, tolerance);
        if (lo < 0 || (lo == 0 && !lowerInclusive)) {
            return false;
        }
        int hi = unboundedAbove() ? -1 : compare(value, upper, tolerance);
        return hi < 0 || (hi == 0 && upperInclusive);
    }

    private static int compare(double a, double b, double tolerance) {
        if (a == b) {
            return 0;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.compare(a, b);
        }
        double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        if (Math.abs(a - b) <= tolerance * scale) {
            return 0;
        }
        return a < b ? -1 : 1;
    }

    public boolean unboundedBelow() {
        return lower == Double.NEGATIVE_INFINITY;
    }

    public boolean unboundedAbove() {
        return upper == Double.POSITIVE_INFINITY;
    }

    /** Whether every value of this interval lies below every value of the other. */
    public boolean below(Interval other) {
        return upper < other.lower || (upper == other.lower && !(upperInclusive && other.lowerInclusive));
    }

    public boolean overlaps(Interval other) {
        return !below(other) && !other.below(this);
    }

    /** The interval in notation with the bounds formatted, e.g. {@code [25%, 30%)}; an unbounded side is empty. */
    public String format(DoubleFunction<String> bound) {
        return (lowerInclusive ? "[" : "(") + (unboundedBelow() ? "" : bound.apply(lower)) + ", "
                + (unboundedAbove() ? "" : bound.apply(upper)) + (upperInclusive ? "]" : ")");
    }

    /** The interval with ∞ for an unbounded side and plain numbers, e.g. {@code [2, +∞)}. */
    public String describe() {
        boolean closedBelow = lowerInclusive && !unboundedBelow();
        boolean closedAbove = upperInclusive && !unboundedAbove();
        return (closedBelow ? "[" : "(") + plain(lower) + ", " + plain(upper) + (closedAbove ? "]" : ")");
    }

    private static String plain(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "+∞" : "−∞";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return format(Interval::plain);
    }
}
