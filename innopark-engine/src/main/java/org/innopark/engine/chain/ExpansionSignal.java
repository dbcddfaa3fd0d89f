package org.innopark.engine.chain;

/** An expansion signal of a pool firm (the ZSServer signal list): a dated event that it is growing somewhere. */
public enum ExpansionSignal {
    BRANCH("新设分支", "家"),
    FINANCING("融资", "轮"),
    HIRING("招聘扩张", "次"),
    LAND("购地", "宗");

    private final String zh;
    private final String unit;

    ExpansionSignal(String zh, String unit) {
        this.zh = zh;
        this.unit = unit;
    }

    public String zh() {
        return zh;
    }

    /** E.g. 新设分支3家. */
    public String count(int n) {
        return zh + n + unit;
    }

    /** The signal of a Chinese or English name (新设分支, 分支机构, branch…), or null. */
    public static ExpansionSignal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (ExpansionSignal s : values()) {
            if (s.name().equals(t) || s.zh.equals(text.strip())) {
                return s;
            }
        }
        return switch (text.strip()) {
            case "分支机构", "新设分支机构", "对外投资" -> BRANCH;
            case "融资事件", "投融资", "获得融资" -> FINANCING;
            case "招聘", "招聘信息" -> HIRING;
            case "土地", "购地信息", "土地购买", "拿地" -> LAND;
            default -> null;
        };
    }
}
