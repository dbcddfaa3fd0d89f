package org.innopark.spark;

import org.apache.spark.sql.Row;

/** A Spark row of text cells as the engine's readers take it. */
final class Cells {

    /** Name of the column each input row carries with its source (file or table), for error messages. */
    static final String SOURCE = "__innopark_source";

    private Cells() {}

    /** The row's cells without the source column (the last one). */
    static String[] of(Row row) {
        int n = row.length() - 1;
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            cells[i] = row.isNullAt(i) ? null : row.getString(i);
        }
        return cells;
    }

    static String source(Row row) {
        return row.getString(row.length() - 1);
    }
}
