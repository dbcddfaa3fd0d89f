package org.innopark.engine.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 企业年报: one enterprise's figures for one year. A figure that was not reported is absent (null), never zero.
 * Money is in canonical yuan; counts are whole numbers.
 */
public final class AnnualReport {

    /** Years the registry accepts. */
    public static final int FIRST_YEAR = 1980;

    public static final int LAST_YEAR = 2100;

    /** Cross-field rules: the first figure may not exceed the second. */
    public static final List<ReportField[]> NOT_MORE_THAN = List.of(
            new ReportField[] {ReportField.ST_STAFF, ReportField.EMPLOYEES},
            new ReportField[] {ReportField.RD_STAFF, ReportField.EMPLOYEES},
            new ReportField[] {ReportField.POSTGRAD_STAFF, ReportField.EMPLOYEES},
            new ReportField[] {ReportField.HIGH_TECH_REVENUE, ReportField.OPERATING_REVENUE},
            new ReportField[] {ReportField.MAIN_BUSINESS_REVENUE, ReportField.OPERATING_REVENUE},
            new ReportField[] {ReportField.RD_EXPENSE_DOMESTIC, ReportField.RD_EXPENSE});

    private final CreditCode creditCode;
    private final int year;
    private final EnumMap<ReportField, BigDecimal> values;

    private AnnualReport(CreditCode creditCode, int year, EnumMap<ReportField, BigDecimal> values) {
        this.creditCode = creditCode;
        this.year = year;
        this.values = values;
    }

    /**
     * Builds a report and checks every rule: the year's range, signs, whole counts, and the cross-field rules.
     *
     * @throws InvalidValueException naming the first broken rule
     */
    public static AnnualReport of(CreditCode creditCode, int year, Map<ReportField, BigDecimal> figures) {
        Objects.requireNonNull(creditCode, "creditCode");
        EnumMap<ReportField, BigDecimal> values = new EnumMap<>(ReportField.class);
        figures.forEach((field, value) -> {
            if (value != null) {
                values.put(field, normalise(field, value));
            }
        });
        List<InvalidValueException> problems = check(year, values);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new AnnualReport(creditCode, year, values);
    }

    /** Every rule the figures break, empty when they break none. */
    public static List<InvalidValueException> check(int year, Map<ReportField, BigDecimal> values) {
        List<InvalidValueException> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new InvalidValueException(
                    "年度" + year + "超出范围(" + FIRST_YEAR + "–" + LAST_YEAR + ")",
                    "year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR));
        }
        values.forEach((field, value) -> {
            if (value == null) {
                return;
            }
            if (!field.mayBeNegative() && value.signum() < 0) {
                problems.add(new InvalidValueException(
                        field.zh() + "不能为负数,实际为" + value.toPlainString(),
                        field.en() + " cannot be negative, got " + value.toPlainString()));
            }
            if (field.kind() == ReportField.Kind.COUNT
                    && value.stripTrailingZeros().scale() > 0) {
                problems.add(new InvalidValueException(
                        field.zh() + "应为整数,实际为" + value.toPlainString(),
                        field.en() + " must be a whole number, got " + value.toPlainString()));
            }
        });
        for (ReportField[] rule : NOT_MORE_THAN) {
            BigDecimal part = values.get(rule[0]);
            BigDecimal whole = values.get(rule[1]);
            if (part != null && whole != null && part.compareTo(whole) > 0) {
                problems.add(new InvalidValueException(
                        rule[0].zh() + "(" + part.toPlainString() + ")不能大于" + rule[1].zh() + "(" + whole.toPlainString()
                                + ")",
                        rule[0].en() + " (" + part.toPlainString() + ") cannot exceed "
                                + rule[1].en().toLowerCase() + " (" + whole.toPlainString() + ")"));
            }
        }
        return problems;
    }

    private static BigDecimal normalise(ReportField field, BigDecimal value) {
        return field.isMoney()
                ? value.setScale(MoneyUnit.CANONICAL_SCALE, java.math.RoundingMode.HALF_UP)
                : value.stripTrailingZeros()
                        .setScale(Math.max(0, value.stripTrailingZeros().scale()));
    }

    public CreditCode creditCode() {
        return creditCode;
    }

    public int year() {
        return year;
    }

    /** The figure, or null when it was not reported. */
    public BigDecimal get(ReportField field) {
        return values.get(field);
    }

    /** The figure as a double, NaN when it was not reported (for computations, never for storage). */
    public double getDouble(ReportField field) {
        BigDecimal v = values.get(field);
        return v == null ? Double.NaN : v.doubleValue();
    }

    public boolean has(ReportField field) {
        return values.containsKey(field);
    }

    /** The reported figures, read-only. */
    public Map<ReportField, BigDecimal> figures() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnualReport r
                && r.creditCode.equals(creditCode)
                && r.year == year
                && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(creditCode, year, values);
    }

    @Override
    public String toString() {
        return "AnnualReport[" + creditCode + " " + year + " " + values + "]";
    }
}
