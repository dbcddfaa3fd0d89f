package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A ratio with its parts, so that every KPI shows what it was computed from; empty when the denominator is 0. */
public record Share(BigDecimal numerator, BigDecimal denominator) {

    public static Share of(long numerator, long denominator) {
        return new Share(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The ratio to 4 decimals, or null when the denominator is 0. */
    public BigDecimal value() {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }

    /** The ratio as a percentage with one decimal, or "—". */
    public String percent() {
        BigDecimal v = value();
        return v == null
                ? "—"
                : v.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
