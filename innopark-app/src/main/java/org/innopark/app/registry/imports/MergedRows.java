package org.innopark.app.registry.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * The rules of a row checked as it will be stored when an import writes only some of a table's columns: the
 * columns the file lacks keep their stored values, so the row's cross-field rules and the engine record's own rules
 * are checked on the stored row merged with the file's values, before anything is written. A row whose key is not
 * stored yet was checked whole when it was read (the columns the file lacks are then empty).
 */
final class MergedRows {

    /** One valid row of the file: its row number, parsed values (by import column), cells and database row. */
    record Row(int number, Object[] values, String[] cells, Object[] dbRow) {}

    private MergedRows() {}

    /**
     * Checks the rows against their stored values (read on the import's connection), adding an error for each
     * broken rule; returns whether every row passed.
     */
    static boolean check(
            TableSpec spec,
            HeaderMapping mapping,
            String sheet,
            List<Row> rows,
            RegistryLookup lookup,
            ErrorLog errors) {
        if (rows.isEmpty()) {
            return true;
        }
        int keyCount = spec.target().keyColumns().size();
        List<Object[]> keys = new ArrayList<>(rows.size());
        for (Row row : rows) {
            keys.add(row.dbRow());
        }
        Map<String, String[]> stored = lookup.storedValues(spec, keys);
        boolean ok = true;
        for (Row row : rows) {
            String[] old = stored.get(RegistryLookup.key(row.dbRow(), keyCount));
            if (old == null) {
                continue;
            }
            List<Problem> problems = problems(spec, mapping, merged(spec, mapping, row.values(), old));
            for (Problem p : problems) {
                ok = false;
                int c = blamedInFile(spec, mapping, p.column(), p.error());
                errors.add(
                        sheet,
                        row.number(),
                        c < 0 ? "" : mapping.header(c),
                        c < 0 ? "" : cell(mapping, row.cells(), c),
                        "与该行已登记的其他列一起核对时:" + p.error().messageZh(),
                        "checked with the values already stored in the row's other columns: "
                                + p.error().messageEn());
            }
        }
        return ok;
    }

    /** The file's values, and the stored value of every column the file lacks. */
    static Object[] merged(TableSpec spec, HeaderMapping mapping, Object[] values, String[] stored) {
        Object[] merged = values.clone();
        for (int c = 0; c < merged.length; c++) {
            if (mapping.fileColumnOf[c] >= 0 || stored[c] == null || stored[c].isBlank()) {
                continue;
            }
            try {
                // stored money is in yuan, codes are stored as codes; the parser reads both
                merged[c] = CellParser.parse(spec.columns().get(c), MoneyUnit.YUAN, stored[c].strip());
            } catch (InvalidValueException e) {
                // a stored value the import would refuse is not this file's fault: checked as absent
                merged[c] = null;
            }
        }
        return merged;
    }

    private record Problem(int column, InvalidValueException error) {}

    private static List<Problem> problems(TableSpec spec, HeaderMapping mapping, Object[] merged) {
        List<Problem> problems = new ArrayList<>();
        if (spec.check() != null) {
            spec.check().check(merged, (c, e) -> problems.add(new Problem(c, e)));
        }
        if (problems.isEmpty()) {
            try {
                spec.builder().build(new TableSpecs.Values(merged));
            } catch (InvalidValueException e) {
                problems.add(new Problem(-1, e));
            }
        }
        return problems;
    }

    /**
     * The column to mark: the one the rule names when the file has it, else the file's column named first in the
     * message (the other side of the rule), else none (the error is the row's).
     */
    private static int blamedInFile(TableSpec spec, HeaderMapping mapping, int column, InvalidValueException e) {
        if (column >= 0 && mapping.fileColumnOf[column] >= 0) {
            return column;
        }
        String message = e.messageZh();
        int best = -1;
        int at = Integer.MAX_VALUE;
        for (int c = 0; c < spec.columns().size(); c++) {
            int i = message.indexOf(spec.columns().get(c).zh());
            if (mapping.fileColumnOf[c] >= 0 && i >= 0 && i < at) {
                at = i;
                best = c;
            }
        }
        return best;
    }

    private static String cell(HeaderMapping mapping, String[] cells, int specColumn) {
        int j = mapping.fileColumnOf[specColumn];
        return j >= 0 && j < cells.length && cells[j] != null ? cells[j] : "";
    }
}
