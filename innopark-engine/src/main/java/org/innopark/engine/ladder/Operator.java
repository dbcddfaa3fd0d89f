package org.innopark.engine.ladder;

/**
 * A comparison operator of a threshold. Comparisons treat two numbers within a relative 1e-12 of each other as equal,
 * so that a ratio computed in floating point lands exactly on a bound written in decimal.
 */
public enum Operator {
    GT(">", "高于"),
    GE("≥", "不低于"),
    LT("<", "低于"),
    LE("≤", "不高于");

    static final double TOLERANCE = 1e-12;

    private final String symbol;
    private final String zh;

    Operator(String symbol, String zh) {
        this.symbol = symbol;
        this.zh = zh;
    }

    /** Parses {@code > >= ≥ < <= ≤}. */
    static Operator parse(String text) {
        return switch (text.strip()) {
            case ">" -> GT;
            case ">=", "≥" -> GE;
            case "<" -> LT;
            case "<=", "≤" -> LE;
            default -> null;
        };
    }

    public String symbol() {
        return symbol;
    }

    /** The operator in words, e.g. 不低于. */
    public String zh() {
        return zh;
    }

    /** Whether {@code value op threshold} holds. */
    public boolean test(double value, double threshold) {
        int c = compare(value, threshold);
        return switch (this) {
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
        };
    }

    /** True for the operators that a larger value helps to meet. */
    public boolean upward() {
        return this == GT || this == GE;
    }

    /** Compares with the tolerance of threshold comparisons. */
    static int compare(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.compare(a, b);
        }
        double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        if (Math.abs(a - b) <= TOLERANCE * scale) {
            return 0;
        }
        return a < b ? -1 : 1;
    }
}
