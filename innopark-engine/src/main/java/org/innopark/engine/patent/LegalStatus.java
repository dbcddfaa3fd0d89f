package org.innopark.engine.patent;

/** 法律状态 of a patent, as patent data states it. */
public enum LegalStatus {
    PENDING("审中", "pending"),
    IN_FORCE("有效", "active"),
    LAPSED("失效", "lapsed"),
    UNKNOWN("未知", "unknown");

    private final String zh;
    private final String en;

    LegalStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    /**
     * Reads the status as written: 审中/实审/公开, 有效/授权/granted/active, 失效/驳回/撤回/届满/expired/withdrawn, or
     * 未知; empty is unknown. Anything else is an error naming the valid words.
     */
    public static LegalStatus parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "", "未知", "unknown" -> UNKNOWN;
            case "审中", "实审", "实质审查", "公开", "pending" -> PENDING;
            case "有效", "授权", "granted", "active", "in force" -> IN_FORCE;
            case "失效",
                    "驳回",
                    "撤回",
                    "视为撤回",
                    "届满",
                    "未缴年费",
                    "放弃",
                    "lapsed",
                    "expired",
                    "withdrawn",
                    "rejected",
                    "inactive" -> LAPSED;
            default ->
                throw new IllegalArgumentException("'" + text.strip() + "' is not a legal status: valid are 审中,"
                        + " 有效, 失效, 未知 (or pending, active, lapsed, unknown) / 不是有效的法律状态");
        };
    }

    public String en() {
        return en;
    }
}
