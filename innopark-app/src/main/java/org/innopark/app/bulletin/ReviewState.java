package org.innopark.app.bulletin;

import java.util.Locale;

/** Where a fact stands in review: 待审核, 已采纳, 已更正 (with the reviewer's values), 已驳回. */
public enum ReviewState {
    PENDING("待审核", "pending"),
    ACCEPTED("已采纳", "accepted"),
    CORRECTED("已更正", "corrected"),
    REJECTED("已驳回", "rejected");

    private final String zh;
    private final String en;

    ReviewState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Whether the fact counts as a reviewed, usable figure (accepted or corrected). */
    public boolean reviewed() {
        return this == ACCEPTED || this == CORRECTED;
    }

    /** The state named by a verb or state name (accept, accepted, correct, reject, …); null when none. */
    public static ReviewState ofVerb(String verb) {
        if (verb == null) {
            return null;
        }
        return switch (verb.strip().toLowerCase(Locale.ROOT)) {
            case "accept", "accepted" -> ACCEPTED;
            case "correct", "corrected" -> CORRECTED;
            case "reject", "rejected" -> REJECTED;
            case "pending", "reset" -> PENDING;
            default -> null;
        };
    }
}
