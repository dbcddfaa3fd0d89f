package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.enterprise;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.ladder.LadderFixtures.scheme;
import static org.innopark.engine.registry.ReportField.EMPLOYEES;
import static org.innopark.engine.registry.ReportField.HIGH_TECH_REVENUE;
import static org.innopark.engine.registry.ReportField.IP_CLASS1;
import static org.innopark.engine.registry.ReportField.IP_CLASS2;
import static org.innopark.engine.registry.ReportField.NET_ASSETS;
import static org.innopark.engine.registry.ReportField.OPERATING_REVENUE;
import static org.innopark.engine.registry.ReportField.RD_EXPENSE;
import static org.innopark.engine.registry.ReportField.RD_EXPENSE_DOMESTIC;
import static org.innopark.engine.registry.ReportField.STANDARDS_LED;
import static org.innopark.engine.registry.ReportField.ST_STAFF;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 高新技术企业认定, domain-rules.md §4: the 8 conditions and the innovation-capacity evaluation (pass > 70). */
class HighTechSchemeTests {

    private static final Scheme SCHEME = scheme("high-tech", 2024);

    /** Every expert sub-score at its maximum unless overridden, and no major incident. */
    static Map<String, Object> experts(Object... pairs) {
        Map<String, Object> m = new HashMap<>(Map.of(
                "techAdvancementPoints",
                8,
                "coreSupportPoints",
                8,
                "ipAcquisitionPoints",
                6,
                "ipQuantityPoints",
                8,
                "conversionsPerYear",
                5,
                "conversionPoints",
                30,
                "rdManagementPoints",
                6,
                "rdInstitutionPoints",
                6,
                "conversionOrganisationPoints",
                4,
                "talentPoints",
                4));
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        m.put("majorIncident", false);
        return m;
    }

    /**
     * Three years with revenue ¥30M, R&D 6% (all domestic), high-tech revenue 70%, S&T staff 15%, one class-I IP,
     * net assets and revenue flat (growth 0 → 0 points), registered 2015 in a high-tech field.
     */
    static EnterpriseFacts.Builder base(Map<ReportField, Number> latest) {
        Enterprise e = new Enterprise(
                LadderFixtures.code(7),
                "测试科技有限公司",
                LocalDate.of(2015, 3, 1),
                null,
                null,
                HighTechField.ELECTRONIC_INFORMATION,
                "HZ-TEST",
                null,
                null);
        EnterpriseFacts.Builder b = EnterpriseFacts.of(e);
        for (int y = 2022; y <= 2023; y++) {
            b.figures(
                    y,
                    figures(
                            OPERATING_REVENUE,
                            30_000_000,
                            RD_EXPENSE,
                            1_800_000,
                            RD_EXPENSE_DOMESTIC,
                            1_800_000,
                            NET_ASSETS,
                            10_000_000,
                            STANDARDS_LED,
                            0));
        }
        Map<ReportField, Number> f = figures(
                OPERATING_REVENUE,
                30_000_000,
                RD_EXPENSE,
                1_800_000,
                RD_EXPENSE_DOMESTIC,
                1_800_000,
                NET_ASSETS,
                10_000_000,
                HIGH_TECH_REVENUE,
                21_000_000,
                EMPLOYEES,
                100,
                ST_STAFF,
                15,
                IP_CLASS1,
                1,
                IP_CLASS2,
                0,
                STANDARDS_LED,
                0);
        f.putAll(latest);
        return b.figures(2024, f);
    }

    private static Verdict assess(EnterpriseFacts facts) {
        return ASSESSMENT.assess(SCHEME, facts, 2024);
    }

    private static Status status(Map<ReportField, Number> latest, String condition) {
        return assess(base(latest).facts(experts()).build())
                .condition(condition)
                .orElseThrow()
                .status();
    }

    @ParameterizedTest(name = "revenue ¥{0}, R&D ¥{1} (3-year {2}) → {3}")
    @CsvSource({
        // band ≤ 5,000万 needs ≥ 5%: latest revenue exactly 5,000万 is in it
        "50000000, 2499999, '≤5000万 just below 5%', FAIL",
        "50000000, 2500000, '≤5000万 at 5%', PASS",
        "50000000, 2500001, '≤5000万 just above 5%', PASS",
        // band (5,000万, 2亿] needs ≥ 4%: 4% of 50,000,001 is 2,000,000.04
        "50000001, 2000000, '5000万+1 just below 4%', FAIL",
        "50000001, 2000001, '5000万+1 at 4% (rounded up)', PASS",
        "200000000, 7999999, '2亿 just below 4%', FAIL",
        "200000000, 8000000, '2亿 at 4%', PASS",
        "200000000, 8000001, '2亿 just above 4%', PASS",
        // band > 2亿 needs ≥ 3%: 3% of 200,000,001 is 6,000,000.03
        "200000001, 6000000, '2亿+1 just below 3%', FAIL",
        "200000001, 6000001, '2亿+1 at 3% (rounded up)', PASS"
    })
    void picksTheRdRatioBandByLatestRevenue(long revenue, long rd, String label, Status expected) {
        // Same figures in all three years, so the 3-year ratio is rd / revenue.
        EnterpriseFacts.Builder b = enterprise(7);
        for (int y = 2022; y <= 2024; y++) {
            b.figures(y, figures(OPERATING_REVENUE, revenue, RD_EXPENSE, rd));
        }
        assertThat(assess(b.build()).condition("rd-ratio").orElseThrow().status())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1} → {3}")
    @CsvSource({
        "ST_STAFF, 9, st-staff, FAIL",
        "ST_STAFF, 10, st-staff, PASS",
        "ST_STAFF, 11, st-staff, PASS",
        "HIGH_TECH_REVENUE, 17999999, high-tech-revenue, FAIL",
        "HIGH_TECH_REVENUE, 18000000, high-tech-revenue, PASS",
        "HIGH_TECH_REVENUE, 18000001, high-tech-revenue, PASS",
        "IP_CLASS1, 0, core-ip, FAIL",
        "IP_CLASS1, 1, core-ip, PASS"
    })
    void checksTheThresholdConditionsAtTheirBounds(ReportField field, long value, String condition, Status expected) {
        assertThat(status(figures(field, value), condition)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "latest-year domestic R&D ¥{0} → {1}")
    @CsvSource({"2879999, FAIL", "2880000, PASS", "2880001, PASS"})
    void needsSixtyPercentOfRdInMainlandChina(long domestic, Status expected) {
        // R&D 1.8M + 1.8M + 3.0M = 6.6M over 3 years; 60% = 3.96M; earlier years 0.54M domestic each,
        // so the latest year needs 3.96M − 1.08M = 2.88M.
        EnterpriseFacts.Builder b = enterprise(7);
        for (int y = 2022; y <= 2023; y++) {
            b.figures(y, figures(RD_EXPENSE, 1_800_000, RD_EXPENSE_DOMESTIC, 540_000));
        }
        b.figures(2024, figures(RD_EXPENSE, 3_000_000, RD_EXPENSE_DOMESTIC, domestic));
        assertThat(assess(b.build()).condition("domestic-rd").orElseThrow().status())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "registered {0} → {1}")
    @CsvSource({"2024-01-01, FAIL", "2023-12-31, PASS", "2024-12-31, FAIL"})
    void needsOneYearSinceRegistration(LocalDate registered, Status expected) {
        EnterpriseFacts facts = EnterpriseFacts.of(
                        CreditCode.of(LadderFixtures.code(7).value()))
                .registrationDate(registered)
                .build();
        assertThat(assess(facts).condition("registered-1y").orElseThrow().status())
                .isEqualTo(expected);
    }

    @Test
    void qualifiesWhenEveryConditionHoldsAndTheScoreIsAboveSeventy() {
        Verdict v = assess(base(Map.of()).facts(experts()).build());
        // IP 30 (capped: 8+8+8+6+0 = 30), conversion 30, management 20, growth 0: 80
        assertThat(v.score().orElseThrow().total()).isEqualTo(Points.exactly(80));
        assertThat(v.outcome()).isEqualTo(Outcome.QUALIFIED);
    }

    @ParameterizedTest(name = "conversion points {0} → total {1} → {2}")
    @CsvSource({"19, 69, NOT_QUALIFIED", "20, 70, NOT_QUALIFIED", "21, 71, QUALIFIED"})
    void passesOnlyAboveSeventy(int conversionPoints, int total, Outcome expected) {
        Verdict v = assess(base(Map.of())
                .facts(experts("conversionPoints", conversionPoints))
                .build());
        assertThat(v.score().orElseThrow().total()).isEqualTo(Points.exactly(total));
        assertThat(v.outcome()).isEqualTo(expected);
    }

    @Test
    void isUndecidedWhenTheUnknownExpertScoresCouldGoEitherWay() {
        Map<String, Object> facts = experts();
        facts.remove("conversionPoints");
        facts.remove("conversionsPerYear");
        Verdict v = assess(base(Map.of()).facts(facts).build());
        // 50 certain, up to 30 more from the unknown conversions: 50–80 against > 70.
        assertThat(v.score().orElseThrow().total()).isEqualTo(new Points(50, 80));
        assertThat(v.outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(v.undecided()).extracting(ConditionResult::id).containsExactly("innovation-score");
        assertThat(v.undecided().get(0).unknownInputs())
                .extracting(Label::en)
                .contains("external fact: Average S&T results converted per year over the last 3 years");
    }

    @Test
    void isQualifiedWhenEvenTheWorstUnknownScoresPass() {
        Map<String, Object> facts = experts();
        facts.remove("talentPoints");
        Verdict v = assess(base(Map.of()).facts(facts).build());
        assertThat(v.score().orElseThrow().total()).isEqualTo(new Points(76, 80));
        assertThat(v.outcome()).isEqualTo(Outcome.QUALIFIED);
    }

    @Test
    void isNotQualifiedWhenEvenTheBestUnknownScoresFail() {
        Map<String, Object> facts = experts(
                "techAdvancementPoints",
                0,
                "coreSupportPoints",
                0,
                "ipAcquisitionPoints",
                0,
                "conversionsPerYear",
                0,
                "conversionPoints",
                0);
        facts.remove("rdManagementPoints");
        facts.remove("rdInstitutionPoints");
        Verdict v = assess(base(Map.of()).facts(facts).build());
        // IP quantity 8, conversion 0, management 8 + 0–12, growth 0: 16–28.
        assertThat(v.score().orElseThrow().total()).isEqualTo(new Points(16, 28));
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
        assertThat(v.undecided()).isEmpty();
    }

    @Test
    void withoutExpertFactsTheScoreIsTheFullPossibleRange() {
        Verdict v = assess(base(Map.of()).fact("majorIncident", false).build());
        // IP quantity 7–8 known from the class-I item, growth 0 (flat); everything else 0–max.
        assertThat(v.score().orElseThrow().points("ip")).isEqualTo(new Points(7, 30));
        assertThat(v.score().orElseThrow().total()).isEqualTo(new Points(7, 80));
        assertThat(v.outcome()).isEqualTo(Outcome.UNDECIDED);
    }

    @Test
    void aFailedDataConditionDecidesDespiteUnknownExpertScores() {
        Verdict v =
                assess(base(figures(ST_STAFF, 9)).fact("majorIncident", false).build());
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
        assertThat(v.condition("st-staff").orElseThrow().explanation().zh()).isEqualTo("科技人员占比 9.0%,要求 ≥ 10.0%,不符合");
    }

    @Test
    void explainsTheRdBandThatApplied() {
        Verdict v = assess(base(Map.of()).facts(experts()).build());
        assertThat(v.condition("rd-ratio").orElseThrow().explanation().zh())
                .isEqualTo("近三年研发费用占销售收入比例 6.0%,要求 ≥ 5.0%(营业收入 3,000万元,属 (, 5000万] 档),符合");
        assertThat(v.condition("rd-ratio").orElseThrow().explanation().en())
                .isEqualTo(
                        "R&D ratio (last 3 years) 6.0%, required ≥ 5.0% (Operating revenue ¥30M is in (, 5000万]): met");
    }

    @Test
    void anExpertScoreFixesThePointsWithinTheBand() {
        Verdict v = assess(base(figures(IP_CLASS1, 0, IP_CLASS2, 3))
                .facts(experts("ipQuantityPoints", 4))
                .build());
        assertThat(v.score().orElseThrow().indicator("ip-quantity").points()).isEqualTo(Points.exactly(4));
        Map<String, Object> noIpScore = experts();
        noIpScore.remove("ipQuantityPoints");
        Verdict banded = assess(
                base(figures(IP_CLASS1, 0, IP_CLASS2, 3)).facts(noIpScore).build());
        assertThat(banded.score().orElseThrow().indicator("ip-quantity").points())
                .isEqualTo(new Points(3, 4));
    }
}
