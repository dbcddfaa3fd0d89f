package org.innopark.engine.bulletin;

import java.util.Locale;
import org.innopark.engine.rules.RuleNode;

/** How a stated number bounds the true figure: over (余, 多, 超, 突破, 以上, +), approx (近), about (约, 左右), under. */
public enum Qualifier {
    OVER,
    APPROX,
    ABOUT,
    UNDER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The qualifier named by a key (over, approx, about, under), or null for null/empty. */
    public static Qualifier ofKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        for (Qualifier q : values()) {
            if (q.key().equals(key.strip())) {
                return q;
            }
        }
        throw new IllegalArgumentException("'" + key
                + "' is not a qualifier; valid: over, approx, about, under / 限定词应为 over、approx、about、under 之一");
    }

    static Qualifier parse(String text, RuleNode where) {
        try {
            return ofKey(text);
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage());
        }
    }
}
