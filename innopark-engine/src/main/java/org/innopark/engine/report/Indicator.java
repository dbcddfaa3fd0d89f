package org.innopark.engine.report;

import java.util.Objects;

/**
 * An indicator a report can state: its id (as templates name it), its Chinese name as a sentence uses it (营业收入),
 * its unit, and a short definition for the notes (统计口径).
 */
public record Indicator(String id, String nameZh, Unit unit, String definition) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(unit, "unit");
        definition = definition == null ? "" : definition;
    }
}
