package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.incubation.IncubationFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraduationCheckTests {

    private final GraduationCheck check = new GraduationCheck(RULES);
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private CriterionResult criterion(GraduationCheck.Verdict v, String id) {
        return v.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    // 累计获得天使投资或风险投资超过500万元: strictly over 5,000,000 yuan (two years added by hand).
    @ParameterizedTest
    @CsvSource({"3000000, 1999999.99, FAIL", "3000000, 2000000, FAIL", "3000000, 2000000.01, PASS"})
    void fundingCriterionIsStrictlyOverFiveMillion(String first, String second, Status expected) {
        IncubateeFacts f = facts(
                LocalDate.of(2020, 1, 1),
                List.of(),
                List.of(
                        report(2023, ReportField.VENTURE_CAPITAL, first),
                        report(2024, ReportField.VENTURE_CAPITAL, second)));
        CriterionResult r = criterion(check.check(f, AS_OF), "funding");
        assertThat(r.status()).isEqualTo(expected);
        if (expected == Status.PASS) {
            assertThat(r.year()).isEqualTo(2024);
            assertThat(r.explanationZh()).contains("截至2024年").contains("超过500万元");
        }
    }

    // 连续2年营业收入累计超过1000万元.
    @ParameterizedTest
    @CsvSource({"4000000, 5999999, FAIL", "4000000, 6000000, FAIL", "4000000, 6000001, PASS"})
    void revenueCriterionNeedsTwoConsecutiveYearsOverTenMillion(String first, String second, Status expected) {
        IncubateeFacts f = facts(
                LocalDate.of(2020, 1, 1),
                List.of(),
                List.of(
                        report(2023, ReportField.OPERATING_REVENUE, first),
                        report(2024, ReportField.OPERATING_REVENUE, second)));
        CriterionResult r = criterion(check.check(f, AS_OF), "revenue");
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.value())
                .isEqualByComparingTo(new java.math.BigDecimal(first).add(new java.math.BigDecimal(second)));
    }

    @Test
    void revenueInYearsWithAGapIsNotConsecutive() {
        IncubateeFacts f = facts(
                LocalDate.of(2020, 1, 1),
                List.of(),
                List.of(
                        report(2021, ReportField.OPERATING_REVENUE, "9000000"),
                        report(2023, ReportField.OPERATING_REVENUE, "9000000")));
        CriterionResult r = criterion(check.check(f, AS_OF), "revenue");
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.explanationZh()).contains("没有连续2年");
    }

    @Test
    void highTechCountsOnlyWhenGrantedByTheDay() {
        LocalDate granted = LocalDate.of(2024, 11, 20);
        IncubateeFacts f = facts(
                LocalDate.of(2020, 1, 1), List.of(qualification(QualificationType.HIGH_TECH, granted)), List.of());
        assertThat(criterion(check.check(f, granted.minusDays(1)), "high_tech").status())
                .isEqualTo(Status.FAIL);
        GraduationCheck.Verdict v = check.check(f, granted);
        assertThat(v.status()).isEqualTo(Status.PASS);
        assertThat(v.first().orElseThrow().id()).isEqualTo("high_tech");
        assertThat(v.first().orElseThrow().day()).isEqualTo(granted);
    }

    @Test
    void theFirstCriterionMetIsTheEarliest() {
        IncubateeFacts f = facts(
                LocalDate.of(2020, 1, 1),
                List.of(qualification(QualificationType.HIGH_TECH, LocalDate.of(2025, 3, 1))),
                List.of(report(2023, ReportField.VENTURE_CAPITAL, "6000000")));
        GraduationCheck.Verdict v = check.check(f, AS_OF);
        assertThat(v.first().orElseThrow().id()).isEqualTo("funding");
        assertThat(v.first().orElseThrow().year()).isEqualTo(2023);
    }

    @Test
    void acquisitionOrListingIsAnEvent() {
        IncubateeFacts acquired = new IncubateeFacts(
                CODE, LocalDate.of(2020, 1, 1), List.of(), List.of(), false, LocalDate.of(2024, 6, 1), null);
        assertThat(criterion(check.check(acquired, AS_OF), "acquired_or_listed").status())
                .isEqualTo(Status.PASS);
        assertThat(criterion(check.check(acquired, LocalDate.of(2024, 5, 31)), "acquired_or_listed")
                        .status())
                .isEqualTo(Status.FAIL);
        IncubateeFacts listed = facts(
                LocalDate.of(2020, 1, 1),
                List.of(qualification(QualificationType.LISTED, LocalDate.of(2025, 1, 8))),
                List.of());
        assertThat(criterion(check.check(listed, AS_OF), "acquired_or_listed").day())
                .isEqualTo(LocalDate.of(2025, 1, 8));
    }

    @Test
    void nothingKnownIsUndecidedNotFailed() {
        GraduationCheck.Verdict v = check.check(IncubateeFacts.unknown(CreditCode.of("91350100M000100Y43")), AS_OF);
        assertThat(v.status()).isEqualTo(Status.UNKNOWN);
        assertThat(v.first()).isEmpty();
    }
}
