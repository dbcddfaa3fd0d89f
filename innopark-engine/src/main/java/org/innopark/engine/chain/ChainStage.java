package org.innopark.engine.chain;

/** Where a node sits along a chain: 上游, 中游, 下游; reference lists have no stage. */
public enum ChainStage {
    UPSTREAM("上游"),
    MIDSTREAM("中游"),
    DOWNSTREAM("下游"),
    NONE("");

    private final String zh;

    ChainStage(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
