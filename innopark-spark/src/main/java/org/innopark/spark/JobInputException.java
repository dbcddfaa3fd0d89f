package org.innopark.spark;

/** A bad input row or header, found on the driver or in a task: where it is and what is wrong, in Chinese and English. */
public final class JobInputException extends RuntimeException {

    private final String zh;

    public JobInputException(String source, String zh, String en) {
        super(source + ": " + en);
        this.zh = source + ": " + zh;
    }

    public String messageZh() {
        return zh;
    }
}
