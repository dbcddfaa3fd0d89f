package org.innopark.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualReportTests {

    private static final CreditCode CODE = CreditCode.of("91350100M000100Y43");

    private static Map<ReportField, BigDecimal> figures(Object... pairs) {
        Map<ReportField, BigDecimal> map = new EnumMap<>(ReportField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((ReportField) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return map;
    }

    @ParameterizedTest
    @CsvSource({"99, true", "100, true", "101, false"})
    void rdStaffMayNotExceedEmployees(int rdStaff, boolean valid) {
        var f = figures(ReportField.EMPLOYEES, 100, ReportField.RD_STAFF, rdStaff);
        assertThat(AnnualReport.check(2024, f).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"999.99, true", "1000.00, true", "1000.01, false"})
    void highTechRevenueMayNotExceedRevenue(String highTech, boolean valid) {
        var f = figures(ReportField.OPERATING_REVENUE, "1000.00", ReportField.HIGH_TECH_REVENUE, highTech);
        assertThat(AnnualReport.check(2024, f).isEmpty()).isEqualTo(valid);
    }

    @Test
    void mainBusinessRevenueAndDomesticRdAreBoundedToo() {
        assertThat(AnnualReport.check(
                        2024, figures(ReportField.OPERATING_REVENUE, 10, ReportField.MAIN_BUSINESS_REVENUE, 11)))
                .singleElement()
                .satisfies(e -> assertThat(e.messageZh()).contains("主营业务收入").contains("营业收入"));
        assertThat(AnnualReport.check(2024, figures(ReportField.RD_EXPENSE, 10, ReportField.RD_EXPENSE_DOMESTIC, 11)))
                .hasSize(1);
    }

    @Test
    void countsMustBeWholeAndNonNegative() {
        assertThat(AnnualReport.check(2024, figures(ReportField.EMPLOYEES, "2.5")))
                .hasSize(1);
        assertThat(AnnualReport.check(2024, figures(ReportField.EMPLOYEES, "-1")))
                .hasSize(1);
        assertThat(AnnualReport.check(2024, figures(ReportField.EMPLOYEES, "3.0")))
                .isEmpty();
    }

    @Test
    void netProfitAndNetAssetsMayBeNegativeButRevenueMayNot() {
        assertThat(AnnualReport.check(2024, figures(ReportField.NET_PROFIT, "-5", ReportField.NET_ASSETS, "-1")))
                .isEmpty();
        assertThat(AnnualReport.check(2024, figures(ReportField.OPERATING_REVENUE, "-5")))
                .hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"1979, false", "1980, true", "2100, true", "2101, false"})
    void yearMustBeInRange(int year, boolean valid) {
        assertThat(AnnualReport.check(year, Map.of()).isEmpty()).isEqualTo(valid);
    }

    @Test
    void storesMoneyToTheFenAndKeepsMissingFiguresAbsent() {
        AnnualReport r =
                AnnualReport.of(CODE, 2024, figures(ReportField.RD_EXPENSE, "12.345", ReportField.EMPLOYEES, 8));
        assertThat(r.get(ReportField.RD_EXPENSE).toPlainString()).isEqualTo("12.35");
        assertThat(r.get(ReportField.EMPLOYEES).toPlainString()).isEqualTo("8");
        assertThat(r.has(ReportField.NET_PROFIT)).isFalse();
        assertThat(r.getDouble(ReportField.NET_PROFIT)).isNaN();
    }

    @Test
    void ofRejectsTheFirstBrokenRule() {
        assertThatThrownBy(
                        () -> AnnualReport.of(CODE, 2024, figures(ReportField.EMPLOYEES, 1, ReportField.ST_STAFF, 2)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("S&T staff");
    }

    @Test
    void everyFieldHasADistinctKeyAndColumn() {
        assertThat(java.util.Arrays.stream(ReportField.values())
                        .map(ReportField::key)
                        .distinct()
                        .count())
                .isEqualTo(ReportField.values().length);
        assertThat(ReportField.find("rdExpense")).isEqualTo(ReportField.RD_EXPENSE);
        assertThat(ReportField.find("研发费用")).isEqualTo(ReportField.RD_EXPENSE);
        assertThat(ReportField.RD_EXPENSE.column()).isEqualTo("rd_expense");
    }
}
