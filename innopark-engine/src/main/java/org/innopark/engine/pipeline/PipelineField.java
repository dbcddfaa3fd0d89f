package org.innopark.engine.pipeline;

import java.util.Locale;

/** What a transition may require besides its date, as written in the stage files ({@code contract-amount}, …). */
public enum PipelineField {
    /** 协议投资额 (亿元) as signed. */
    CONTRACT_AMOUNT("合同(协议)投资额", "contracted amount", Type.AMOUNT),
    /** 计划开工日期. */
    PLANNED_START_DATE("计划开工日期", "planned start date", Type.DATE),
    /** 到资额 (亿元) of the first funds received. */
    FUNDS_AMOUNT("到资额", "funds received", Type.AMOUNT),
    /** 依据文件: the contract, the licence or the minutes the stage rests on (number or file name). */
    DOCUMENT("依据文件", "document", Type.TEXT),
    /** 原因: why a project ended or was lost. */
    REASON("原因", "reason", Type.TEXT);

    /** The kind of value a field holds. */
    public enum Type {
        DATE,
        AMOUNT,
        TEXT
    }

    private final String zh;
    private final String en;
    private final Type type;

    PipelineField(String zh, String en, Type type) {
        this.zh = zh;
        this.en = en;
        this.type = type;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public Type type() {
        return type;
    }

    /** The name written in stage files, e.g. {@code contract-amount}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The field named by its key, or null. */
    public static PipelineField ofKey(String key) {
        for (PipelineField f : values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }
}
