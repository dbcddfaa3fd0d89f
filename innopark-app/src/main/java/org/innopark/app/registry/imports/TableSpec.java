package org.innopark.app.registry.imports;

import java.util.List;
import java.util.function.BiConsumer;
import org.innopark.app.registry.RegistryTable;
import org.innopark.engine.registry.InvalidValueException;

/**
 * How one registry table is imported and exported: its sheet name, its columns, how a parsed row becomes the
 * engine's record and then the database row, and which of its columns tie it to a park or an enterprise.
 *
 * @param name the table's name in the database, the API and the CLI (e.g. {@code annual_report})
 * @param sheet the Chinese sheet name (e.g. 企业年报), which also recognises the table in a workbook
 * @param parkColumn index of the column naming the row's park (-1 when the row belongs to a park through its
 *     enterprise)
 * @param enterpriseColumn index of the column naming the enterprise the row belongs to, else -1
 * @param subParkColumn index of the column naming a sub-park (enterprises), else -1
 * @param ownedByKey whether the natural key does not contain the park, so that an existing row's park must be
 *     checked before a park-scoped user may overwrite it
 */
record TableSpec(
        String name,
        String sheet,
        String en,
        RegistryTable target,
        List<ImportColumn> columns,
        RowBuilder builder,
        RowCheck check,
        int parkColumn,
        int enterpriseColumn,
        int subParkColumn,
        boolean ownedByKey) {

    /** Builds the database row from the parsed values (by column index) through the engine's record. */
    @FunctionalInterface
    interface RowBuilder {
        Object[] build(TableSpecs.Values values);
    }

    /** Rules across columns that can name the column at fault: (column index, problem). */
    @FunctionalInterface
    interface RowCheck {
        void check(Object[] values, BiConsumer<Integer, InvalidValueException> problems);
    }

    TableSpec {
        columns = List.copyOf(columns);
    }

    /** Where in the list of tables this one comes: parents (parks, enterprises) before their children. */
    int order() {
        return TableSpecs.ALL.indexOf(this);
    }

    int indexOf(String dbColumn) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).dbColumn().equals(dbColumn)) {
                return i;
            }
        }
        return -1;
    }
}
