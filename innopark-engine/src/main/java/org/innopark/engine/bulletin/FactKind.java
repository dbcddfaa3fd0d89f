package org.innopark.engine.bulletin;

import java.util.Locale;
import org.innopark.engine.rules.RuleNode;

/** What a quantitative fact measures. */
public enum FactKind {
    COUNT,
    AMOUNT,
    AREA,
    RATIO,
    GROWTH,
    RANK,
    OTHER;

    /** The lower-case name used in files and output (count, amount, …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FactKind parse(String text, RuleNode where) {
        for (FactKind k : values()) {
            if (k.key().equals(text)) {
                return k;
            }
        }
        throw where.error("'" + text + "' is not a kind; valid: count, amount, area, ratio, growth, rank, other"
                + " / 类型应为 count、amount、area、ratio、growth、rank、other 之一");
    }
}
