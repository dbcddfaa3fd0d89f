package org.innopark.engine.monitor.eval;

/**
 * One labelled trouble: the firm, its kind and the months it lasts.
 *
 * @param start the first month of the trouble (see {@link org.innopark.engine.monitor.Period})
 * @param end the last month, or {@link #OPEN} when it lasts to the end of the panel
 */
public record FaultLabel(String creditCode, FaultKind kind, int start, int end) {

    public static final int OPEN = Integer.MAX_VALUE;

    public FaultLabel {
        if (end < start) {
            throw new IllegalArgumentException("a fault ends after it starts");
        }
    }
}
