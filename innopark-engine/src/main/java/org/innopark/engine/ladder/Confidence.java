package org.innopark.engine.ladder;

/** How well a rule is sourced, as tagged in shared/docs/domain-rules.md (✅ ◐ ❓). */
public enum Confidence {
    /** ✅ the number or name appears in the cited source. */
    CONFIRMED,
    /** ◐ partly confirmed; the rest is an inference stated in the rule's note. */
    PARTIAL,
    /** ❓ not found in any source: a documented default that a regional override may replace. */
    UNCONFIRMED
}
