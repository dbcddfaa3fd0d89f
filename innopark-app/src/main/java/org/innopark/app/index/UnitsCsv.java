package org.innopark.app.index;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexData;

/**
 * Reads a spreadsheet of units × indicators (CSV, UTF-8, a byte-order mark allowed) into an index's data, for the
 * standalone {@code index --data FILE.csv}: the values are the indicators' park-level values, the framework's
 * formulas are not applied. Two layouts, told apart by the header:
 * <ul>
 *   <li>long: {@code unit,indicator,year,value}, one value per row;</li>
 *   <li>wide: {@code unit,year,<indicator id>,<indicator id>,...}, one unit-year per row.</li>
 * </ul>
 * Optional columns {@code name} (the unit's display name) and {@code group} (for group imputation). Headers may be
 * Chinese: 单位/园区, 指标, 年份, 数值, 名称, 分组. An empty cell, {@code NA} or {@code -} is a missing value (never 0).
 * Every indicator of the framework must appear (with empty cells where it is missing) and no other.
 */
public final class UnitsCsv {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("unit", "unit"),
            Map.entry("park", "unit"),
            Map.entry("单位", "unit"),
            Map.entry("园区", "unit"),
            Map.entry("indicator", "indicator"),
            Map.entry("指标", "indicator"),
            Map.entry("year", "year"),
            Map.entry("年份", "year"),
            Map.entry("年度", "year"),
            Map.entry("value", "value"),
            Map.entry("数值", "value"),
            Map.entry("值", "value"),
            Map.entry("name", "name"),
            Map.entry("名称", "name"),
            Map.entry("group", "group"),
            Map.entry("分组", "group"));

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "-", "—", "null");

    private final String fileName;
    private final List<String> indicatorIds;
    private final List<CsvInputException.Problem> problems = new ArrayList<>();
    private final Map<String, String[]> units = new LinkedHashMap<>();
    private final Map<String, Integer> seenAt = new HashMap<>();
    private final Set<String> indicatorsSeen = new LinkedHashSet<>();
    private final List<Object[]> values = new ArrayList<>();

    private UnitsCsv(String fileName, Framework framework) {
        this.fileName = fileName;
        this.indicatorIds =
                framework.indicators().stream().map(FrameworkNode::id).toList();
    }

    /** Reads a file. */
    public static IndexData read(Framework framework, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(framework, file.getFileName().toString(), reader);
        }
    }

    /** Reads CSV text; {@code fileName} names it in errors. */
    public static IndexData read(Framework framework, String fileName, Reader reader) throws IOException {
        return new UnitsCsv(fileName, framework).parse(reader);
    }

    private IndexData parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new CsvInputException(
                        fileName,
                        List.of(new CsvInputException.Problem(0, "", "文件为空 / the file is empty; " + layouts())));
            }
            List<String> header = new ArrayList<>();
            records.get(0).forEach(h -> header.add(h.replace("\uFEFF", "").strip()));
            Map<String, Integer> roles = roles(header);
            if (roles.containsKey("indicator") || roles.containsKey("value")) {
                readLong(header, roles, records);
            } else {
                readWide(header, roles, records);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new CsvInputException(
                    fileName,
                    List.of(new CsvInputException.Problem(0, "", "不是有效的 CSV / not valid CSV: " + e.getMessage())));
        }
        stopIfProblems();
        if (values.isEmpty()) {
            problems.add(new CsvInputException.Problem(0, "", "没有数据行 / no data rows; " + layouts()));
        }
        for (String id : indicatorIds) {
            if (!indicatorsSeen.contains(id)) {
                problems.add(new CsvInputException.Problem(
                        0,
                        "",
                        "缺少指标 " + id + " (缺失值可留空) / indicator " + id
                                + " is missing (leave cells empty for missing values)"));
            }
        }
        stopIfProblems();
        IndexData.Builder b = IndexData.builder(indicatorIds);
        units.forEach((id, nameAndGroup) -> b.unit(id, nameAndGroup[0], nameAndGroup[1]));
        for (Object[] v : values) {
            b.value((String) v[0], (Integer) v[1], (String) v[2], (Double) v[3]);
        }
        return b.build();
    }

    private static String layouts() {
        return "应为长表 unit,indicator,year,value 或宽表 unit,year,<指标编号…> / expected the long layout"
                + " unit,indicator,year,value or the wide layout unit,year,<indicator ids…>";
    }

    private Map<String, Integer> roles(List<String> header) {
        Map<String, Integer> roles = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String role = ALIASES.get(header.get(c).toLowerCase(Locale.ROOT));
            if (role != null && roles.putIfAbsent(role, c) != null) {
                problem(1, c, header, "列名重复 / duplicate column '" + header.get(c) + "'");
            }
        }
        return roles;
    }

    private void readLong(List<String> header, Map<String, Integer> roles, List<CSVRecord> records) {
        for (String needed : List.of("unit", "indicator", "year", "value")) {
            if (!roles.containsKey(needed)) {
                problems.add(new CsvInputException.Problem(
                        1, "", "缺少列 " + needed + " / no column '" + needed + "'; " + layouts()));
            }
        }
        for (int c = 0; c < header.size(); c++) {
            if (!ALIASES.containsKey(header.get(c).toLowerCase(Locale.ROOT))) {
                problem(
                        1,
                        c,
                        header,
                        "长表中未知的列 '" + header.get(c) + "' / unknown column '" + header.get(c) + "' in the long layout; "
                                + layouts());
            }
        }
        stopIfProblems();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            int row = r + 1;
            String unit = unit(rec, row, roles, header);
            Integer year = year(rec, row, roles.get("year"), header);
            String indicator = cell(rec, roles.get("indicator"));
            int ic = roles.get("indicator");
            if (indicator.isEmpty()) {
                problem(row, ic, header, "指标编号为空 / the indicator id is empty");
            } else if (!indicatorIds.contains(indicator)) {
                problem(
                        row,
                        ic,
                        header,
                        "'" + indicator + "' 不是该指标体系的指标, 可用: " + indicatorIds + " / '" + indicator
                                + "' is not an indicator of the framework; indicators: " + indicatorIds);
                indicator = null;
            }
            Double value = number(rec, row, roles.get("value"), header);
            if (unit != null && year != null && indicator != null && !indicator.isEmpty() && value != null) {
                put(row, roles.get("indicator"), header, unit, year, indicator, value);
            }
            if (problems.size() >= CsvInputException.MAX_PROBLEMS) {
                break;
            }
        }
    }

    private void readWide(List<String> header, Map<String, Integer> roles, List<CSVRecord> records) {
        for (String needed : List.of("unit", "year")) {
            if (!roles.containsKey(needed)) {
                problems.add(new CsvInputException.Problem(
                        1, "", "缺少列 " + needed + " / no column '" + needed + "'; " + layouts()));
            }
        }
        Map<Integer, String> indicatorColumns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (roles.containsValue(c)) {
                continue;
            }
            if (!indicatorIds.contains(h)) {
                problem(
                        1,
                        c,
                        header,
                        "'" + h + "' 不是该指标体系的指标编号, 可用: " + indicatorIds + " / '" + h
                                + "' is not an indicator id of the framework; ids: " + indicatorIds);
            } else if (indicatorColumns.containsValue(h)) {
                problem(1, c, header, "指标列重复 / duplicate indicator column '" + h + "'");
            } else {
                indicatorColumns.put(c, h);
            }
        }
        stopIfProblems();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            int row = r + 1;
            String unit = unit(rec, row, roles, header);
            Integer year = year(rec, row, roles.get("year"), header);
            for (Map.Entry<Integer, String> col : indicatorColumns.entrySet()) {
                Double value = number(rec, row, col.getKey(), header);
                if (unit != null && year != null && value != null) {
                    put(row, roles.get("unit"), header, unit, year, col.getValue(), value);
                }
            }
            if (problems.size() >= CsvInputException.MAX_PROBLEMS) {
                break;
            }
        }
        indicatorsSeen.addAll(indicatorColumns.values());
    }

    private void put(int row, int column, List<String> header, String unit, int year, String indicator, double value) {
        String key = unit + "\u0000" + year + "\u0000" + indicator;
        Integer before = seenAt.putIfAbsent(key, row);
        if (before != null) {
            problem(
                    row,
                    column,
                    header,
                    "单位 " + unit + " 的指标 " + indicator + " 在 " + year + " 年重复, 首次见第 "
                            + before + " 行 / a second value of " + indicator + " for " + unit + " in " + year
                            + " (first in row " + before + ")");
            return;
        }
        indicatorsSeen.add(indicator);
        values.add(new Object[] {unit, year, indicator, value});
    }

    private String unit(CSVRecord rec, int row, Map<String, Integer> roles, List<String> header) {
        String unit = cell(rec, roles.get("unit"));
        if (unit.isEmpty()) {
            problem(row, roles.get("unit"), header, "单位为空 / the unit is empty");
            return null;
        }
        String name = roles.containsKey("name") ? cell(rec, roles.get("name")) : "";
        String group = roles.containsKey("group") ? cell(rec, roles.get("group")) : "";
        String[] known = units.putIfAbsent(unit, new String[] {name.isEmpty() ? unit : name, group});
        if (known != null && !group.isEmpty() && !known[1].isEmpty() && !known[1].equals(group)) {
            problem(
                    row,
                    roles.get("group"),
                    header,
                    "单位 " + unit + " 的分组前后不一致 ('" + known[1] + "' 与 '" + group + "') / unit " + unit
                            + " has two groups ('" + known[1] + "' and '" + group + "')");
        }
        return unit;
    }

    private Integer year(CSVRecord rec, int row, int column, List<String> header) {
        String text = cell(rec, column);
        try {
            int year = Integer.parseInt(text.endsWith("年") ? text.substring(0, text.length() - 1) : text);
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(
                row,
                column,
                header,
                "年份应为 1900–2100 的整数, 实际为 '" + text + "' / the year must be a whole number" + " 1900-2100, got '" + text
                        + "'");
        return null;
    }

    /** The cell's number; NaN when missing; null (with a problem) when not a number. */
    private Double number(CSVRecord rec, int row, int column, List<String> header) {
        String text = cell(rec, column);
        if (MISSING.contains(text.toLowerCase(Locale.ROOT))) {
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
        problem(
                row,
                column,
                header,
                "'" + text + "' 不是数字 (缺失值请留空或写 NA) / '" + text
                        + "' is not a number (leave the cell empty or write NA for a missing value)");
        return null;
    }

    private static String cell(CSVRecord rec, int column) {
        return column < rec.size() ? rec.get(column).strip() : "";
    }

    private void problem(int row, int column, List<String> header, String message) {
        String name = column < header.size() ? header.get(column) : "";
        problems.add(new CsvInputException.Problem(
                row, CsvInputException.letters(column) + (name.isEmpty() ? "" : " (" + name + ")"), message));
    }

    private void stopIfProblems() {
        if (!problems.isEmpty()) {
            throw new CsvInputException(
                    fileName, problems.subList(0, Math.min(problems.size(), CsvInputException.MAX_PROBLEMS)));
        }
    }
}
