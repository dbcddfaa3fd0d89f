package org.innopark.app.index;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexData;

/**
 * 指数数据: a spreadsheet of units × indicators for the standalone {@code index --data FILE}, read through the
 * import's reader ({@link AnalystSheet}: XLSX or CSV in UTF-8 or GBK). The values are the indicators' park-level
 * values, the framework's formulas are not applied. Two layouts, told apart by the header:
 * <ul>
 *   <li>long: 单位 {@code unit}, 指标 {@code indicator}, 年份 {@code year}, 数值 {@code value}, one value per row;</li>
 *   <li>wide: {@code unit}, {@code year}, then one column per indicator id, one unit-year per row.</li>
 * </ul>
 * Optional columns 名称 {@code name} (the unit's display name) and 分组 {@code group} (for group imputation). The
 * unit may also be headed 园区 or {@code park}. An empty cell, {@code NA} or {@code -} is a missing value (never 0).
 * Every indicator of the framework must appear (with empty cells where it is missing) and no other. The templates are
 * {@code template index-input} (long) and {@code template index-input --framework ID} (wide).
 */
public final class UnitsCsv {

    /** The template's name. */
    public static final String TEMPLATE = "index-input";

    static final String UNIT = "unit";
    static final String INDICATOR = "indicator";
    static final String YEAR = "year";
    static final String VALUE = "value";
    static final String NAME = "name";
    static final String GROUP = "group";

    private static final Set<String> MISSING = Set.of("na", "n/a", "nan", "-", "—", "null");

    /** Headers that make a file the long layout. */
    private static final Set<String> LONG_HEADERS = Set.of("indicator", "指标", "value", "数值", "值");

    private final List<String> indicatorIds;
    private final Map<String, String[]> units = new LinkedHashMap<>();
    private final Map<String, Integer> seenAt = new HashMap<>();
    private final Set<String> indicatorsSeen = new LinkedHashSet<>();
    private final List<Object[]> values = new ArrayList<>();

    private UnitsCsv(Framework framework) {
        this.indicatorIds =
                framework.indicators().stream().map(FrameworkNode::id).toList();
    }

    private static List<Column> common() {
        List<Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.text(UNIT, "单位", "Unit", true, "U1")
                .alias("园区", "park")
                .meaning("单位(园区)编号 / the unit's (park's) id"));
        columns.add(AnalystSheet.year(YEAR, "年份", "Year", true, "2024").alias("年度"));
        columns.add(AnalystSheet.text(NAME, "名称", "Name", false, "示例高新区").meaning("显示名称 / display name"));
        columns.add(AnalystSheet.text(GROUP, "分组", "Group", false, "东部")
                .meaning("用于分组插补缺失值 / for group imputation of missing values"));
        return columns;
    }

    private static final String NOTE_MISSING = "空单元格、NA 或 - 为缺失值(不是0)。An empty cell, NA or - is missing, never 0.";

    private static final String NOTE_REJECTED =
            "文件有任何错误即全部拒绝,不计算任何结果。A file with any error is rejected whole; nothing is computed.";

    /** The long layout: one value per row. */
    public static AnalystSheet.Spec longSpec() {
        List<Column> columns = common();
        columns.add(
                2, AnalystSheet.text(INDICATOR, "指标", "Indicator", true, "a1").meaning("指标编号 / indicator id"));
        columns.add(
                3,
                AnalystSheet.text(VALUE, "数值", "Value", false, "12.5")
                        .alias("值")
                        .mustBePresent()
                        .meaning(NOTE_MISSING));
        return new AnalystSheet.Spec(
                TEMPLATE,
                "指数数据",
                "Index input",
                columns,
                null,
                List.of(
                        "《指数数据》模板(长表):index --framework ID --data 文件 / template of index --data FILE, long layout",
                        "1. 每行一个单位、指标、年份的数值;指标体系的每个指标都须出现。One value per row; every indicator of the"
                                + " framework must appear.",
                        "2. 宽表(每个指标一列)见 template index-input --framework ID。For the wide layout (a column per"
                                + " indicator) use template index-input --framework ID.",
                        "3. " + NOTE_MISSING,
                        "4. " + NOTE_REJECTED));
    }

    /** The wide layout of a framework: a column per indicator. */
    public static AnalystSheet.Spec wideSpec(Framework framework) {
        List<Column> columns = common();
        for (FrameworkNode n : framework.indicators()) {
            columns.add(AnalystSheet.text(n.id(), n.id(), n.id(), false, "")
                    .mustBePresent()
                    .meaning(n.nameZh() + " / " + n.nameEn() + "; " + NOTE_MISSING));
        }
        return new AnalystSheet.Spec(
                TEMPLATE,
                "指数数据",
                "Index input",
                columns,
                null,
                List.of(
                        "《指数数据》模板(宽表):index --framework " + framework.id() + " --data 文件 / template of index --data"
                                + " FILE, wide layout",
                        "1. 每行一个单位和年份,每个指标一列(列名为指标编号)。One row per unit and year, a column per indicator"
                                + " (headed by its id).",
                        "2. " + NOTE_MISSING,
                        "3. " + NOTE_REJECTED));
    }

    /** Writes the long template, or the wide one of the framework when one is given. */
    public static void template(Framework framework, OutputStream out) throws IOException {
        AnalystSheet.template(framework == null ? longSpec() : wideSpec(framework), out);
    }

    /**
     * Reads a file.
     *
     * @throws AnalystInputException listing every problem
     */
    public static IndexData read(Framework framework, Path file) {
        UnitsCsv reader = new UnitsCsv(framework);
        boolean[] wide = new boolean[1];
        AnalystSheet.read(
                file,
                headers -> {
                    boolean isLong = headers.stream()
                            .anyMatch(h -> LONG_HEADERS.contains(h.strip().toLowerCase(Locale.ROOT)));
                    wide[0] = !isLong;
                    return isLong ? longSpec() : wideSpec(framework);
                },
                new AnalystSheet.Rows() {
                    @Override
                    public void row(AnalystSheet.Row row) {
                        if (wide[0]) {
                            reader.wideRow(row);
                        } else {
                            reader.longRow(row);
                        }
                    }

                    @Override
                    public void end(AnalystSheet.Ending ending) {
                        reader.end(ending, wide[0]);
                    }
                });
        IndexData.Builder b = IndexData.builder(reader.indicatorIds);
        reader.units.forEach((id, nameAndGroup) -> b.unit(id, nameAndGroup[0], nameAndGroup[1]));
        for (Object[] v : reader.values) {
            b.value((String) v[0], (Integer) v[1], (String) v[2], (Double) v[3]);
        }
        return b.build();
    }

    private void longRow(AnalystSheet.Row row) {
        String unit = unit(row);
        int year = row.<Integer>value(YEAR);
        String indicator = row.text(INDICATOR);
        if (!indicatorIds.contains(indicator)) {
            row.reject(
                    INDICATOR,
                    "'" + indicator + "'不是该指标体系的指标,可用:" + indicatorIds,
                    "'" + indicator + "' is not an indicator of the framework; indicators: " + indicatorIds);
            return;
        }
        Double value = number(row, VALUE);
        if (unit != null && value != null) {
            put(row, INDICATOR, unit, year, indicator, value);
        }
    }

    private void wideRow(AnalystSheet.Row row) {
        String unit = unit(row);
        int year = row.<Integer>value(YEAR);
        for (String id : indicatorIds) {
            Double value = number(row, id);
            if (unit != null && value != null) {
                put(row, UNIT, unit, year, id, value);
            }
        }
    }

    private void end(AnalystSheet.Ending ending, boolean wide) {
        if (values.isEmpty()) {
            ending.reject("没有数据行(模板:template " + TEMPLATE + ")", "no data rows (template: template " + TEMPLATE + ")");
            return;
        }
        if (!wide) {
            for (String id : indicatorIds) {
                if (!indicatorsSeen.contains(id)) {
                    ending.reject(
                            "缺少指标 " + id + "(缺失值可留空)",
                            "indicator " + id + " is missing (leave cells empty for missing values)");
                }
            }
        }
    }

    private void put(AnalystSheet.Row row, String column, String unit, int year, String indicator, double value) {
        String key = unit + "\u0000" + year + "\u0000" + indicator;
        Integer before = seenAt.putIfAbsent(key, row.number());
        if (before != null) {
            row.reject(
                    column,
                    "单位 " + unit + " 的指标 " + indicator + " 在 " + year + " 年重复,首次见第 " + before + " 行",
                    "a second value of " + indicator + " for " + unit + " in " + year + " (first in row " + before
                            + ")");
            return;
        }
        indicatorsSeen.add(indicator);
        values.add(new Object[] {unit, year, indicator, value});
    }

    private String unit(AnalystSheet.Row row) {
        String unit = row.text(UNIT);
        String name = row.text(NAME) == null ? "" : row.text(NAME);
        String group = row.text(GROUP) == null ? "" : row.text(GROUP);
        String[] known = units.putIfAbsent(unit, new String[] {name.isEmpty() ? unit : name, group});
        if (known != null && !group.isEmpty() && !known[1].isEmpty() && !known[1].equals(group)) {
            row.reject(
                    GROUP,
                    "单位 " + unit + " 的分组前后不一致('" + known[1] + "' 与 '" + group + "')",
                    "unit " + unit + " has two groups ('" + known[1] + "' and '" + group + "')");
            return null;
        }
        return unit;
    }

    /** The cell's number; NaN when missing; null (with a problem) when not a number. */
    private static Double number(AnalystSheet.Row row, String key) {
        String text = row.text(key);
        if (text == null || MISSING.contains(text.toLowerCase(Locale.ROOT))) {
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
        row.reject(
                key,
                "'" + text + "'不是数字(缺失值请留空或写 NA)",
                "'" + text + "' is not a number (leave the cell empty or write NA for a missing value)");
        return null;
    }
}
