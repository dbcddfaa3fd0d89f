package org.innopark.engine.chain;

/**
 * An analyst's decision on an enterprise's mapping to a node: confirm or reject an automatic mapping, or add one;
 * kept across re-imports.
 */
public record AnalystDecision(String creditCode, String chainId, String nodeId, Verb verb, String note) {

    public enum Verb {
        CONFIRM("确认"),
        REJECT("否定"),
        ADD("添加");

        private final String zh;

        Verb(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }
}
