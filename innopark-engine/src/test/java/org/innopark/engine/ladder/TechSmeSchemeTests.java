package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.code;
import static org.innopark.engine.ladder.LadderFixtures.enterprise;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.ladder.LadderFixtures.scheme;
import static org.innopark.engine.registry.ReportField.EMPLOYEES;
import static org.innopark.engine.registry.ReportField.IP_CLASS1;
import static org.innopark.engine.registry.ReportField.IP_CLASS2;
import static org.innopark.engine.registry.ReportField.OPERATING_REVENUE;
import static org.innopark.engine.registry.ReportField.RD_EXPENSE;
import static org.innopark.engine.registry.ReportField.ST_STAFF;
import static org.innopark.engine.registry.ReportField.TOTAL_ASSETS;
import static org.innopark.engine.registry.ReportField.TOTAL_COST;

import java.time.LocalDate;
import java.util.Map;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 科技型中小企业评价, domain-rules.md §3: expected values written by hand from the rule text. Lower bounds inclusive. */
class TechSmeSchemeTests {

    private static final Scheme SCHEME = scheme("tech-sme", 2024);

    /** A base enterprise: 100 staff, ¥50M revenue, ¥30M assets, every external fact answered "no". */
    static EnterpriseFacts.Builder base(Map<ReportField, Number> overrides) {
        Map<ReportField, Number> f = figures(
                EMPLOYEES,
                100,
                ST_STAFF,
                20,
                OPERATING_REVENUE,
                50_000_000,
                TOTAL_ASSETS,
                30_000_000,
                RD_EXPENSE,
                2_000_000,
                TOTAL_COST,
                40_000_000,
                IP_CLASS1,
                0,
                IP_CLASS2,
                2);
        f.putAll(overrides);
        return enterprise(1)
                .figures(2024, f)
                .fact("restrictedIndustry", false)
                .fact("majorIncident", false)
                .fact("researchMisconduct", false)
                .fact("creditListed", false)
                .fact("nationalAwardTop3", false)
                .fact("provincialRdInstitution", false)
                .fact("ledStandard", false);
    }

    private static Verdict assess(EnterpriseFacts facts) {
        return ASSESSMENT.assess(SCHEME, facts, 2024);
    }

    private static double points(Map<ReportField, Number> overrides, String indicator) {
        return assess(base(overrides).build())
                .score()
                .orElseThrow()
                .indicator(indicator)
                .points()
                .min();
    }

    @ParameterizedTest(name = "S&T staff {0}/1000 → {1} points")
    @CsvSource({
        "99, 0", "100, 4", "101, 4", "149, 4", "150, 8", "151, 8", "199, 8", "200, 12", "201, 12", "249, 12", "250, 16",
        "251, 16", "299, 16", "300, 20", "301, 20"
    })
    void scoresStStaffRatioWithInclusiveLowerBounds(int stStaff, double expected) {
        assertThat(points(figures(EMPLOYEES, 1000, ST_STAFF, stStaff), "st-staff-ratio"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "R&D ¥{0} on ¥10M revenue → {1} points")
    @CsvSource({
        "199999, 0",
        "200000, 10",
        "200001, 10",
        "299999, 10",
        "300000, 20",
        "300001, 20",
        "399999, 20",
        "400000, 30",
        "400001, 30",
        "499999, 30",
        "500000, 40",
        "500001, 40",
        "599999, 40",
        "600000, 50",
        "600001, 50"
    })
    void scoresRdShareOfRevenue(int rd, double expected) {
        // Total cost 1e9 keeps the cost alternative at 0 points.
        assertThat(points(
                        figures(OPERATING_REVENUE, 10_000_000, RD_EXPENSE, rd, TOTAL_COST, 1_000_000_000),
                        "rd-investment"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "R&D ¥{0} on ¥10M total cost → {1} points")
    @CsvSource({
        "999999, 0",
        "1000000, 10",
        "1000001, 10",
        "1499999, 10",
        "1500000, 20",
        "1999999, 20",
        "2000000, 30",
        "2499999, 30",
        "2500000, 40",
        "2999999, 40",
        "3000000, 50",
        "3000001, 50"
    })
    void scoresRdShareOfTotalCostWhenThatIsBetter(int rd, double expected) {
        // Revenue 1e10 keeps the revenue alternative at 0 points, so the cost alternative decides.
        assertThat(points(
                        figures(OPERATING_REVENUE, 10_000_000_000L, RD_EXPENSE, rd, TOTAL_COST, 10_000_000),
                        "rd-investment"))
                .isEqualTo(expected);
    }

    @Test
    void takesTheBetterOfTheTwoRdAlternatives() {
        // 3% of revenue → 20; 25% of cost → 40.
        Verdict v = assess(base(figures(OPERATING_REVENUE, 10_000_000, RD_EXPENSE, 300_000, TOTAL_COST, 1_200_000))
                .build());
        ScoreSheet.IndicatorScore rd = v.score().orElseThrow().indicator("rd-investment");
        assertThat(rd.points().min()).isEqualTo(40);
        assertThat(rd.alternative()).isEqualTo("rd-cost");
    }

    @ParameterizedTest(name = "class I {0}, class II {1} → {2} points")
    @CsvSource({"0, 0, 0", "0, 1, 6", "0, 2, 12", "0, 3, 18", "0, 4, 24", "0, 5, 24", "1, 0, 30", "1, 4, 30"})
    void scoresIpByClass(int class1, int class2, double expected) {
        assertThat(points(figures(IP_CLASS1, class1, IP_CLASS2, class2), "ip")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "EMPLOYEES, 499, PASS",
        "EMPLOYEES, 500, PASS",
        "EMPLOYEES, 501, FAIL",
        "OPERATING_REVENUE, 199999999, PASS",
        "OPERATING_REVENUE, 200000000, PASS",
        "OPERATING_REVENUE, 200000001, FAIL",
        "TOTAL_ASSETS, 199999999, PASS",
        "TOTAL_ASSETS, 200000000, PASS",
        "TOTAL_ASSETS, 200000001, FAIL"
    })
    void appliesTheSizeCapsInclusively(ReportField field, long value, Status expected) {
        String id = switch (field) {
            case EMPLOYEES -> "employees-cap";
            case OPERATING_REVENUE -> "revenue-cap";
            default -> "assets-cap";
        };
        // Staff kept at 20% of employees so the S&T ratio does not move.
        Map<ReportField, Number> f =
                field == EMPLOYEES ? figures(EMPLOYEES, value, ST_STAFF, value / 5) : figures(field, value);
        assertThat(assess(base(f).build()).condition(id).orElseThrow().status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "score {0} with S&T staff {1} → {2}")
    @CsvSource({
        // staff 20% → 12; R&D 4% → 30; class II 3 → 18: 60
        "20, 400000, 3, QUALIFIED",
        // staff 20% → 12; R&D 4% → 30; class II 2 → 12: 54
        "20, 400000, 2, NOT_QUALIFIED",
        // staff 9% → 0 points; R&D 6% → 50; class I → 30: 80 but the S&T-staff score is 0
        "9, 600000, 0, NOT_QUALIFIED"
    })
    void needsSixtyPointsAndANonZeroStStaffScore(int stStaff, int rd, int class2, Outcome expected) {
        Map<ReportField, Number> f = figures(
                ST_STAFF,
                stStaff,
                OPERATING_REVENUE,
                10_000_000,
                RD_EXPENSE,
                rd,
                TOTAL_COST,
                1_000_000_000,
                IP_CLASS2,
                class2);
        if (stStaff == 9) {
            f.put(IP_CLASS1, 1);
        }
        Verdict v = assess(base(f).build());
        assertThat(v.outcome()).isEqualTo(expected);
    }

    @Test
    void scoreOfExactlySixtyPassesAndFiftyFourFails() {
        Verdict sixty = assess(base(figures(
                        ST_STAFF,
                        20,
                        OPERATING_REVENUE,
                        10_000_000,
                        RD_EXPENSE,
                        400_000,
                        TOTAL_COST,
                        1_000_000_000,
                        IP_CLASS2,
                        3))
                .build());
        assertThat(sixty.score().orElseThrow().total()).isEqualTo(Points.exactly(60));
        assertThat(sixty.condition("score-pass").orElseThrow().status()).isEqualTo(Status.PASS);
        Verdict fiftyFour = assess(base(figures(
                        ST_STAFF,
                        20,
                        OPERATING_REVENUE,
                        10_000_000,
                        RD_EXPENSE,
                        400_000,
                        TOTAL_COST,
                        1_000_000_000,
                        IP_CLASS2,
                        2))
                .build());
        assertThat(fiftyFour.score().orElseThrow().total()).isEqualTo(Points.exactly(54));
        assertThat(fiftyFour.condition("score-pass").orElseThrow().status()).isEqualTo(Status.FAIL);
    }

    @Test
    void qualifiesDirectlyWithAValidHighTechCertificateDespiteALowScore() {
        EnterpriseFacts facts = base(figures(ST_STAFF, 5, RD_EXPENSE, 0, IP_CLASS2, 0))
                .qualification(new Qualification(
                        code(1),
                        QualificationType.HIGH_TECH,
                        null,
                        "GR202344000001",
                        LocalDate.of(2023, 11, 1),
                        LocalDate.of(2026, 10, 31)))
                .build();
        Verdict v = assess(facts);
        assertThat(v.outcome()).isEqualTo(Outcome.QUALIFIED);
        assertThat(v.directRoute()).map(ConditionResult::id).contains("direct-high-tech");
        assertThat(v.condition("score-pass").orElseThrow().status()).isEqualTo(Status.FAIL);
    }

    @Test
    void anExpiredHighTechCertificateIsNoDirectRoute() {
        EnterpriseFacts facts = base(figures(ST_STAFF, 5, RD_EXPENSE, 0, IP_CLASS2, 0))
                .qualification(new Qualification(
                        code(1),
                        QualificationType.HIGH_TECH,
                        null,
                        null,
                        LocalDate.of(2020, 11, 1),
                        LocalDate.of(2023, 10, 31)))
                .build();
        assertThat(assess(facts).outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
    }

    @Test
    void directRoutesStillNeedTheEligibilityConditions() {
        EnterpriseFacts facts = base(figures(EMPLOYEES, 600, ST_STAFF, 120))
                .fact("ledStandard", true)
                .build();
        Verdict v = assess(facts);
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
        assertThat(v.condition("direct").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void isUndecidedWhileAnExternalFactIsUnknownAndSaysWhich() {
        EnterpriseFacts facts = base(figures(
                        ST_STAFF, 30, OPERATING_REVENUE, 10_000_000, RD_EXPENSE, 600_000, IP_CLASS1, 1))
                .fact("majorIncident", null)
                .build();
        Verdict v = assess(facts);
        assertThat(v.outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(v.undecided()).extracting(ConditionResult::id).containsExactly("no-major-incident");
        assertThat(v.undecided().get(0).explanation().zh()).contains("外部事实");
    }

    @Test
    void anUnknownFactDoesNotMatterOnceAnotherConditionFails() {
        EnterpriseFacts facts = base(figures(EMPLOYEES, 501, ST_STAFF, 100))
                .fact("majorIncident", null)
                .build();
        Verdict v = assess(facts);
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
        assertThat(v.undecided()).isEmpty();
    }

    @Test
    void missingFiguresLeaveTheVerdictUndecidedAndNameTheFigure() {
        EnterpriseFacts facts = enterprise(1)
                .figures(
                        2024,
                        figures(
                                EMPLOYEES,
                                100,
                                ST_STAFF,
                                30,
                                OPERATING_REVENUE,
                                10_000_000,
                                RD_EXPENSE,
                                600_000,
                                IP_CLASS1,
                                1,
                                TOTAL_COST,
                                9_000_000))
                .fact("restrictedIndustry", false)
                .fact("majorIncident", false)
                .fact("researchMisconduct", false)
                .fact("creditListed", false)
                .build();
        Verdict v = assess(facts);
        assertThat(v.outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(v.undecided()).extracting(ConditionResult::id).containsExactly("assets-cap");
        assertThat(v.undecided().get(0).unknownInputs()).extracting(Label::zh).containsExactly("资产总额(2024年)");
    }

    @Test
    void explainsEachConditionInChineseAndEnglish() {
        Verdict v = assess(base(figures(EMPLOYEES, 100, ST_STAFF, 8)).build());
        ConditionResult staff = v.condition("st-staff-nonzero").orElseThrow();
        assertThat(staff.explanation().zh()).contains("科技人员指标得分").contains("不符合");
        assertThat(staff.explanation().en())
                .contains("S&T staff indicator score")
                .contains("not met");
        ScoreSheet.IndicatorScore ratio = v.score().orElseThrow().indicator("st-staff-ratio");
        assertThat(ratio.explanation().zh()).isEqualTo("科技人员指标 8.0%,在 (, 10%) 档,得 0 分");
        assertThat(ratio.explanation().en()).isEqualTo("S&T staff indicator 8.0% is in (, 10%): 0 points");
    }
}
