package org.innopark.engine.index;

/** Whether a higher value of an indicator is better (正向指标) or worse (逆向指标). */
public enum Direction {
    POSITIVE(1),
    NEGATIVE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 or -1. */
    public int sign() {
        return sign;
    }
}
