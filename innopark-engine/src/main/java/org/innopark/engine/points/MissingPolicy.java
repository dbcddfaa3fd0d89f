package org.innopark.engine.points;

/**
 * What an indicator scores when an enterprise's value is missing (not reported, or undefined such as a growth rate
 * without a previous year or a ratio over a zero denominator).
 */
public enum MissingPolicy {
    /** The indicator earns zero points (记零分). */
    ZERO,
    /**
     * The value is taken as the cohort median of the reported values (percentile_cont 0.5) and scored like a reported
     * value; when nobody in the cohort reported it, zero points.
     */
    COHORT_MEDIAN,
    /**
     * The indicator is left out for this enterprise and its other indicators of the same part (base or bonus) are
     * scaled up so that the part keeps its full scale: factor = part scale / (part scale − excluded weights).
     */
    EXCLUDE_AND_REWEIGHT
}
