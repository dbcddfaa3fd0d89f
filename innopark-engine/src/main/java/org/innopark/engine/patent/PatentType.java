package org.innopark.engine.patent;

import java.util.Locale;

/** 专利类型, told from the publication's kind code (CN: A/B/C 发明, U/Y 实用新型, S/D 外观设计). */
public enum PatentType {
    INVENTION("发明"),
    UTILITY_MODEL("实用新型"),
    DESIGN("外观设计");

    private final String zh;

    PatentType(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The type of a kind code such as {@code A}, {@code B1}, {@code U}; an error naming the valid codes. */
    public static PatentType ofKind(String kind) {
        String k = kind == null ? "" : IpcSymbol.compact(kind);
        if (!k.isEmpty()) {
            switch (k.charAt(0)) {
                case 'A', 'B', 'C' -> {
                    return INVENTION;
                }
                case 'U', 'Y' -> {
                    return UTILITY_MODEL;
                }
                case 'S', 'D' -> {
                    return DESIGN;
                }
                default -> {}
            }
        }
        throw new IllegalArgumentException("'" + (kind == null ? "" : kind.strip()) + "' is not a kind code: valid are"
                + " A, B, C (invention), U, Y (utility model), S, D (design), optionally with a digit (B1) / 不是有效的"
                + "文献类型代码");
    }

    /** Whether a kind code is the grant of an invention (B, C). */
    public static boolean isGrantKind(String kind) {
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        return k.startsWith("B") || k.startsWith("C");
    }
}
