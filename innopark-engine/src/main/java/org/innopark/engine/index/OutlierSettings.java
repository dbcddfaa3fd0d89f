package org.innopark.engine.index;

import java.util.Objects;

/**
 * Outlier treatment. WINSORISE follows COINr and the JRC: while an indicator's |skewness| exceeds {@code skew} and its
 * (excess) kurtosis exceeds {@code kurtosis}, the most extreme value on the side of the skew is set to the next value
 * in, up to {@code maxPoints} points; if the indicator is still outlying, the {@code fallback} transform is applied.
 * LOG and SQRT transform, as the European Innovation Scoreboard does, every indicator whose |skewness| exceeds
 * {@code transformSkew}. Skewness and kurtosis are the bias-corrected sample statistics (Excel's SKEW and KURT).
 *
 * @param method NONE, WINSORISE, LOG or SQRT
 * @param skew absolute skewness above which an indicator is treated (COINr: 2)
 * @param kurtosis excess kurtosis above which an indicator is treated (COINr: 3.5)
 * @param maxPoints most points winsorised per indicator and year (COINr: 5)
 * @param fallback NONE, LOG or SQRT, applied when winsorisation reaches maxPoints without success
 * @param transformSkew absolute skewness above which LOG and SQRT transform an indicator (EIS: 1)
 */
public record OutlierSettings(
        Method method, double skew, double kurtosis, int maxPoints, Method fallback, double transformSkew) {

    public static final OutlierSettings NONE = new OutlierSettings(Method.NONE, 2, 3.5, 5, Method.NONE, 1);

    /** COINr's defaults: skewness 2, kurtosis 3.5, at most 5 points, then a log transform. */
    public static final OutlierSettings COINR = new OutlierSettings(Method.WINSORISE, 2, 3.5, 5, Method.LOG, 1);

    public OutlierSettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(fallback, "fallback");
        if (fallback == Method.WINSORISE) {
            throw new IllegalArgumentException("the fallback of winsorisation is a transform: none, log or sqrt");
        }
        if (maxPoints < 0) {
            throw new IllegalArgumentException("maxPoints cannot be negative");
        }
    }

    /** Treatment methods. */
    public enum Method {
        NONE,
        WINSORISE,
        /** ln(x), or ln(x − min + 1) when some value is not positive. */
        LOG,
        /** √x, or √(x − min) when some value is negative. */
        SQRT
    }
}
