package org.innopark.engine.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innopark.engine.io.DataColumn.Kind;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;

/**
 * 积分数据, the columns of {@code points --data}: one row per enterprise and year. 统一社会信用代码 {@code credit_code}
 * and 年度 {@code year} are required; 园区 {@code park} (the cohort ranked together), 成立日期
 * {@code registration_date} (which selects the stage's weights), 企业名称 {@code name} and 行业代码 {@code industry}
 * are optional; every other column is an annual-report field by its Chinese name or key ({@code 研发费用(万元)},
 * {@code rdExpense}), money in the unit its header declares. An empty cell is a figure not reported. The application's
 * reader (XLSX/CSV, with its error report) and the Spark jobs (CSV, Parquet, JDBC) both turn a row into the engine's
 * {@link Enterprise} and {@link AnnualReport} here.
 */
public final class PointsData {

    /** Park code given to enterprises of a file without a park column, when no park is asked for. */
    public static final String DEFAULT_PARK = "CSV";

    public static final String CREDIT_CODE = "credit_code";
    public static final String YEAR = "year";
    public static final String PARK = "park";
    public static final String NAME = "name";
    public static final String REGISTRATION_DATE = "registration_date";
    public static final String INDUSTRY = "industry";

    private static final List<DataColumn> COLUMNS = columns0();

    private PointsData() {}

    /** The columns, the fixed ones first and then one per annual-report field in {@link ReportField} order. */
    public static List<DataColumn> columns() {
        return COLUMNS;
    }

    private static List<DataColumn> columns0() {
        List<DataColumn> c = new ArrayList<>();
        c.add(DataColumn.of(CREDIT_CODE, "统一社会信用代码", "Credit code", Kind.CREDIT_CODE, true, "creditCode"));
        c.add(DataColumn.of(YEAR, "年度", "Year", Kind.YEAR, true, "report_year", "年份"));
        c.add(DataColumn.of(PARK, "园区", "Park", Kind.TEXT, false, "园区代码", "所属园区代码", "park_code"));
        c.add(DataColumn.of(NAME, "企业名称", "Enterprise name", Kind.TEXT, false, "enterprise"));
        c.add(DataColumn.of(
                REGISTRATION_DATE,
                "成立日期",
                "Registration date",
                Kind.DATE,
                false,
                "registrationDate",
                "registrationdate"));
        c.add(DataColumn.of(INDUSTRY, "行业代码", "Industry code", Kind.INDUSTRY_CODE, false, "industry_code"));
        c.addAll(reportFields());
        return List.copyOf(c);
    }

    /**
     * A column per annual-report field, known by its Chinese name, English name, key ({@code rdExpense}), enum name
     * and database column, and, for a name with a bracketed note, by the name without it (从业人员 for
     * 从业人员(职工总数)).
     */
    public static List<DataColumn> reportFields() {
        List<DataColumn> columns = new ArrayList<>();
        for (ReportField f : ReportField.values()) {
            List<String> aliases = new ArrayList<>(List.of(f.key(), f.name(), f.column()));
            String zh = f.zh().replace('（', '(').replace('）', ')');
            if (zh.endsWith(")") && zh.lastIndexOf('(') > 0) {
                aliases.add(zh.substring(0, zh.lastIndexOf('(')));
            }
            Kind kind = f.kind() == ReportField.Kind.COUNT
                    ? Kind.COUNT
                    : f.mayBeNegative() ? Kind.SIGNED_MONEY : Kind.MONEY;
            columns.add(new DataColumn(f.key(), f.zh(), f.en(), aliases, kind, false, null));
        }
        return columns;
    }

    /** One row read: the enterprise (as its first row describes it) and its report of the row's year. */
    public record Record(Enterprise enterprise, AnnualReport report) {}

    /**
     * The row whose cells have been parsed into their typed values (by key: a CreditCode, an Integer year, a
     * LocalDate, an IndustryCode, Long counts, BigDecimal yuan; null for an empty cell).
     *
     * @param defaultPark the park of a row without one
     * @throws InvalidValueException when the enterprise or its report is not valid
     */
    public static Record record(Function<String, Object> value, String defaultPark) {
        return new Record(enterprise(value, defaultPark), report(value));
    }

    /** The enterprise a row describes (typed values by key, as {@link #record}). */
    public static Enterprise enterprise(Function<String, Object> value, String defaultPark) {
        CreditCode code = (CreditCode) value.apply(CREDIT_CODE);
        String park = (String) value.apply(PARK);
        String name = (String) value.apply(NAME);
        return new Enterprise(
                code,
                name == null ? code.value() : name,
                (LocalDate) value.apply(REGISTRATION_DATE),
                null,
                (IndustryCode) value.apply(INDUSTRY),
                null,
                park == null ? defaultPark : park,
                null,
                null);
    }

    /** The annual report a row holds (typed values by key, as {@link #record}). */
    public static AnnualReport report(Function<String, Object> value) {
        Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
        for (ReportField f : ReportField.values()) {
            Object v = value.apply(f.key());
            if (v != null) {
                figures.put(f, v instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) v);
            }
        }
        return AnnualReport.of((CreditCode) value.apply(CREDIT_CODE), (Integer) value.apply(YEAR), figures);
    }

    /**
     * Which cell of a row holds which column, for a reader of plain-text rows (CSV, or Parquet and database columns
     * read as text).
     *
     * @throws InvalidValueException naming every header that names no column, twice the same one, a money header
     *     without unit, or a required column missing
     */
    public static DataLayout layout(List<String> headers, MoneyUnit defaultUnit) {
        return new DataLayout(COLUMNS, headers, defaultUnit);
    }

    /** The number of fixed columns, which come first: credit code, year, park, name, registration date, industry. */
    public static final int FIXED_COLUMNS = 6;

    /** Reads only the enterprise of a row of text cells (its fixed columns), e.g. to find its cohort. */
    public static Enterprise enterprise(DataLayout layout, String[] cells, String defaultPark) {
        return enterprise(layout.values(cells, FIXED_COLUMNS), defaultPark);
    }

    /** Reads one row of text cells into the enterprise and its report. */
    public static Record read(DataLayout layout, String[] cells, String defaultPark) {
        return record(layout.values(cells), defaultPark);
    }
}
