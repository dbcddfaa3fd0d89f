package org.innopark.engine.rules;

import java.util.Locale;

/**
 * Whether a higher value of an indicator is better (正向指标) or worse (逆向指标), for points schemes and index
 * frameworks alike. Written in files as {@code positive} or {@code negative} (or 正向 / 逆向).
 */
public enum Direction {
    /** Higher is better. 正向 */
    POSITIVE(1, "正向"),
    /** Lower is better. 逆向 */
    NEGATIVE(-1, "逆向");

    private final int sign;
    private final String zh;

    Direction(int sign, String zh) {
        this.sign = sign;
        this.zh = zh;
    }

    /** +1 or -1. */
    public int sign() {
        return sign;
    }

    public boolean higherIsBetter() {
        return this == POSITIVE;
    }

    public String zh() {
        return zh;
    }

    /** Reads {@code positive}, {@code negative}, 正向 or 逆向; anything else is an error naming the file and line. */
    public static Direction read(RuleNode n) {
        String t = n.text().strip();
        for (Direction d : values()) {
            if (d.zh.equals(t)) {
                return d;
            }
        }
        if (t.toLowerCase(Locale.ROOT).matches("higher|lower|higher_is_better|lower_is_better")) {
            throw n.error("'" + t + "' is the old points syntax; write positive (higher is better) or negative (lower"
                    + " is better) / 旧写法, 请写 positive(正向) 或 negative(逆向)");
        }
        return n.enumValue(Direction.class);
    }

    /** Reads the optional {@code direction} key of a mapping, positive when absent. */
    public static Direction readOptional(RuleNode map) {
        return map.get("direction").map(Direction::read).orElse(POSITIVE);
    }
}
