package org.innopark.engine.points;

/** Whether a higher or a lower indicator value is better (正向 / 逆向指标). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
