package org.innopark.engine.ladder;

/**
 * An interval of values with explicit bounds, written in rule files in interval notation: {@code [30%,)} is "≥ 30%",
 * {@code [25%,30%)} is "25% (inclusive) to 30% (exclusive)", {@code (,10%)} is "below 10%". An empty side is
 * unbounded.
 */
public record Range(double lower, boolean lowerInclusive, double upper, boolean upperInclusive) {

    /** Parses interval notation; returns null when the text is not an interval. */
    static Range parse(String text) {
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
        return new Range(lower, open == '[', upper, close == ']');
    }

    public boolean contains(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        // An unbounded side holds every value, even an infinite one ("not computable, lowest band").
        int lo = unboundedBelow() ? 1 : Operator.compare(value, lower);
        if (lo < 0 || (lo == 0 && !lowerInclusive)) {
            return false;
        }
        int hi = unboundedAbove() ? -1 : Operator.compare(value, upper);
        return hi < 0 || (hi == 0 && upperInclusive);
    }

    public boolean unboundedBelow() {
        return lower == Double.NEGATIVE_INFINITY;
    }

    public boolean unboundedAbove() {
        return upper == Double.POSITIVE_INFINITY;
    }

    /** The interval in notation with the values formatted in the unit, e.g. {@code [25%, 30%)}. */
    public String format(Unit unit) {
        return (lowerInclusive ? "[" : "(") + (unboundedBelow() ? "" : unit.plain(lower)) + ", "
                + (unboundedAbove() ? "" : unit.plain(upper)) + (upperInclusive ? "]" : ")");
    }

    @Override
    public String toString() {
        return format(Unit.NUMBER);
    }
}
