package org.innopark.engine.monitor.eval;

/** The kinds of trouble a labelled panel holds, with their names in a labels file (故障类型). */
public enum FaultKind {
    SHUTDOWN("停产"),
    DECLINE("持续下滑"),
    LAYOFFS("裁员"),
    TAX_ARREARS("欠税"),
    CONTRADICTION("报表矛盾"),
    REPORTS_STOP("报表中断"),
    SHARP_DROP("断崖下跌");

    private final String zh;

    FaultKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Reads a kind by its Chinese name or code ({@code shutdown}, {@code SHARP_DROP}); null when none. */
    public static FaultKind parse(String text) {
        String t = text.strip().replace('-', '_');
        for (FaultKind k : values()) {
            if (k.zh.equals(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        return null;
    }
}
