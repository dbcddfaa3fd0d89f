package org.innopark.engine.ladder;

/** The three-valued result of one condition: met, not met, or not decidable from what is known. */
public enum Status {
    PASS,
    FAIL,
    UNKNOWN;

    static Status of(boolean pass) {
        return pass ? PASS : FAIL;
    }

    /** Kleene conjunction: FAIL wins, then UNKNOWN. */
    Status and(Status other) {
        if (this == FAIL || other == FAIL) {
            return FAIL;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : PASS;
    }

    /** Kleene disjunction: PASS wins, then UNKNOWN. */
    Status or(Status other) {
        if (this == PASS || other == PASS) {
            return PASS;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FAIL;
    }
}
