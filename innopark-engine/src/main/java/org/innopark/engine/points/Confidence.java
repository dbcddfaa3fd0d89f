package org.innopark.engine.points;

/** How sure the platform is that a scheme's content matches the official text (see domain-rules.md). */
public enum Confidence {
    /** The value appears in the cited source. */
    CONFIRMED,
    /** Part of it appears in a source; the rest is inferred. */
    PARTLY,
    /** Not found in any source: a documented default that a park should review. */
    UNCONFIRMED,
    /** A placeholder that a park is expected to replace. */
    PLACEHOLDER
}
