package org.innopark.app.registry.imports;

import java.util.List;
import org.innopark.app.registry.MergeCounts;
import org.innopark.app.registry.RegistryTable;

/** Where validated rows are written, chunk by chunk, inside the import's transaction. */
@FunctionalInterface
interface RowSink {
    MergeCounts write(RegistryTable table, List<Object[]> rows);
}
