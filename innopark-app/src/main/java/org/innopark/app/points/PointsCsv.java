package org.innopark.app.points;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;

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
    public static final String DEFAULT_PARK = "CSV";

    static final String CREDIT_CODE = "credit_code";
    static final String YEAR = "year";
    static final String PARK = "park";
    static final String NAME = "name";
    static final String REGISTRATION_DATE = "registration_date";
    static final String INDUSTRY = "industry";

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
        List<Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.creditCode(
                        CREDIT_CODE,
                        "统一社会信用代码",
                        "Credit code",
                        true,
                        "91220101723654321" + CreditCode.checkCharacter("91220101723654321"))
                .alias("creditCode"));
        columns.add(AnalystSheet.year(YEAR, "年度", "Year", true, "2025")
                .alias("report_year", "年份")
                .meaning("年报年度;每家企业每年一行,上一年度的行用于增长率 / the report year; one row per enterprise and"
                        + " year, the year before feeds the growth rates"));
        columns.add(AnalystSheet.text(PARK, "园区", "Park", false, "CCHTZ")
                .alias("园区代码", "所属园区代码", "park_code")
                .meaning("园区代码:同一园区的企业一起排名(队列);无此列时全部企业为一个队列(--park 的值或 CSV)/ park code: the"
                        + " enterprises of a park are ranked together; without the column all are one cohort (the"
                        + " --park value, else CSV)"));
        columns.add(AnalystSheet.text(NAME, "企业名称", "Enterprise name", false, "示例科技有限公司")
                .alias("enterprise"));
        columns.add(AnalystSheet.date(REGISTRATION_DATE, "成立日期", "Registration date", false, "2015-03-18")
                .alias("registrationDate", "registrationdate")
                .meaning("决定企业阶段(初创期/成长期/稳定期)及其权重;为空时按方案的默认阶段 / selects the stage (start-up,"
                        + " growth, mature) and its weights; empty: the scheme's default stage"));
        columns.add(AnalystSheet.industryCode(INDUSTRY, "行业代码", "Industry code", "3911")
                .alias("industry_code"));
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
                    String park = row.text(PARK);
                    String name = row.text(NAME);
                    LocalDate registered = row.value(REGISTRATION_DATE);
                    IndustryCode industry = row.value(INDUSTRY);
                    try {
                        enterprises.put(
                                code.value(),
                                new Enterprise(
                                        code,
                                        name == null ? code.value() : name,
                                        registered,
                                        null,
                                        industry,
                                        null,
                                        park == null ? defaultPark : park,
                                        null,
                                        null));
                    } catch (InvalidValueException e) {
                        row.reject(PARK, e);
                    }
                }
                Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
                for (ReportField f : ReportField.values()) {
                    Object v = row.value(f.key());
                    if (v != null) {
                        figures.put(f, v instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) v);
                    }
                }
                try {
                    reports.add(AnnualReport.of(code, year, figures));
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
