package org.innopark.app.registry.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.MergeCounts;
import org.innopark.app.registry.RegistryTable;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;

/**
 * Validates the rows of one sheet (or CSV file) of one table and hands the valid ones to the run for writing:
 * each cell's type and range, required cells, the engine record's own rules, duplicates of the natural key,
 * references to parks, sub-parks and enterprises, and the user's park scope. Every problem is logged; none stops
 * the reading, so the report lists them all.
 */
final class TableImport {

    private final ImportRun run;
    private final TableSpec spec;
    private final String sheet;
    private final long sheetIndex;
    private final int chunkSize;
    private final int columnCount;
    private final Map<String, Long> seen;
    private List<Object[]> chunk = new ArrayList<>();
    /** The chunk's rows as read, when only some columns are written: checked merged with their stored rows. */
    private List<MergedRows.Row> partialRows = new ArrayList<>();

    private HeaderMapping mapping;
    /** The table as written: without the value columns the file lacks. */
    private RegistryTable writtenTable;
    /** Where the written columns are in a full row; null when every column is written. */
    private int[] writtenPositions;

    private boolean usable;
    private long rows;
    /** Added to by the writer's thread, read after {@link ImportRun#drain}. */
    private volatile MergeCounts written = MergeCounts.NONE;

    /** Errors of the row being read (the run's total also counts the writer's reference errors). */
    private int rowErrors;

    TableImport(ImportRun run, TableSpec spec, String sheet, int sheetIndex, int chunkSize) {
        this.run = run;
        this.spec = spec;
        this.sheet = sheet;
        this.sheetIndex = sheetIndex;
        this.chunkSize = chunkSize;
        this.columnCount = spec.columns().size();
        this.seen = run.seenKeys.computeIfAbsent(spec.name(), t -> new HashMap<>());
    }

    TableSpec spec() {
        return spec;
    }

    /** Reads the header row. Rows are validated only when the header is usable (every column known). */
    boolean header(int rowNumber, String[] headers) {
        mapping = HeaderMapping.map(spec, headers);
        java.util.Set<String> absent = new java.util.HashSet<>();
        for (int c = 0; c < spec.columns().size(); c++) {
            String column = spec.columns().get(c).dbColumn();
            if (mapping.fileColumnOf[c] < 0 && !spec.target().keyColumns().contains(column)) {
                absent.add(column);
            }
        }
        // Columns the file does not have keep their stored values: only the file's columns are written.
        writtenTable = absent.isEmpty() ? spec.target() : spec.target().without(absent);
        writtenPositions = absent.isEmpty() ? null : writtenTable.positionsIn(spec.target());
        for (HeaderMapping.Problem p : mapping.problems) {
            run.errors.add(sheet, rowNumber, p.header(), p.fileColumn() >= 0 ? p.header() : "", p.error());
        }
        usable = mapping.problems.isEmpty();
        return usable;
    }

    /** Validates one data row; blank rows are skipped. */
    void row(int rowNumber, String[] cells) {
        if (isBlank(cells)) {
            return;
        }
        run.rowRead(rowNumber);
        rows++;
        if (!usable) {
            return;
        }
        Object[] values = new Object[columnCount];
        boolean[] bad = null;
        rowErrors = 0;
        int[] specColumnOf = mapping.specColumnOf;
        for (int j = 0; j < specColumnOf.length && j < cells.length; j++) {
            int c = specColumnOf[j];
            String raw = cells[j];
            if (c < 0 || raw == null) {
                continue;
            }
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                values[c] = CellParser.parse(spec.columns().get(c), mapping.units[c], text);
            } catch (InvalidValueException e) {
                rowError(rowNumber, mapping.header(c), raw, e.messageZh(), e.messageEn());
                if (bad == null) {
                    bad = new boolean[columnCount];
                }
                bad[c] = true;
            }
        }
        for (int c = 0; c < columnCount; c++) {
            ImportColumn col = spec.columns().get(c);
            if (col.required() && values[c] == null && (bad == null || !bad[c])) {
                rowError(rowNumber, mapping.header(c), "", col.zh() + "不能为空(必填)", col.en() + " is required");
            }
        }
        boolean rowValid = rowErrors == 0;
        Object[] dbRow = null;
        if (rowValid && spec.check() != null) {
            spec.check()
                    .check(
                            values,
                            (c, e) -> rowError(
                                    rowNumber, mapping.header(c), cell(cells, c), e.messageZh(), e.messageEn()));
            rowValid = rowErrors == 0;
        }
        if (rowValid) {
            try {
                dbRow = spec.builder().build(new TableSpecs.Values(values));
            } catch (InvalidValueException e) {
                int c = blamed(e);
                run.errors.add(sheet, rowNumber, c < 0 ? "" : mapping.header(c), c < 0 ? "" : cell(cells, c), e);
                rowValid = false;
            }
        }
        references(rowNumber, cells, values);
        if (dbRow != null) {
            duplicates(rowNumber, cells, dbRow);
        }
        if (rowValid && dbRow != null && run.writing()) {
            if (writtenPositions == null) {
                chunk.add(dbRow);
            } else {
                chunk.add(project(dbRow));
                partialRows.add(new MergedRows.Row(rowNumber, values, cells, dbRow));
            }
            if (chunk.size() >= chunkSize) {
                flush();
            }
        }
    }

    /** Checks what is left and writes the last chunk; adds the sheet's counts to the run. */
    void finish() {
        flush();
        run.drain();
        run.counted(new ImportReport.TableCounts(
                spec.name(), sheet, rows, written.inserted(), written.updated(), written.unchanged()));
    }

    private Object[] project(Object[] row) {
        Object[] out = new Object[writtenPositions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = row[writtenPositions[i]];
        }
        return out;
    }

    private void flush() {
        List<MergedRows.Row> check = partialRows;
        run.flush(
                writtenTable,
                chunk,
                counts -> written = written.plus(counts),
                check.isEmpty() ? null : lookup -> MergedRows.check(spec, mapping, sheet, check, lookup, run.errors));
        chunk = new ArrayList<>();
        partialRows = new ArrayList<>();
    }

    private void rowError(int rowNumber, String column, String value, String zh, String en) {
        rowErrors++;
        run.errors.add(sheet, rowNumber, column, value, zh, en);
    }

    /** Parks, sub-parks and enterprises the row refers to, and the user's park scope. */
    private void references(int rowNumber, String[] cells, Object[] values) {
        int p = spec.parkColumn();
        String park = p >= 0 ? (String) values[p] : null;
        if (park != null) {
            if (spec == TableSpecs.PARK) {
                run.fileParks.add(park);
                // A park's own row (its name is shown to every park's users, in the index ranking) is the system
                // administrator's to write, not the park's staff's.
                if (!run.scope.isAll()) {
                    run.errors.add(
                            sheet,
                            rowNumber,
                            mapping.header(p),
                            cell(cells, p),
                            "园区表只能由系统管理员导入或修改,您的账户不能导入园区'" + park + "'的行",
                            "parks are imported and changed by a system administrator only; your account cannot"
                                    + " import the row of park '" + park + "'");
                    return;
                }
            } else if (!run.parkExists(park)) {
                run.errors.add(
                        sheet,
                        rowNumber,
                        mapping.header(p),
                        cell(cells, p),
                        "园区'" + park + "'不存在:请先导入园区,或检查园区代码",
                        "park '" + park + "' does not exist: import the park first or check the code");
            }
            if (!run.scope.includesPark(park)) {
                run.errors.add(
                        sheet,
                        rowNumber,
                        mapping.header(p),
                        cell(cells, p),
                        "您的账户只能导入园区" + run.scope.parkCode() + "的数据,不能导入园区'" + park + "'的数据",
                        "your account may only import data of park " + run.scope.parkCode() + ", not of park '" + park
                                + "'");
            }
        }
        if (spec == TableSpecs.SUB_PARK && values[0] != null && park != null) {
            run.fileSubParks.put((String) values[0], park);
        }
        int s = spec.subParkColumn();
        if (s >= 0 && values[s] != null && park != null) {
            String subPark = (String) values[s];
            String owner = run.subParkPark(subPark);
            if (owner == null || !run.scope.includesPark(owner)) {
                // A sub-park outside the user's scope is reported as absent, never with the park that owns it.
                run.errors.add(
                        sheet,
                        rowNumber,
                        mapping.header(s),
                        cell(cells, s),
                        "分园'" + subPark + "'不存在:请先导入分园,或检查分园代码",
                        "sub-park '" + subPark + "' does not exist: import it first or check the code");
            } else if (!owner.equals(park)) {
                run.errors.add(
                        sheet,
                        rowNumber,
                        mapping.header(s),
                        cell(cells, s),
                        "分园'" + subPark + "'属于园区" + owner + ",不属于园区" + park,
                        "sub-park '" + subPark + "' belongs to park " + owner + ", not to park " + park);
            }
        }
        if (spec == TableSpecs.ENTERPRISE && values[0] != null && park != null) {
            run.fileEnterprises.put(((CreditCode) values[0]).value(), park);
        }
        int e = spec.enterpriseColumn();
        if (e >= 0 && values[e] != null) {
            String code = ((CreditCode) values[e]).value();
            if (!run.fileEnterprises.containsKey(code)) {
                run.defer(new ImportRun.Pending(
                        TableSpecs.ENTERPRISE, code, true, sheet, rowNumber, mapping.header(e), cell(cells, e)));
            }
        }
        if (spec.ownedByKey() && !run.scope.isAll() && values[0] != null) {
            Object key = values[0];
            run.defer(new ImportRun.Pending(
                    spec,
                    key instanceof CreditCode cc ? cc.value() : key.toString(),
                    false,
                    sheet,
                    rowNumber,
                    mapping.header(0),
                    cell(cells, 0)));
        }
    }

    private void duplicates(int rowNumber, String[] cells, Object[] dbRow) {
        int keys = spec.target().keyColumns().size();
        String key;
        if (keys == 1) {
            key = String.valueOf(dbRow[0]);
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < keys; i++) {
                if (i > 0) {
                    sb.append(" / ");
                }
                sb.append(dbRow[i]);
            }
            key = sb.toString();
        }
        Long stored = seen.putIfAbsent(key, sheetIndex << 32 | rowNumber);
        if (stored == null) {
            return;
        }
        boolean reported = stored < 0;
        long first = reported ? -1L - stored : stored;
        String firstSheet = run.sheets.get((int) (first >>> 32));
        int firstRow = (int) (first & 0xFFFFFFFFL);
        String where = firstSheet.equals(sheet) ? "第" + firstRow + "行" : "工作表'" + firstSheet + "'第" + firstRow + "行";
        String whereEn =
                firstSheet.equals(sheet) ? "row " + firstRow : "row " + firstRow + " of sheet '" + firstSheet + "'";
        String keyZh = keyNamesZh();
        String keyEn = keyNamesEn();
        run.errors.add(
                sheet,
                rowNumber,
                mapping.header(0),
                cell(cells, 0),
                "与" + where + "重复:" + keyZh + "相同(" + key + ")",
                "duplicate of " + whereEn + ": same " + keyEn + " (" + key + ")");
        if (!reported) {
            // the first row is reported once, then marked as reported
            seen.put(key, -1L - first);
            run.errors.add(
                    firstSheet,
                    firstRow,
                    mapping.header(0),
                    "",
                    "与第" + rowNumber + "行重复:" + keyZh + "相同(" + key + ")",
                    "duplicate of row " + rowNumber + ": same " + keyEn + " (" + key + ")");
        }
    }

    private String keyNamesZh() {
        StringBuilder sb = new StringBuilder();
        for (String k : spec.target().keyColumns()) {
            if (sb.length() > 0) {
                sb.append('+');
            }
            sb.append(spec.columns().get(spec.indexOf(k)).zh());
        }
        return sb.toString();
    }

    private String keyNamesEn() {
        StringBuilder sb = new StringBuilder();
        for (String k : spec.target().keyColumns()) {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(spec.columns().get(spec.indexOf(k)).en().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    /** The column an engine record's message names first (its messages name fields in Chinese), or -1. */
    private int blamed(InvalidValueException e) {
        String message = e.messageZh();
        int best = -1;
        int at = Integer.MAX_VALUE;
        for (int c = 0; c < columnCount; c++) {
            int i = message.indexOf(spec.columns().get(c).zh());
            if (i >= 0 && i < at) {
                at = i;
                best = c;
            }
        }
        return best;
    }

    private String cell(String[] cells, int specColumn) {
        int j = mapping.fileColumnOf[specColumn];
        return j >= 0 && j < cells.length && cells[j] != null ? cells[j] : "";
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
