package org.innopark.app.ladder;

import org.innopark.engine.ladder.Label;
import org.innopark.engine.rules.Confidence;

/**
 * Where the value of one external fact came from, as the verdict states it ("依据: 信用记录登记(经营异常名录, 截至
 * 2026-11-30 完整)"), or why it stays unknown and what would decide it.
 *
 * @param value the value supplied to the scheme (Boolean, Number), null when unknown
 * @param text the basis, or for an unknown fact what would decide it
 */
public record FactBasis(String factId, Source source, Object value, Label text, Confidence confidence) {

    /** The kinds of basis. */
    public enum Source {
        /** From the credit register, read with the park's coverage declarations. */
        RECORDS,
        /** From what the registry already holds (platforms, reports, the industry code list). */
        REGISTRY,
        /** Declared by an enterprise user or a park analyst: an expert's assessment, not measured. */
        DECLARED,
        /** Not decided by the registry. */
        UNKNOWN
    }

    public boolean known() {
        return value != null;
    }
}
