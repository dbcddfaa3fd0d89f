package org.innopark.engine.ladder;

/** 认定结果: whether an enterprise meets a scheme. */
public enum Outcome {
    QUALIFIED("符合", "Qualified"),
    NOT_QUALIFIED("不符合", "Not qualified"),
    /** The data and the known facts do not settle it: some input is unknown and could go either way. */
    UNDECIDED("待定", "Undecided");

    private final Label label;

    Outcome(String zh, String en) {
        this.label = new Label(zh, en);
    }

    public Label label() {
        return label;
    }
}
