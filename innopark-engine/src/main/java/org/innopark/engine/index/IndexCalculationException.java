package org.innopark.engine.index;

/** The pipeline cannot produce an index from these data and settings; the message says where and why. */
public class IndexCalculationException extends RuntimeException {

    public IndexCalculationException(String message) {
        super(message);
    }
}
