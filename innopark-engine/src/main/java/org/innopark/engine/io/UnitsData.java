package org.innopark.engine.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexData;
import org.innopark.engine.registry.InvalidValueException;

/**
 * 指数数据, the rows of {@code index --data} as the engine's {@link IndexData}: units × indicators × years, the
 * indicators' park-level values (the framework's formulas are not applied). Two layouts, told apart by the header:
 * long (单位 {@code unit}, 指标 {@code indicator}, 年份 {@code year}, 数值 {@code value}: one value per row) and wide
 * ({@code unit}, {@code year}, then one column per indicator id); optional 名称 {@code name} and 分组 {@code group}; the
 * unit may be headed 园区 or {@code park}. An empty cell, NA or - is a missing value (never 0); a value that is not a
 * number, an indicator the framework lacks, a second value for the same unit, indicator and year, a unit with two
 * groups, or (long layout) an indicator of the framework never given is rejected with its row and column. The
 * application's reader (XLSX/CSV, every problem listed) and the Spark index job (CSV, Parquet, JDBC, the first problem)
 * both read through a {@link Reader}.
 */
public final class UnitsData {

    public static final String UNIT = "unit";
    public static final String INDICATOR = "indicator";
    public static final String YEAR = "year";
    public static final String VALUE = "value";
    public static final String NAME = "name";
    public static final String GROUP = "group";

    private static final Set<String> MISSING = Set.of("na", "n/a", "nan", "-", "—", "null");

    /** Headers that make a file the long layout. */
    private static final Set<String> LONG_HEADERS = Set.of("indicator", "指标", "value", "数值", "值");

    /** The long layout's headers, by their key. */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("unit", UNIT),
            Map.entry("单位", UNIT),
            Map.entry("园区", UNIT),
            Map.entry("park", UNIT),
            Map.entry("indicator", INDICATOR),
            Map.entry("指标", INDICATOR),
            Map.entry("year", YEAR),
            Map.entry("年份", YEAR),
            Map.entry("年度", YEAR),
            Map.entry("value", VALUE),
            Map.entry("数值", VALUE),
            Map.entry("值", VALUE),
            Map.entry("name", NAME),
            Map.entry("名称", NAME),
            Map.entry("group", GROUP),
            Map.entry("分组", GROUP));

    private UnitsData() {}

    /** Whether a header row is the long layout's (it has an indicator or a value column). */
    public static boolean isLong(Collection<String> headers) {
        return headers.stream()
                .anyMatch(h -> h != null && LONG_HEADERS.contains(h.strip().toLowerCase(Locale.ROOT)));
    }

    /** Where a problem of a row is reported: the column's key and the message in Chinese and English. */
    public interface Problems {
        void reject(String column, String zh, String en);
    }

    /** Reads rows one by one into the framework's data, each problem to the row's {@link Problems}. */
    public static final class Reader {
        private final List<String> indicatorIds;
        private final Map<String, String[]> units = new LinkedHashMap<>();
        private final Map<String, Integer> seenAt = new HashMap<>();
        private final Set<String> indicatorsSeen = new LinkedHashSet<>();
        private final List<Object[]> values = new ArrayList<>();

        public Reader(Framework framework) {
            this.indicatorIds =
                    framework.indicators().stream().map(FrameworkNode::id).toList();
        }

        public List<String> indicatorIds() {
            return indicatorIds;
        }

        /** A row of the long layout (row numbered as in the file); {@code value} is the cell's text or null. */
        public void longRow(
                int row, String unit, String indicator, int year, String value, String name, String group, Problems p) {
            String u = unit(unit, name, group, p);
            if (!indicatorIds.contains(indicator)) {
                p.reject(
                        INDICATOR,
                        "'" + indicator + "'不是该指标体系的指标,可用:" + indicatorIds,
                        "'" + indicator + "' is not an indicator of the framework; indicators: " + indicatorIds);
                return;
            }
            Double v = number(value, VALUE, p);
            if (u != null && v != null) {
                put(row, INDICATOR, u, year, indicator, v, p);
            }
        }

        /** A row of the wide layout: the text of each indicator's cell by its id. */
        public void wideRow(
                int row, String unit, int year, Function<String, String> cell, String name, String group, Problems p) {
            String u = unit(unit, name, group, p);
            for (String id : indicatorIds) {
                Double v = number(cell.apply(id), id, p);
                if (u != null && v != null) {
                    put(row, UNIT, u, year, id, v, p);
                }
            }
        }

        /** After the last row: no rows at all, or (long layout) an indicator never given, is a problem of the file. */
        public void end(boolean wide, String template, BiConsumer<String, String> reject) {
            if (values.isEmpty()) {
                reject.accept(
                        "没有数据行(模板:template " + template + ")", "no data rows (template: template " + template + ")");
                return;
            }
            if (!wide) {
                for (String id : indicatorIds) {
                    if (!indicatorsSeen.contains(id)) {
                        reject.accept(
                                "缺少指标 " + id + "(缺失值可留空)",
                                "indicator " + id + " is missing (leave cells empty for missing values)");
                    }
                }
            }
        }

        /** The data read. */
        public IndexData data() {
            IndexData.Builder b = IndexData.builder(indicatorIds);
            units.forEach((id, nameAndGroup) -> b.unit(id, nameAndGroup[0], nameAndGroup[1]));
            for (Object[] v : values) {
                b.value((String) v[0], (Integer) v[1], (String) v[2], (Double) v[3]);
            }
            return b.build();
        }

        private void put(int row, String column, String unit, int year, String indicator, double value, Problems p) {
            Integer before = seenAt.putIfAbsent(unit + "\u0000" + year + "\u0000" + indicator, row);
            if (before != null) {
                p.reject(
                        column,
                        "单位 " + unit + " 的指标 " + indicator + " 在 " + year + " 年重复,首次见第 " + before + " 行",
                        "a second value of " + indicator + " for " + unit + " in " + year + " (first in row " + before
                                + ")");
                return;
            }
            indicatorsSeen.add(indicator);
            values.add(new Object[] {unit, year, indicator, value});
        }

        private String unit(String unit, String name, String group, Problems p) {
            String n = name == null ? "" : name;
            String g = group == null ? "" : group;
            String[] known = units.putIfAbsent(unit, new String[] {n.isEmpty() ? unit : n, g});
            if (known != null && !g.isEmpty() && !known[1].isEmpty() && !known[1].equals(g)) {
                p.reject(
                        GROUP,
                        "单位 " + unit + " 的分组前后不一致('" + known[1] + "' 与 '" + g + "')",
                        "unit " + unit + " has two groups ('" + known[1] + "' and '" + g + "')");
                return null;
            }
            return unit;
        }
    }

    /** A cell's number; NaN when missing; null (with a problem) when not a number. */
    static Double number(String text, String column, Problems p) {
        if (text == null || text.isEmpty() || MISSING.contains(text.toLowerCase(Locale.ROOT))) {
            return Double.NaN;
        }
        try {
            double v = new BigDecimal(text.replace(",", "").replace("_", "")).doubleValue();
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        p.reject(
                column,
                "'" + text + "'不是数字(缺失值请留空或写 NA)",
                "'" + text + "' is not a number (leave the cell empty or write NA for a missing value)");
        return null;
    }

    /**
     * Rows of text cells in the long layout (a CSV's, or Parquet or table columns read as text), rows numbered as in a
     * file whose header is row 1.
     *
     * @throws InvalidValueException at the first problem, naming its row, column and value
     */
    public static IndexData longRows(Framework framework, String[] headers, List<String[]> rows) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < headers.length; i++) {
            String key = HEADERS.get(headers[i].strip().toLowerCase(Locale.ROOT));
            if (key != null) {
                at.putIfAbsent(key, i);
            }
        }
        for (String required : List.of(UNIT, INDICATOR, YEAR, VALUE)) {
            if (!at.containsKey(required)) {
                throw new InvalidValueException(
                        "缺少列 " + required + "(长表:单位 unit、指标 indicator、年份 year、数值 value;可选 名称 name、分组 group),表头为 "
                                + Arrays.toString(headers),
                        "column " + required + " is missing (long layout: unit, indicator, year, value; optional name,"
                                + " group); the header is " + Arrays.toString(headers));
            }
        }
        Reader reader = new Reader(framework);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int line = i + 2;
            Function<String, String> cell = key -> at.containsKey(key) ? cell(row, at.get(key)) : "";
            Problems fail = (column, zh, en) -> {
                throw new InvalidValueException(
                        "第 " + line + " 行,列 " + column + " '" + cell.apply(column) + "':" + zh,
                        "row " + line + ", " + column + " '" + cell.apply(column) + "': " + en);
            };
            String unit = cell.apply(UNIT);
            if (unit.isEmpty()) {
                fail.reject(UNIT, "单位不能为空", "the unit is empty");
            }
            int year;
            try {
                year = Integer.parseInt(cell.apply(YEAR));
            } catch (NumberFormatException e) {
                fail.reject(YEAR, "年份应为整数", "the year must be a whole number");
                return null;
            }
            reader.longRow(
                    line,
                    unit,
                    cell.apply(INDICATOR),
                    year,
                    cell.apply(VALUE),
                    cell.apply(NAME),
                    cell.apply(GROUP),
                    fail);
        }
        reader.end(false, "index-input", (zh, en) -> {
            throw new InvalidValueException(zh, en);
        });
        return reader.data();
    }

    private static String cell(String[] row, int i) {
        return i < row.length && row[i] != null ? row[i].strip() : "";
    }
}
