package org.innopark.engine.incubation;

import java.util.Locale;
import org.innopark.engine.registry.InvalidValueException;

/** The states of a tenancy in a carrier: the main path 预孵化 → 入孵 → 在孵 → 毕业 → 加速 → 留区, and the exits. */
public enum TenancyState {
    PRE_INCUBATION,
    ENTERED,
    INCUBATING,
    GRADUATED,
    ACCELERATING,
    STAYED,
    MOVED_OUT,
    DEREGISTERED;

    /** The code written in rule files and the database, e.g. {@code pre_incubation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the firm counts as an 在孵企业 (entered and not yet graduated or gone). */
    public boolean incubating() {
        return this == ENTERED || this == INCUBATING;
    }

    /** Whether the firm has graduated and is still with the carrier or the park. */
    public boolean graduatedAndHere() {
        return this == GRADUATED || this == ACCELERATING || this == STAYED;
    }

    /** Whether the tenancy has ended (迁出 or 注销). */
    public boolean ended() {
        return this == MOVED_OUT || this == DEREGISTERED;
    }

    /** Reads a state code; anything else is an error listing the codes. */
    public static TenancyState ofCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (TenancyState s : values()) {
            if (s.code().equals(c)) {
                return s;
            }
        }
        throw new InvalidValueException(
                "未知的孵化状态 '" + code + "',可选:" + codes(), "unknown tenancy state '" + code + "'; valid: " + codes());
    }

    static String codes() {
        StringBuilder sb = new StringBuilder();
        for (TenancyState s : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(s.code());
        }
        return sb.toString();
    }
}
