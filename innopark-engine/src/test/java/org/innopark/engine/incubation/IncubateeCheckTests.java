package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.incubation.IncubationFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.registry.QualificationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncubateeCheckTests {

    private final IncubateeCheck check = new IncubateeCheck(RULES);
    private static final LocalDate ENTRY = LocalDate.of(2021, 3, 15);

    // 48 months after 2021-03-15 is 2025-03-15 (counted by hand): the last day still within the period.
    @ParameterizedTest
    @CsvSource({"2025-03-14, false", "2025-03-15, false", "2025-03-16, true"})
    void overdueAfterFortyEightMonths(LocalDate day, boolean overdue) {
        assertThat(check.overdue(incubating(ENTRY, null), day)).isEqualTo(overdue);
    }

    // A special field (生物医药) gets 60 months: until 2026-03-15.
    @ParameterizedTest
    @CsvSource({"2025-03-16, false", "2026-03-15, false", "2026-03-16, true"})
    void specialFieldsGetSixtyMonths(LocalDate day, boolean overdue) {
        assertThat(check.overdue(incubating(ENTRY, "生物医药"), day)).isEqualTo(overdue);
    }

    @Test
    void aGraduateIsNeverOverdue() {
        Tenancy t = graduated(ENTRY, LocalDate.of(2024, 1, 2), TenancyState.GRADUATED);
        assertThat(check.overdue(t, LocalDate.of(2030, 1, 1))).isFalse();
    }

    // Founded at most 24 months before entry: founded 2019-03-15 → 24 months to 2021-03-15 exactly.
    @ParameterizedTest
    @CsvSource({"2019-03-16, PASS", "2019-03-15, PASS", "2019-03-14, FAIL"})
    void foundedAtMostTwentyFourMonthsBeforeEntry(LocalDate founded, Status expected) {
        IncubateeFacts f =
                facts(founded, List.of(qualification(QualificationType.TECH_SME, LocalDate.of(2021, 5, 1))), List.of());
        IncubateeCheck.Verdict v = check.check(incubating(ENTRY, null), f, LocalDate.of(2022, 1, 1));
        CriterionResult age = v.conditions().get(0);
        assertThat(age.id()).isEqualTo("age_at_entry");
        assertThat(age.status()).isEqualTo(expected);
        assertThat(v.status()).isEqualTo(expected);
    }

    @Test
    void noTechSmeRecordLeavesTheVerdictUndecided() {
        IncubateeFacts f = facts(LocalDate.of(2020, 6, 1), List.of(), List.of());
        IncubateeCheck.Verdict v = check.check(incubating(ENTRY, null), f, LocalDate.of(2022, 1, 1));
        assertThat(v.status()).isEqualTo(Status.UNKNOWN);
        assertThat(v.conditions().get(1).explanationZh()).contains("无有效科技型中小企业");
    }

    @Test
    void monthsIncubatedStopAtGraduation() {
        Tenancy t = graduated(ENTRY, LocalDate.of(2023, 9, 15), TenancyState.STAYED);
        // 2021-03-15 → 2023-09-15 is 30 whole months.
        assertThat(IncubateeCheck.monthsIncubated(t, LocalDate.of(2026, 1, 1))).isEqualTo(30);
    }
}
