package org.innopark.app.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic the feature reports' figures share. */
final class ReportNumbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportNumbers() {}

    /** {@code part} as a percentage of {@code whole} (6 decimals, half up); {@code whole} must not be 0. */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }
}
