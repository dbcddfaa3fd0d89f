package org.innopark.engine.ladder;

import org.innopark.engine.registry.ReportField;

/** A report figure an enterprise can change to close a gap, and the direction that helps. */
record Lever(ReportField field, boolean increase) {

    @Override
    public String toString() {
        return (increase ? "" : "-") + field.key();
    }
}
