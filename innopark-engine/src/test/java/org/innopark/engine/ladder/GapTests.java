package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.enterprise;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.ladder.LadderFixtures.scheme;
import static org.innopark.engine.registry.ReportField.*;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gaps: the smallest changes, with expected sizes from {@code ladder_expected.py}, and every suggested change checked
 * by re-evaluating the scheme with it applied.
 */
class GapTests {

    static Stream<Arguments> staffCases() throws IOException {
        return LadderFormulaTests.rows("gap-expected.csv", "staff").stream()
                .map(r -> Arguments.of(Integer.parseInt(r[1]), Integer.parseInt(r[2]), r[3], Integer.parseInt(r[4])));
    }

    static Stream<Arguments> rdCases() throws IOException {
        return LadderFormulaTests.rows("gap-expected.csv", "rd").stream()
                .map(r -> Arguments.of(r[1], r[2], r[3], Long.parseLong(r[4])));
    }

    /** High-tech figures that meet every condition but the one under test; expert scores all given. */
    private static EnterpriseFacts highTech(
            Map<org.innopark.engine.registry.ReportField, Number> latest, long[] rd, long[] revenue) {
        EnterpriseFacts.Builder b = HighTechSchemeTests.base(latest).facts(HighTechSchemeTests.experts());
        for (int i = 0; i < 3; i++) {
            Map<org.innopark.engine.registry.ReportField, Number> f = figures(
                    OPERATING_REVENUE,
                    revenue[i],
                    RD_EXPENSE,
                    rd[i],
                    RD_EXPENSE_DOMESTIC,
                    rd[i],
                    NET_ASSETS,
                    10_000_000,
                    STANDARDS_LED,
                    0);
            if (i == 2) {
                f.putAll(figures(
                        HIGH_TECH_REVENUE,
                        revenue[i] * 7 / 10,
                        EMPLOYEES,
                        100,
                        ST_STAFF,
                        15,
                        IP_CLASS1,
                        1,
                        IP_CLASS2,
                        0));
                f.putAll(latest);
            }
            b.figures(2022 + i, f);
        }
        return b.build();
    }

    /** The high-tech S&T staff condition: (s + x) / (e + x) ≥ 10%. */
    @ParameterizedTest(name = "S&T staff {0} of {1}, needs {2}: {3} more people")
    @MethodSource("staffCases")
    void addsWholePeopleCountingThemAsEmployeesToo(int staff, int employees, String threshold, int expected) {
        Scheme s = scheme("high-tech", 2024);
        EnterpriseFacts facts = highTech(
                figures(EMPLOYEES, employees, ST_STAFF, staff),
                new long[] {1_800_000, 1_800_000, 1_800_000},
                new long[] {30_000_000, 30_000_000, 30_000_000});
        Verdict v = ASSESSMENT.assess(s, facts, 2024);
        Gap gap = ASSESSMENT.gap(v, facts);
        if (expected == 0) {
            assertThat(gap.none()).isTrue();
            return;
        }
        assertThat(gap.deltas()).containsEntry(ST_STAFF, (double) expected);
        assertThat(gap.after().outcome()).isEqualTo(Outcome.QUALIFIED);
        assertThat(ASSESSMENT.assess(s, gap.applyTo(facts), 2024).outcome()).isEqualTo(Outcome.QUALIFIED);
        // One person fewer would not do.
        EnterpriseFacts short1 = facts.withChanges(2024, Map.of(ST_STAFF, expected - 1.0, EMPLOYEES, expected - 1.0));
        assertThat(ASSESSMENT
                        .assess(s, short1, 2024)
                        .condition("st-staff")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void explainsAStaffGapInTheDataTerms() {
        EnterpriseFacts facts = highTech(
                figures(EMPLOYEES, 100, ST_STAFF, 8),
                new long[] {1_800_000, 1_800_000, 1_800_000},
                new long[] {30_000_000, 30_000_000, 30_000_000});
        Gap gap = ASSESSMENT.gap(ASSESSMENT.assess(scheme("high-tech", 2024), facts, 2024), facts);
        assertThat(gap.lines(Locale.CHINESE)).containsExactly("科技人员占比 8.0% → 需 ≥ 10.0%:需增加科技人员 3人(职工总数随之增加)");
        assertThat(gap.lines(Locale.ENGLISH))
                .containsExactly("S&T staff share 8.0% → needs ≥ 10.0%: 3 more S&T staff (employees grow with them)");
        assertThat(gap.size()).isEqualTo(3.0 / 8);
    }

    @ParameterizedTest(name = "R&D {0} on revenue {1}, band {2}: ¥{3} more")
    @MethodSource("rdCases")
    void findsTheRdNeededAtThisYearsRevenue(String rds, String revenues, String threshold, long expected) {
        long[] rd = Stream.of(rds.split(" ")).mapToLong(Long::parseLong).toArray();
        long[] rev = Stream.of(revenues.split(" ")).mapToLong(Long::parseLong).toArray();
        EnterpriseFacts facts = highTech(figures(), rd, rev);
        Verdict v = ASSESSMENT.assess(scheme("high-tech", 2024), facts, 2024);
        assertThat(v.condition("rd-ratio").orElseThrow().threshold()).isEqualTo(Double.parseDouble(threshold));
        Gap gap = ASSESSMENT.gap(v, facts);
        assertThat(gap.deltas().get(RD_EXPENSE)).isEqualTo((double) expected);
        assertThat(gap.after().outcome()).isEqualTo(Outcome.QUALIFIED);
        assertThat(gap.closable()).isTrue();
        EnterpriseFacts oneYuanShort =
                facts.withChanges(2024, Map.of(RD_EXPENSE, expected - 1.0, RD_EXPENSE_DOMESTIC, expected - 1.0));
        assertThat(ASSESSMENT
                        .assess(scheme("high-tech", 2024), oneYuanShort, 2024)
                        .condition("rd-ratio")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void explainsAnRdGapInTheDataTerms() {
        EnterpriseFacts facts = highTech(
                figures(), new long[] {2_500_000, 2_800_000, 3_000_000}, new long[] {80_000_000, 90_000_000, 100_000_000
                });
        Gap gap = ASSESSMENT.gap(ASSESSMENT.assess(scheme("high-tech", 2024), facts, 2024), facts);
        assertThat(gap.lines(Locale.CHINESE)).containsExactly("近三年研发费用占销售收入比例 3.07% → 需 ≥ 4.0%:在其他数据不变时约需增加研发费用 250万元");
        assertThat(gap.lines(Locale.ENGLISH))
                .containsExactly(
                        "R&D ratio (last 3 years) 3.07% → needs ≥ 4.0%: about ¥2.5M more R&D expense, other figures unchanged");
    }

    @Test
    void findsTheCheapestBracketMovesForAMissingScore() {
        // 科小: staff 20% → 12, R&D 3.2% → 20, class II 2 → 12: 44, needs 60.
        EnterpriseFacts facts = TechSmeSchemeTests.base(figures(
                        EMPLOYEES,
                        100,
                        ST_STAFF,
                        20,
                        OPERATING_REVENUE,
                        50_000_000,
                        RD_EXPENSE,
                        1_600_000,
                        TOTAL_COST,
                        1_000_000_000,
                        IP_CLASS2,
                        2))
                .build();
        Verdict v = ASSESSMENT.assess(scheme("tech-sme", 2024), facts, 2024);
        assertThat(v.score().orElseThrow().total()).isEqualTo(Points.exactly(44));
        Gap gap = ASSESSMENT.gap(v, facts);
        // Options: R&D to 5% (+20, ¥0.9M, 56% more) beats staff to 30% (+8 needs 15 people, 75%) and
        // class II to 4 (+12, 100% more); 20 points close the 16 missing.
        assertThat(gap.deltas()).containsOnlyKeys(RD_EXPENSE);
        assertThat(gap.deltas().get(RD_EXPENSE)).isEqualTo(900_000.0);
        assertThat(gap.after().outcome()).isEqualTo(Outcome.QUALIFIED);
        assertThat(gap.after().score().orElseThrow().total()).isEqualTo(Points.exactly(64));
        assertThat(gap.lines(Locale.CHINESE).get(0)).startsWith("研发投入指标(企业选择其一) 3.2% → [5%, 6%) 档(+20 分");
    }

    @Test
    void fixesANonZeroStaffScoreAndTheTotalTogether() {
        // Staff 8% → 0 points: both the total and the non-zero S&T-staff rule fail.
        EnterpriseFacts facts = TechSmeSchemeTests.base(figures(
                        EMPLOYEES,
                        100,
                        ST_STAFF,
                        8,
                        OPERATING_REVENUE,
                        50_000_000,
                        RD_EXPENSE,
                        1_600_000,
                        TOTAL_COST,
                        1_000_000_000,
                        IP_CLASS2,
                        2))
                .build();
        Gap gap = ASSESSMENT.gap(ASSESSMENT.assess(scheme("tech-sme", 2024), facts, 2024), facts);
        assertThat(gap.deltas().get(ST_STAFF)).isEqualTo(3.0);
        assertThat(gap.closable()).isTrue();
        assertThat(ASSESSMENT
                        .assess(scheme("tech-sme", 2024), gap.applyTo(facts), 2024)
                        .outcome())
                .isEqualTo(Outcome.QUALIFIED);
    }

    @Test
    void reportsBlockersThatNoFigureCanFix() {
        EnterpriseFacts facts =
                TechSmeSchemeTests.base(figures()).fact("majorIncident", true).build();
        Gap gap = ASSESSMENT.gap(ASSESSMENT.assess(scheme("tech-sme", 2024), facts, 2024), facts);
        assertThat(gap.closable()).isFalse();
        assertThat(gap.size()).isInfinite();
        assertThat(gap.blockers()).extracting(ConditionResult::id).containsExactly("no-major-incident");
    }

    @Test
    void anUndecidedVerdictHasNoChangesButListsWhatToConfirm() {
        EnterpriseFacts facts =
                HighTechSchemeTests.base(Map.of()).fact("majorIncident", false).build();
        Gap gap = ASSESSMENT.gap(ASSESSMENT.assess(scheme("high-tech", 2024), facts, 2024), facts);
        assertThat(gap.none()).isTrue();
        assertThat(gap.changes()).isEmpty();
        assertThat(gap.toConfirm()).extracting(Label::zh).contains("外部事实:技术的先进程度(专家评分)");
    }

    @Test
    void raisesRevenueForAGazelleGrowthGap() {
        EnterpriseFacts facts = enterprise(5)
                .figures(2021, figures(OPERATING_REVENUE, 10_000_000))
                .figures(2024, figures(OPERATING_REVENUE, 15_000_000))
                .build();
        Gap gap = ASSESSMENT.gap(ASSESSMENT.assess(scheme("gazelle", 2024), facts, 2024), facts);
        // 1.2³ × 10M = 17.28M.
        assertThat(gap.deltas().get(OPERATING_REVENUE)).isEqualTo(2_280_000.0);
        assertThat(gap.after().outcome()).isEqualTo(Outcome.QUALIFIED);
    }

    @Test
    void gapSizesOrderCandidates() {
        EnterpriseFacts near = highTech(
                figures(EMPLOYEES, 100, ST_STAFF, 9),
                new long[] {1_800_000, 1_800_000, 1_800_000},
                new long[] {30_000_000, 30_000_000, 30_000_000});
        EnterpriseFacts far = highTech(
                figures(EMPLOYEES, 100, ST_STAFF, 5),
                new long[] {1_800_000, 1_800_000, 1_800_000},
                new long[] {30_000_000, 30_000_000, 30_000_000});
        Scheme s = scheme("high-tech", 2024);
        double nearSize = ASSESSMENT.gap(ASSESSMENT.assess(s, near, 2024), near).size();
        double farSize = ASSESSMENT.gap(ASSESSMENT.assess(s, far, 2024), far).size();
        assertThat(nearSize).isLessThan(farSize);
    }
}
