package org.innopark.app.points;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.engine.io.DataColumn;
import org.innopark.engine.io.PointsData;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * 积分数据: enterprises' annual-report figures for standalone scoring ({@code points --data}, no database), read
 * through the import's reader ({@link AnalystSheet}: XLSX or CSV in UTF-8 or GBK): one row per enterprise and year.
 * The template is {@code template points-input}. Columns, by Chinese header, English header or key:
 * 统一社会信用代码 {@code credit_code} and 年度 {@code year} are required; 园区 {@code park} (the cohort ranked
 * together), 成立日期 {@code registration_date} (which selects the stage's weights), 企业名称 {@code name} and 行业代码
 * {@code industry} are optional, and what a file without them gets is said by {@link Data}; every other column is an
 * annual-report field by its Chinese name or key ({@code 研发费用(万元)}, {@code rdExpense}), money in the unit its
 * header declares, else in the default unit. An empty cell is a figure not reported.
 */
public final class PointsCsv {

    /** The template's name. */
    public static final String TEMPLATE = "points-input";

    /** Park code given to enterprises of a file without a park column, when no park is asked for. */
    public static final String DEFAULT_PARK = PointsData.DEFAULT_PARK;

    // The column semantics (keys, headers, aliases, how a row becomes an enterprise and its report) are the
    // engine's PointsData, which the Spark jobs share; this class reads the file and reports its errors.
    static final String CREDIT_CODE = PointsData.CREDIT_CODE;
    static final String YEAR = PointsData.YEAR;
    static final String PARK = PointsData.PARK;
    static final String NAME = PointsData.NAME;
    static final String REGISTRATION_DATE = PointsData.REGISTRATION_DATE;
    static final String INDUSTRY = PointsData.INDUSTRY;

    private PointsCsv() {}

    /**
     * What was read.
     *
     * @param parkColumn whether the file has the park column (else every enterprise is in the default park)
     * @param registrationDateColumn whether the file has the registration-date column
     * @param withoutRegistrationDate the enterprises without a registration date, whose stage is the scheme's default
     */
    public record Data(
            List<Enterprise> enterprises,
            List<AnnualReport> reports,
            boolean parkColumn,
            boolean registrationDateColumn,
            int withoutRegistrationDate) {
        /** The latest year reported, 0 when none. */
        public int latestYear() {
            return reports.stream().mapToInt(AnnualReport::year).max().orElse(0);
        }
    }

    /** The columns of a points file; money headers without a unit take {@code defaultUnit} (null: not allowed). */
    public static AnalystSheet.Spec spec(MoneyUnit defaultUnit) {
        Map<String, DataColumn> engine = new HashMap<>();
        PointsData.columns().forEach(c -> engine.put(c.key(), c));
        List<Column> columns = new ArrayList<>();
        columns.add(column(
                engine.get(CREDIT_CODE), "91220101723654321" + CreditCode.checkCharacter("91220101723654321"), null));
        columns.add(column(
                engine.get(YEAR),
                "2025",
                "年报年度;每家企业每年一行,上一年度的行用于增长率 / the report year; one row per enterprise and"
                        + " year, the year before feeds the growth rates"));
        columns.add(column(
                engine.get(PARK),
                "CCHTZ",
                "园区代码:同一园区的企业一起排名(队列);无此列时全部企业为一个队列(--park 的值或 CSV)/ park code: the"
                        + " enterprises of a park are ranked together; without the column all are one cohort (the"
                        + " --park value, else CSV)"));
        columns.add(column(engine.get(NAME), "示例科技有限公司", null));
        columns.add(column(
                engine.get(REGISTRATION_DATE),
                "2015-03-18",
                "决定企业阶段(初创期/成长期/稳定期)及其权重;为空时按方案的默认阶段 / selects the stage (start-up,"
                        + " growth, mature) and its weights; empty: the scheme's default stage"));
        columns.add(column(engine.get(INDUSTRY), "3911", null));
        columns.addAll(AnalystSheet.reportFields());
        return new AnalystSheet.Spec(
                TEMPLATE,
                "积分数据",
                "Points input",
                columns,
                defaultUnit,
                List.of(
                        "《积分数据》模板:points --data 文件 / template of points --data FILE",
                        "1. 在工作表'积分数据'中填写,第1行为列名,每家企业每个年度一行;可删去不用的指标列。One row per enterprise and"
                                + " year; delete the figures you do not use.",
                        "2. 金额列的单位写在列名括号中(模板为万元);无单位的列需用 --unit 指定。Money columns declare their unit in"
                                + " the header (万元 here), or give --unit for those that do not.",
                        "3. 园区列决定一起排名的队列,成立日期决定企业阶段与权重;缺少时命令会在标准错误中说明所用的默认值。The park"
                                + " column sets the cohort, the registration date the stage; without them the command"
                                + " says which default it uses.",
                        "4. 空单元格表示未填报(不是0)。An empty cell is a figure not reported, never 0.",
                        "5. 文件有任何错误即全部拒绝,不计算任何结果。A file with any error is rejected whole; nothing is" + " computed."));
    }

    /** The reader's column for one of the engine's fixed columns (the report fields are the import's). */
    private static Column column(DataColumn c, String example, String meaning) {
        Column column = switch (c.kind()) {
            case CREDIT_CODE -> AnalystSheet.creditCode(c.key(), c.zh(), c.en(), c.required(), example);
            case YEAR -> AnalystSheet.year(c.key(), c.zh(), c.en(), c.required(), example);
            case DATE -> AnalystSheet.date(c.key(), c.zh(), c.en(), c.required(), example);
            case INDUSTRY_CODE -> AnalystSheet.industryCode(c.key(), c.zh(), c.en(), example);
            case TEXT -> AnalystSheet.text(c.key(), c.zh(), c.en(), c.required(), example);
            default -> throw new IllegalArgumentException("not a fixed column: " + c.key());
        };
        column = column.alias(
                c.aliases().stream().filter(a -> !a.equals(c.key())).toArray(String[]::new));
        return meaning == null ? column : column.meaning(meaning);
    }

    public static void template(OutputStream out) throws IOException {
        AnalystSheet.template(spec(null), out);
    }

    /**
     * Reads a file.
     *
     * @param defaultUnit the unit of money headers that declare none, or null to require a unit
     * @param defaultPark the park of every enterprise when the file has no park column
     * @throws AnalystInputException listing every problem
     */
    public static Data read(Path file, MoneyUnit defaultUnit, String defaultPark) {
        Map<String, Enterprise> enterprises = new LinkedHashMap<>();
        List<AnnualReport> reports = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean[] columns = new boolean[2];
        AnalystSheet.read(file, spec(defaultUnit), new AnalystSheet.Rows() {
            @Override
            public void row(AnalystSheet.Row row) {
                CreditCode code = row.value(CREDIT_CODE);
                int year = row.<Integer>value(YEAR);
                Integer first = seen.putIfAbsent(code.value() + "/" + year, row.number());
                if (first != null) {
                    row.reject(
                            YEAR,
                            "与第" + first + "行重复:统一社会信用代码+年度相同(" + code + " / " + year + ")",
                            "duplicate of row " + first + ": same credit code + year (" + code + " / " + year + ")");
                    return;
                }
                if (!enterprises.containsKey(code.value())) {
                    try {
                        enterprises.put(code.value(), PointsData.enterprise(row::value, defaultPark));
                    } catch (InvalidValueException e) {
                        row.reject(PARK, e);
                    }
                }
                try {
                    reports.add(PointsData.report(row::value));
                } catch (InvalidValueException e) {
                    row.reject(e);
                }
            }

            @Override
            public void end(AnalystSheet.Ending ending) {
                columns[0] = ending.has(PARK);
                columns[1] = ending.has(REGISTRATION_DATE);
            }
        });
        int without = (int) enterprises.values().stream()
                .filter(e -> e.registrationDate() == null)
                .count();
        return new Data(List.copyOf(enterprises.values()), reports, columns[0], columns[1], without);
    }
}
