package org.innopark.engine.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A list a report tabulates or charts (the 百强, the rungs of the ladder, the sub-indices): named columns and rows of
 * cells, with the query that produced it.
 *
 * @param rows each row's cells in column order: a {@link String}, a {@link BigDecimal}, or null for a missing value
 * @param missingReason why there are no rows, null when there are (or when none is the answer)
 */
public record Dataset(String name, List<Column> columns, List<List<Object>> rows, String source, String missingReason) {

    /** A column: its id (as templates name it), its header, and its unit (null for text). */
    public record Column(String id, String label, Unit unit) {}

    public Dataset {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(
                        name + ": a row of " + r.size() + " cells for " + columns.size() + " columns");
            }
            for (Object c : r) {
                if (c != null && !(c instanceof String) && !(c instanceof BigDecimal)) {
                    throw new IllegalArgumentException(name + ": a cell must be text or a number: " + c);
                }
            }
        }
    }

    public int column(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("dataset " + name + " has no column " + id);
    }
}
