package org.innopark.engine.points;

/** Which enterprises an enterprise is compared with (评价范围): percentiles, cohort goalposts and ranks use it. */
public enum CohortKind {
    /** The enterprises of the same park. */
    PARK,
    /** The enterprises of the same park and the same industry division (GB/T 4754 大类). */
    PARK_INDUSTRY,
    /** Every enterprise in the input. */
    NATION
}
