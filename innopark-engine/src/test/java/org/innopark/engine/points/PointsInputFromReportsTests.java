package org.innopark.engine.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;

class PointsInputFromReportsTests {

    private static final PointsScheme SCHEME = PointsSchemeLoader.builtIn("innopark-points-2022");

    static CreditCode code(int n) {
        String first17 = "91320500MA" + String.format("%07d", n);
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
    }

    static Enterprise enterprise(int n, String park, String industry, LocalDate registered) {
        return new Enterprise(code(n), "企业" + n, registered, null, IndustryCode.of(industry), null, park, null, null);
    }

    static AnnualReport report(int n, int year, Object... fieldsAndValues) {
        Map<ReportField, BigDecimal> figures = new java.util.EnumMap<>(ReportField.class);
        for (int j = 0; j < fieldsAndValues.length; j += 2) {
            figures.put((ReportField) fieldsAndValues[j], new BigDecimal(fieldsAndValues[j + 1].toString()));
        }
        return AnnualReport.of(code(n), year, figures);
    }

    private static double value(PointsInput input, int row, String indicator) {
        return input.value(SCHEME.indicator(indicator).orElseThrow().index(), row);
    }

    @Test
    void derivesRatiosGrowthRatesAndTwoYearSumsFromTheReports() {
        List<Enterprise> enterprises = List.of(enterprise(1, "SZ", "C39", LocalDate.of(2015, 3, 1)));
        List<AnnualReport> reports = List.of(
                report(
                        1,
                        2023,
                        ReportField.RD_EXPENSE,
                        1_000_000,
                        ReportField.OPERATING_REVENUE,
                        10_000_000,
                        ReportField.PLATFORMS_PROVINCIAL,
                        1,
                        ReportField.NET_PROFIT,
                        -50,
                        ReportField.NET_ASSETS,
                        1000),
                report(
                        1,
                        2024,
                        ReportField.RD_EXPENSE,
                        1_250_000,
                        ReportField.OPERATING_REVENUE,
                        25_000_000,
                        ReportField.PLATFORMS_PROVINCIAL,
                        2,
                        ReportField.EMPLOYEES,
                        100,
                        ReportField.ST_STAFF,
                        30,
                        ReportField.NET_PROFIT,
                        300,
                        ReportField.NET_ASSETS,
                        -10));
        PointsInput input = PointsInput.fromReports(SCHEME, 2024, enterprises, reports, CohortKind.PARK);
        assertThat(input.size()).isEqualTo(1);
        assertThat(value(input, 0, "rdExpense")).isEqualTo(1_250_000);
        assertThat(value(input, 0, "rdExpenseGrowth")).isCloseTo(0.25, within(1e-12));
        assertThat(value(input, 0, "rdIntensity")).isCloseTo(0.05, within(1e-12));
        assertThat(value(input, 0, "revenueGrowth")).isCloseTo(1.5, within(1e-12));
        assertThat(value(input, 0, "stStaffShare")).isCloseTo(0.3, within(1e-12));
        assertThat(value(input, 0, "platforms")).isEqualTo(3);
        assertThat(value(input, 0, "returnOnNetAssets"))
                .as("negative net assets")
                .isNaN();
        assertThat(value(input, 0, "awards")).as("not reported").isNaN();
        assertThat(input.key(0)).isEqualTo(code(1).value());
    }

    @Test
    void leavesGrowthAndTwoYearSumsMissingWithoutThePreviousYear() {
        PointsInput input = PointsInput.fromReports(
                SCHEME,
                2024,
                List.of(enterprise(2, "SZ", "C39", LocalDate.of(2023, 5, 1))),
                List.of(report(2, 2024, ReportField.RD_EXPENSE, 10, ReportField.PLATFORMS_PROVINCIAL, 1)),
                CohortKind.PARK);
        assertThat(value(input, 0, "rdExpenseGrowth")).isNaN();
        assertThat(value(input, 0, "platforms")).isNaN();
    }

    @Test
    void decidesTheStageByTheSchemesRuleAtEveryBoundary() {
        // 2022 default rule: START_UP if age < 3, or age < 5 and revenue < 2000万; MATURE if age ≥ 10 and revenue ≥ 2亿.
        StageRule rule = SCHEME.stageRule();
        AnnualReport small = report(3, 2024, ReportField.OPERATING_REVENUE, 19_999_999);
        AnnualReport medium = report(3, 2024, ReportField.OPERATING_REVENUE, 20_000_000);
        AnnualReport large = report(3, 2024, ReportField.OPERATING_REVENUE, 200_000_000);
        AnnualReport almostLarge = report(3, 2024, ReportField.OPERATING_REVENUE, 199_999_999);
        assertThat(rule.stageOf(LocalDate.of(2022, 1, 1), 2024, large)).isEqualTo(Stage.START_UP);
        assertThat(rule.stageOf(LocalDate.of(2021, 12, 31), 2024, medium)).isEqualTo(Stage.GROWTH);
        assertThat(rule.stageOf(LocalDate.of(2020, 6, 1), 2024, small)).isEqualTo(Stage.START_UP);
        assertThat(rule.stageOf(LocalDate.of(2019, 6, 1), 2024, small)).isEqualTo(Stage.GROWTH);
        assertThat(rule.stageOf(LocalDate.of(2014, 6, 1), 2024, large)).isEqualTo(Stage.MATURE);
        assertThat(rule.stageOf(LocalDate.of(2014, 6, 1), 2024, almostLarge)).isEqualTo(Stage.GROWTH);
        assertThat(rule.stageOf(LocalDate.of(2015, 6, 1), 2024, large)).isEqualTo(Stage.GROWTH);
        assertThat(rule.stageOf(null, 2024, small)).as("unknown age").isEqualTo(Stage.GROWTH);
    }

    @Test
    void formsCohortsByParkOrByParkAndIndustryAndOrdersRowsByCohortThenCreditCode() {
        List<Enterprise> enterprises = new ArrayList<>();
        List<AnnualReport> reports = new ArrayList<>();
        String[][] spec = {{"SZ", "C39"}, {"HZ", "I65"}, {"SZ", "I65"}, {"SZ", "C39"}};
        for (int n = 0; n < spec.length; n++) {
            enterprises.add(enterprise(10 + n, spec[n][0], spec[n][1], LocalDate.of(2010, 1, 1)));
            reports.add(report(10 + n, 2024, ReportField.RD_EXPENSE, 100 + n));
        }
        enterprises.add(enterprise(99, "SZ", "C39", LocalDate.of(2010, 1, 1))); // no report that year: not scored
        PointsInput byPark = PointsInput.fromReports(SCHEME, 2024, enterprises, reports, CohortKind.PARK);
        assertThat(byPark.size()).isEqualTo(4);
        assertThat(byPark.cohortCount()).isEqualTo(2);
        assertThat(byPark.cohortName(0)).isEqualTo("HZ");
        assertThat(byPark.key(0)).isEqualTo(code(11).value());
        assertThat(byPark.key(1)).isEqualTo(code(10).value());
        PointsInput byIndustry = PointsInput.fromReports(SCHEME, 2024, enterprises, reports, CohortKind.PARK_INDUSTRY);
        assertThat(byIndustry.cohortCount()).isEqualTo(3);
        assertThat(byIndustry.cohortName(1)).isEqualTo("SZ/39");
        PointsInput nation = PointsInput.fromReports(SCHEME, 2024, enterprises, reports, CohortKind.NATION);
        assertThat(nation.cohortCount()).isEqualTo(1);
    }
}
