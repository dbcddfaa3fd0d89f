package org.innopark.engine.transfer;

/** What a technology demand is matched with: 科技成果, 专家 or 科研仪器设备; and an enterprise, for a result. */
public enum ObjectType {
    RESULT("成果", "result"),
    EXPERT("专家", "expert"),
    INSTRUMENT("仪器", "instrument"),
    /** An enterprise, found for a result by its demands and industry (the other direction). */
    ENTERPRISE("企业", "enterprise");

    /** The pools a demand is matched with. */
    public static final java.util.List<ObjectType> POOLS = java.util.List.of(RESULT, EXPERT, INSTRUMENT);

    private final String zh;
    private final String en;

    ObjectType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The name written in the match file's 对象类型 column: 成果, 专家, 仪器. */
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The type written as 成果/专家/仪器 (or its English name), or null. */
    public static ObjectType parse(String text) {
        for (ObjectType t : values()) {
            if (t.zh.equals(text) || t.en.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        return null;
    }
}
