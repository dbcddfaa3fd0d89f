package org.innopark.engine.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * Which cell of a row of text holds which {@link DataColumn}, found from the header row as the import finds it, and
 * the parse of a row into typed values by key. For readers of plain-text rows: CSV, or Parquet and database columns
 * read as text (the Spark jobs).
 */
public final class DataLayout implements Serializable {

    private final List<DataColumn> columns;
    private final List<String> headers;
    /** For each column, its cell in a row, or -1. */
    private final int[] cellOf;

    private final MoneyUnit[] units;

    private final Map<String, Integer> indexOf = new HashMap<>();

    public DataLayout(List<DataColumn> columns, List<String> headers, MoneyUnit defaultUnit) {
        this.columns = columns;
        this.headers = List.copyOf(headers);
        this.cellOf = new int[columns.size()];
        this.units = new MoneyUnit[columns.size()];
        Arrays.fill(cellOf, -1);
        for (int i = 0; i < columns.size(); i++) {
            indexOf.put(columns.get(i).key(), i);
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int j = 0; j < headers.size(); j++) {
            String header = headers.get(j) == null ? "" : headers.get(j).strip();
            if (header.isEmpty()) {
                continue;
            }
            int found = -1;
            for (int i = 0; i < columns.size() && found < 0; i++) {
                try {
                    DataColumn.Match m = columns.get(i).matches(header, defaultUnit);
                    if (m != null) {
                        found = i;
                        units[i] = m.unit();
                    }
                } catch (InvalidValueException e) {
                    zh.add(e.messageZh());
                    en.add(e.messageEn());
                    found = i;
                }
            }
            if (found < 0) {
                zh.add("未知的列'" + header + "'");
                en.add("unknown column '" + header + "'");
            } else if (cellOf[found] >= 0) {
                zh.add("列'" + header + "'重复(与第" + (cellOf[found] + 1) + "列是同一列)");
                en.add("column '" + header + "' appears twice (column " + (cellOf[found] + 1) + " is the same)");
            } else {
                cellOf[found] = j;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).required() && cellOf[i] < 0) {
                zh.add("缺少必填列'" + columns.get(i).zh() + "'");
                en.add("the required column '" + columns.get(i).key() + "' ("
                        + columns.get(i).zh() + ") is missing");
            }
        }
        if (!zh.isEmpty()) {
            throw new InvalidValueException(String.join(";", zh), String.join("; ", en));
        }
    }

    /** Whether the header row has the column of this key. */
    public boolean has(String key) {
        int i = index(key);
        return i >= 0 && cellOf[i] >= 0;
    }

    /** The cell of the column of this key in a row of cells, stripped; null when empty or not in the file. */
    public String text(String[] cells, String key) {
        int i = index(key);
        return i < 0 ? null : cell(cells, i);
    }

    private String cell(String[] cells, int column) {
        int j = cellOf[column];
        if (j < 0 || j >= cells.length || cells[j] == null) {
            return null;
        }
        String t = cells[j].strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Parses one row of text cells: the typed value of each column by key (null for an empty cell or a column not in
     * the file).
     *
     * @throws InvalidValueException naming the column, its header and the value when a cell is not valid
     */
    public Function<String, Object> values(String[] cells) {
        return values(cells, columns.size());
    }

    /** As {@link #values(String[])}, parsing only the first {@code first} columns (the others read as empty). */
    public Function<String, Object> values(String[] cells, int first) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < first; i++) {
            DataColumn c = columns.get(i);
            String t = cell(cells, i);
            if (t == null) {
                if (c.required()) {
                    throw new InvalidValueException(
                            "列'" + headers.get(Math.max(0, cellOf[i])) + "'为必填项,不能为空",
                            "column '" + c.key() + "' must be filled");
                }
                continue;
            }
            try {
                values[i] = CellValues.parse(c, units[i], t);
            } catch (InvalidValueException e) {
                String header = headers.get(cellOf[i]);
                throw new InvalidValueException(
                        "列'" + header + "'的值'" + t + "'无效:" + e.messageZh(),
                        "column '" + header + "', value '" + t + "': " + e.messageEn());
            }
        }
        return key -> {
            int i = index(key);
            return i < 0 ? null : values[i];
        };
    }

    private int index(String key) {
        Integer i = indexOf.get(key);
        return i == null ? -1 : i;
    }
}
