package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.code;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.ladder.LadderFixtures.scheme;
import static org.innopark.engine.registry.ReportField.OPERATING_REVENUE;

import java.time.LocalDate;
import org.innopark.engine.rules.Confidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 瞪羚 (unconfirmed default) and 独角兽, domain-rules.md §6. */
class GrowthRungSchemesTests {

    @ParameterizedTest(name = "registered {0} → {1} full years → {2}")
    @CsvSource({"2014-01-01, 10, PASS", "2013-12-31, 11, FAIL", "2014-12-31, 10, PASS"})
    void gazelleAtMostTenYearsOld(LocalDate registered, double years, Status expected) {
        EnterpriseFacts f =
                EnterpriseFacts.of(code(4)).registrationDate(registered).build();
        ConditionResult c = ASSESSMENT
                .assess(scheme("gazelle", 2024), f, 2024)
                .condition("age-10y")
                .orElseThrow();
        assertThat(c.value()).isEqualTo(years);
        assertThat(c.status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "revenue ¥{0} → {1}")
    @CsvSource({"9999999, FAIL", "10000000, PASS", "10000001, PASS"})
    void gazelleNeedsTenMillionRevenue(long revenue, Status expected) {
        EnterpriseFacts f = EnterpriseFacts.of(code(4))
                .figures(2024, figures(OPERATING_REVENUE, revenue))
                .build();
        assertThat(ASSESSMENT
                        .assess(scheme("gazelle", 2024), f, 2024)
                        .condition("revenue-10m")
                        .orElseThrow()
                        .status())
                .isEqualTo(expected);
    }

    @Test
    void gazelleIsMarkedUnconfirmed() {
        Scheme s = scheme("gazelle", 2024);
        assertThat(s.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(s.unconfirmedRules())
                .extracting(Scheme.RuleNote::id)
                .containsExactly("age-10y", "revenue-cagr", "revenue-10m");
    }

    @Test
    void gazelleQualifiesAtTheDefaultThresholds() {
        EnterpriseFacts f = EnterpriseFacts.of(code(4))
                .registrationDate(LocalDate.of(2018, 5, 1))
                .figures(2021, figures(OPERATING_REVENUE, 10_000_000))
                .figures(2024, figures(OPERATING_REVENUE, 17_280_000))
                .build();
        assertThat(ASSESSMENT.assess(scheme("gazelle", 2024), f, 2024).outcome())
                .isEqualTo(Outcome.QUALIFIED);
    }

    @ParameterizedTest(name = "valuation US${0}, listed {1} → {2}")
    @CsvSource({
        "999999999, false, NOT_QUALIFIED",
        "1000000000, false, QUALIFIED",
        "1000000001, false, QUALIFIED",
        "5000000000, true, NOT_QUALIFIED"
    })
    void unicornNeedsOneBillionDollarsUnlisted(long valuation, boolean listed, Outcome expected) {
        EnterpriseFacts f = EnterpriseFacts.of(code(4))
                .registrationDate(LocalDate.of(2018, 5, 1))
                .listed(listed)
                .fact("privateInvestment", true)
                .fact("valuationUsd", valuation)
                .build();
        assertThat(ASSESSMENT.assess(scheme("unicorn", 2024), f, 2024).outcome())
                .isEqualTo(expected);
    }

    @Test
    void unicornIsUndecidedWithoutAValuation() {
        EnterpriseFacts f = EnterpriseFacts.of(code(4))
                .registrationDate(LocalDate.of(2018, 5, 1))
                .listed(false)
                .fact("privateInvestment", true)
                .build();
        Verdict v = ASSESSMENT.assess(scheme("unicorn", 2024), f, 2024);
        assertThat(v.outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(v.undecided()).extracting(ConditionResult::id).containsExactly("valuation-1bn");
    }

    @Test
    void unicornOlderThanTenYearsIsNotOne() {
        EnterpriseFacts f = EnterpriseFacts.of(code(4))
                .registrationDate(LocalDate.of(2013, 12, 31))
                .listed(false)
                .build();
        assertThat(ASSESSMENT.assess(scheme("unicorn", 2024), f, 2024).outcome())
                .isEqualTo(Outcome.NOT_QUALIFIED);
    }
}
