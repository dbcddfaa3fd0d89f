package org.innopark.engine.registry;

/**
 * 信用与合规记录的类型: the kinds of credit and compliance record a park keeps per enterprise. The code is stored; the
 * Chinese name is what files and pages show.
 */
public enum CreditRecordType implements Labelled {
    /** 经营异常名录 (《企业经营异常名录管理暂行办法》): listed with one of the four statutory reasons, removed later. */
    ABNORMAL_OPERATION("经营异常名录", "Abnormal-operation list", true),
    /** 严重违法失信名单 (formerly 严重违法失信企业名单). */
    SERIOUS_VIOLATION("严重违法失信名单", "Serious-violation list", true),
    /** 失信被执行人 (court list of dishonest judgment debtors). */
    DISHONEST_DEBTOR("失信被执行人", "Dishonest judgment debtor", true),
    /** 行政处罚: category, amount, authority, date. */
    ADMINISTRATIVE_PENALTY("行政处罚", "Administrative penalty", false),
    /** 安全生产事故, with its level. */
    SAFETY_INCIDENT("安全生产事故", "Work-safety accident", false),
    /** 质量事故, with its level. */
    QUALITY_INCIDENT("质量事故", "Quality accident", false),
    /** 环境事故或环境违法行为, with its level. */
    ENVIRONMENTAL_INCIDENT("环境事故或环境违法", "Environmental incident or violation", false),
    /** 科研失信行为. */
    RESEARCH_MISCONDUCT("科研失信", "Research misconduct", false),
    /** 重大税收违法失信. */
    TAX_VIOLATION("税收违法", "Tax violation", false);

    private final String zh;
    private final String en;
    private final boolean listing;

    CreditRecordType(String zh, String en, boolean listing) {
        this.zh = zh;
        this.en = en;
        this.listing = listing;
    }

    /** Parses a code, Chinese name or English name. */
    public static CreditRecordType parse(String text) {
        return Labelled.parse(CreditRecordType.class, text, "记录类型", "record type");
    }

    /** Whether a record of this type is a listing with a period (列入 … 移出), rather than an event on a day. */
    public boolean isListing() {
        return listing;
    }

    /** Whether a record of this type must say its level (一般/较大/重大/特别重大). */
    public boolean hasLevel() {
        return this == SAFETY_INCIDENT || this == QUALITY_INCIDENT || this == ENVIRONMENTAL_INCIDENT;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
