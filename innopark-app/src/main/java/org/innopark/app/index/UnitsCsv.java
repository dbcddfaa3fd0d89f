package org.innopark.app.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexData;
import org.innopark.engine.io.UnitsData;

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

    static final String UNIT = UnitsData.UNIT;
    static final String INDICATOR = UnitsData.INDICATOR;
    static final String YEAR = UnitsData.YEAR;
    static final String VALUE = UnitsData.VALUE;
    static final String NAME = UnitsData.NAME;
    static final String GROUP = UnitsData.GROUP;

    // What the layouts mean (keys, missing values, the checks of a row, the data built) is the engine's UnitsData,
    // which the Spark index job shares; this class reads the file through the import's reader and reports its errors.

    private UnitsCsv() {}

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
        UnitsData.Reader reader = new UnitsData.Reader(framework);
        boolean[] wide = new boolean[1];
        AnalystSheet.read(
                file,
                headers -> {
                    boolean isLong = UnitsData.isLong(headers);
                    wide[0] = !isLong;
                    return isLong ? longSpec() : wideSpec(framework);
                },
                new AnalystSheet.Rows() {
                    @Override
                    public void row(AnalystSheet.Row row) {
                        UnitsData.Problems problems = row::reject;
                        int year = row.<Integer>value(YEAR);
                        if (wide[0]) {
                            reader.wideRow(
                                    row.number(),
                                    row.text(UNIT),
                                    year,
                                    row::text,
                                    row.text(NAME),
                                    row.text(GROUP),
                                    problems);
                        } else {
                            reader.longRow(
                                    row.number(),
                                    row.text(UNIT),
                                    row.text(INDICATOR),
                                    year,
                                    row.text(VALUE),
                                    row.text(NAME),
                                    row.text(GROUP),
                                    problems);
                        }
                    }

                    @Override
                    public void end(AnalystSheet.Ending ending) {
                        reader.end(wide[0], TEMPLATE, ending::reject);
                    }
                });
        return reader.data();
    }
}
