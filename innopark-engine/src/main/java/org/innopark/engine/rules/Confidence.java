package org.innopark.engine.rules;

import java.util.Locale;

/**
 * How well a rule-file entry is sourced, as tagged in shared/docs/domain-rules.md (✅ ◐ ❓), for every kind of rule
 * file: ladder schemes, points schemes and index frameworks. Written in files as {@code confirmed}, {@code partial},
 * {@code unconfirmed} or {@code placeholder}.
 */
public enum Confidence {
    /** ✅ the number or name appears in the cited source. 已确认 */
    CONFIRMED("已确认"),
    /** ◐ partly confirmed; the rest is an inference stated in the entry's note. 部分确认 */
    PARTIAL("部分确认"),
    /** ❓ not found in any source: a documented default that a park should review or a regional override replace. 未确认 */
    UNCONFIRMED("未确认"),
    /** A placeholder that a park is expected to replace. 占位 */
    PLACEHOLDER("占位");

    private final String zh;

    Confidence(String zh) {
        this.zh = zh;
    }

    /** The Chinese name, e.g. 部分确认. */
    public String zh() {
        return zh;
    }

    /** The name written in rule files, e.g. {@code partial}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a confidence written as its key; any other text is an error naming the file, line and the choices. */
    public static Confidence read(RuleNode n) {
        return n.enumValue(Confidence.class);
    }

    /** Reads the optional {@code confidence} key of a mapping. */
    public static Confidence read(RuleNode map, Confidence absent) {
        return map.get("confidence").map(Confidence::read).orElse(absent);
    }
}
