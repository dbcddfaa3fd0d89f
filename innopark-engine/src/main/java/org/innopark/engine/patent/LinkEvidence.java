package org.innopark.engine.patent;

/**
 * Why an applicant was linked to a registry enterprise, from the strongest evidence to the weakest, with the
 * confidence each gives and whether an analyst must confirm it.
 */
public enum LinkEvidence {
    /** The patent data gives the applicant's unified social credit code and the registry has it. 信用代码一致 */
    CREDIT_CODE("信用代码一致", 1.00, false),
    /** The normalised names are equal. 名称一致 */
    SAME_NAME("名称一致(全半角、空格归一后)", 0.97, false),
    /** The applicant is a branch (分公司) of the enterprise: a branch is not a legal person of its own. 分支机构 */
    BRANCH_OF("分支机构归属总公司", 0.90, false),
    /** The names differ only in their legal form (有限公司 / 股份有限公司), as after a restructuring. 组织形式不同 */
    SAME_CORE("名称主体一致、组织形式不同", 0.75, true),
    /** The names differ in a bracketed place or note (比亚迪(深圳)…): perhaps a subsidiary. 括注不同 */
    SAME_CORE_WITHOUT_BRACKETS("去括注后名称一致(可能为子公司)", 0.55, true);

    private final String zh;
    private final double confidence;
    private final boolean needsConfirmation;

    LinkEvidence(String zh, double confidence, boolean needsConfirmation) {
        this.zh = zh;
        this.confidence = confidence;
        this.needsConfirmation = needsConfirmation;
    }

    public String zh() {
        return zh;
    }

    public double confidence() {
        return confidence;
    }

    public boolean needsConfirmation() {
        return needsConfirmation;
    }
}
