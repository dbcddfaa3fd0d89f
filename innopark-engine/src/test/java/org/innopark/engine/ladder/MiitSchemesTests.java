package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.code;
import static org.innopark.engine.ladder.LadderFixtures.enterprise;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.ladder.LadderFixtures.scheme;
import static org.innopark.engine.registry.ReportField.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MIIT tiers (domain-rules.md §5): 创新型中小企业, 专精特新中小企业 and "小巨人". Where the text gives only "a–b%",
 * the expected bands follow the stated ">"/"<" ends and put the middle bounds in the lower band, as the scheme files
 * say (marked partial there).
 */
class MiitSchemesTests {

    private static final Scheme INNOVATIVE = scheme("innovative-sme", 2024);
    private static final Scheme SRDI = scheme("srdi-sme", 2024);
    private static final Scheme GIANT = scheme("little-giant", 2024);

    /** Revenue ¥100M (main business ¥100M → ¥120M over three years), net profit 5%, debt 50%. */
    static EnterpriseFacts.Builder base(Map<ReportField, Number> latest) {
        EnterpriseFacts.Builder b = enterprise(3)
                .figures(
                        2022,
                        figures(
                                OPERATING_REVENUE,
                                100_000_000,
                                MAIN_BUSINESS_REVENUE,
                                100_000_000,
                                RD_EXPENSE,
                                5_000_000,
                                EQUITY_FINANCING,
                                0,
                                AWARDS_PROVINCIAL,
                                0))
                .figures(
                        2023,
                        figures(
                                OPERATING_REVENUE,
                                110_000_000,
                                MAIN_BUSINESS_REVENUE,
                                100_000_000,
                                RD_EXPENSE,
                                5_000_000,
                                EQUITY_FINANCING,
                                0,
                                AWARDS_PROVINCIAL,
                                0));
        Map<ReportField, Number> f = figures(
                OPERATING_REVENUE,
                120_000_000,
                MAIN_BUSINESS_REVENUE,
                110_000_000,
                RD_EXPENSE,
                6_000_000,
                NET_PROFIT,
                6_000_000,
                TOTAL_ASSETS,
                100_000_000,
                TOTAL_LIABILITIES,
                50_000_000,
                EMPLOYEES,
                200,
                RD_STAFF,
                40,
                IP_CLASS1,
                2,
                IP_CLASS2,
                5,
                EQUITY_FINANCING,
                0,
                AWARDS_PROVINCIAL,
                0);
        f.putAll(latest);
        return b.figures(2024, f);
    }

    private static double points(Scheme s, Map<ReportField, Number> latest, String indicator) {
        Verdict v = ASSESSMENT.assess(s, base(latest).build(), 2024);
        return v.score().orElseThrow().indicator(indicator).points().min();
    }

    // ---- 创新型中小企业

    @ParameterizedTest(name = "R&D {0}‰ of revenue → {1}")
    @CsvSource({"9, 0", "10, 5", "11, 5", "20, 5", "21, 10", "30, 10", "31, 15", "50, 15", "51, 20"})
    void innovativeRdRatioBands(int perMille, double expected) {
        assertThat(points(
                        INNOVATIVE,
                        figures(OPERATING_REVENUE, 1000, MAIN_BUSINESS_REVENUE, 1000, RD_EXPENSE, perMille),
                        "rd-ratio"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "main-business growth to {0} from 1000 → {1}")
    @CsvSource({"999, 0", "1000, 5", "1050, 5", "1051, 10", "1100, 10", "1101, 15", "1150, 15", "1151, 20"})
    void innovativeGrowthBands(int now, double expected) {
        EnterpriseFacts f = enterprise(3)
                .figures(2023, figures(MAIN_BUSINESS_REVENUE, 1000))
                .figures(2024, figures(MAIN_BUSINESS_REVENUE, now, OPERATING_REVENUE, 5000))
                .build();
        Verdict v = ASSESSMENT.assess(INNOVATIVE, f, 2024);
        assertThat(v.score()
                        .orElseThrow()
                        .indicator("main-revenue-growth")
                        .points()
                        .min())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "debt {0}% → {1}")
    @CsvSource({"54, 10", "55, 5", "56, 5", "75, 5", "76, 0"})
    void innovativeDebtBands(int debt, double expected) {
        assertThat(points(INNOVATIVE, figures(TOTAL_ASSETS, 100, TOTAL_LIABILITIES, debt), "debt-ratio"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "main business {0}% → {1}")
    @CsvSource({"49, 0", "50, 5", "55, 5", "56, 10", "60, 10", "61, 15", "70, 15", "71, 20"})
    void innovativeMainBusinessShareBands(int share, double expected) {
        assertThat(points(
                        INNOVATIVE,
                        figures(OPERATING_REVENUE, 100, MAIN_BUSINESS_REVENUE, share, RD_EXPENSE, 5),
                        "main-business-share"))
                .isEqualTo(expected);
    }

    @Test
    void innovativePassNeedsSixtyAndTheBlockMinimums() {
        // IP 10–20 (class I, grade unknown) → ipPoints 10; R&D 5% → 15; growth 10% → 10; debt 50% → 10;
        // field no → 5; main business 91.7% → 20. Total 70, blocks 25 / 20 / 25.
        Map<String, Object> facts = new HashMap<>(Map.of(
                "ipPoints",
                10,
                "strategicEmergingIndustry",
                false,
                "innovationHonour",
                false,
                "provincialRdInstitution",
                false));
        Verdict v = ASSESSMENT.assess(
                INNOVATIVE,
                base(figures()).facts(facts).platforms(java.util.List.of()).build(),
                2024);
        assertThat(v.score().orElseThrow().total()).isEqualTo(Points.exactly(70));
        assertThat(v.outcome()).isEqualTo(Outcome.QUALIFIED);
        // Growth 14 < 15: the block minimum fails although the total (≥ 60) passes.
        Verdict low = ASSESSMENT.assess(
                INNOVATIVE,
                base(figures(MAIN_BUSINESS_REVENUE, 100_000_000, TOTAL_LIABILITIES, 60_000_000))
                        .facts(facts)
                        .platforms(java.util.List.of())
                        .build(),
                2024);
        assertThat(low.condition("growth-min").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(low.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
    }

    @ParameterizedTest(name = "equity ¥{0} in the last 3 years → {1}")
    @CsvSource({"4999999, FAIL", "5000000, PASS"})
    void innovativeDirectRouteByEquityFinancing(long equity, Status expected) {
        Verdict v = ASSESSMENT.assess(
                INNOVATIVE, base(figures(EQUITY_FINANCING, equity)).build(), 2024);
        assertThat(v.condition("direct-equity").orElseThrow().status()).isEqualTo(expected);
    }

    @Test
    void innovativeDirectRouteByAHighTechCertificate() {
        Verdict v = ASSESSMENT.assess(
                INNOVATIVE,
                base(figures(RD_EXPENSE, 0, IP_CLASS1, 0, IP_CLASS2, 0))
                        .qualification(new Qualification(
                                code(3),
                                QualificationType.HIGH_TECH,
                                null,
                                null,
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2026, 12, 31)))
                        .build(),
                2024);
        assertThat(v.outcome()).isEqualTo(Outcome.QUALIFIED);
        assertThat(v.directRoute()).map(ConditionResult::id).contains("direct-high-tech");
    }

    // ---- 专精特新中小企业

    @ParameterizedTest(name = "{0} = {1} → {3}")
    @CsvSource({
        "RD_EXPENSE, 999999, rd-amount-min, FAIL",
        "RD_EXPENSE, 1000000, rd-amount-min, PASS",
        "RD_EXPENSE, 3599999, rd-share-min, FAIL",
        "RD_EXPENSE, 3600000, rd-share-min, PASS",
        "OPERATING_REVENUE, 9999999, revenue-10m, FAIL",
        "OPERATING_REVENUE, 10000000, revenue-10m, PASS"
    })
    void srdiConditionsAtTheirBounds(ReportField field, long value, String condition, Status expected) {
        Map<ReportField, Number> f = figures(field, value);
        if (field == OPERATING_REVENUE) {
            f.put(MAIN_BUSINESS_REVENUE, value);
        }
        Verdict v = ASSESSMENT.assess(SRDI, base(f).build(), 2024);
        assertThat(v.condition(condition).orElseThrow().status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "revenue ¥9.9M with equity ¥{0} over 2 years → {1}")
    @CsvSource({"19999999, FAIL", "20000000, PASS"})
    void srdiSmallRevenueNeedsTwentyMillionOfEquity(long equity, Status expected) {
        Verdict v = ASSESSMENT.assess(
                SRDI,
                base(figures(
                                OPERATING_REVENUE,
                                9_900_000,
                                MAIN_BUSINESS_REVENUE,
                                9_900_000,
                                RD_EXPENSE,
                                1_000_000,
                                EQUITY_FINANCING,
                                equity))
                        .build(),
                2024);
        assertThat(v.condition("revenue-or-financing").orElseThrow().status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "net profit {0}% → {1}")
    @CsvSource({"1, 0", "2, 2", "4, 2", "5, 4", "6, 4", "7, 6", "8, 6", "9, 8", "10, 8", "11, 10"})
    void srdiNetMarginBands(int percent, double expected) {
        assertThat(points(
                        SRDI,
                        figures(OPERATING_REVENUE, 100, MAIN_BUSINESS_REVENUE, 100, RD_EXPENSE, 5, NET_PROFIT, percent),
                        "net-margin"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "debt {0}% → {1}")
    @CsvSource({"49, 5", "50, 3", "59, 3", "60, 1", "70, 1", "71, 0"})
    void srdiDebtBands(int debt, double expected) {
        assertThat(points(SRDI, figures(TOTAL_ASSETS, 100, TOTAL_LIABILITIES, debt), "debt-ratio"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "main business {0}% → {1}")
    @CsvSource({"59, 0", "60, 1", "70, 1", "71, 3", "80, 3", "81, 5"})
    void srdiMainBusinessShareBands(int share, double expected) {
        assertThat(points(
                        SRDI,
                        figures(OPERATING_REVENUE, 100, MAIN_BUSINESS_REVENUE, share, RD_EXPENSE, 5),
                        "main-business-share"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "R&D ¥{0} on revenue ¥1亿 → {1}")
    @CsvSource({
        "999999, 0",
        "1000000, 2",
        "1999999, 2",
        "2000000, 4",
        "3000000, 6",
        "3999999, 6",
        "4000000, 8",
        "4999999, 8",
        "5000000, 10"
    })
    void srdiRdInvestmentByAmount(long rd, double expected) {
        assertThat(points(
                        SRDI,
                        figures(OPERATING_REVENUE, 100_000_000, MAIN_BUSINESS_REVENUE, 100_000_000, RD_EXPENSE, rd),
                        "rd-investment"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "R&D ¥{0} on revenue ¥5M → {1} (the share is better)")
    @CsvSource({
        "149999, 0",
        "150000, 2",
        "199999, 2",
        "200000, 4",
        "299999, 4",
        "300000, 6",
        "399999, 6",
        "400000, 8",
        "499999, 8",
        "500000, 10"
    })
    void srdiRdInvestmentByShare(long rd, double expected) {
        assertThat(points(
                        SRDI,
                        figures(OPERATING_REVENUE, 5_000_000, MAIN_BUSINESS_REVENUE, 5_000_000, RD_EXPENSE, rd),
                        "rd-investment"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "niche years {0} → {1}")
    @CsvSource({"1.9, 0", "2, 1", "3.9, 1", "4, 2", "6, 3", "8, 4", "9.9, 4", "10, 5", "30, 5"})
    void srdiNicheYearsGiveOnePointPerFullTwoYears(double years, double expected) {
        Verdict v = ASSESSMENT.assess(
                SRDI, base(figures()).fact("nicheYears", years).build(), 2024);
        assertThat(v.score().orElseThrow().indicator("niche-years").points().min())
                .isEqualTo(expected);
    }

    @Test
    void srdiDirectRouteByTwoYearAverageRd() {
        // Average of 2023 and 2024 R&D: (9,999,999 + 10,000,001) / 2 = 10,000,000 → the direct route holds.
        EnterpriseFacts f = enterprise(3)
                .figures(2023, figures(RD_EXPENSE, 9_999_999))
                .figures(2024, figures(RD_EXPENSE, 10_000_001, OPERATING_REVENUE, 100_000_000))
                .build();
        assertThat(ASSESSMENT
                        .assess(SRDI, f, 2024)
                        .condition("direct-rd-2y")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.PASS);
        EnterpriseFacts g = enterprise(3)
                .figures(2023, figures(RD_EXPENSE, 9_999_999))
                .figures(2024, figures(RD_EXPENSE, 10_000_000, OPERATING_REVENUE, 100_000_000))
                .build();
        assertThat(ASSESSMENT
                        .assess(SRDI, g, 2024)
                        .condition("direct-rd-2y")
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void srdiLocalFeaturePointsAreAnUnknownExternalInputUntilGiven() {
        Verdict v = ASSESSMENT.assess(SRDI, base(figures()).build(), 2024);
        assertThat(v.score().orElseThrow().points("distinctiveness")).isEqualTo(new Points(0, 15));
        assertThat(SRDI.unconfirmedRules()).extracting(Scheme.RuleNote::id).contains("local-feature", "rd-institution");
    }

    // ---- 专精特新"小巨人"

    @ParameterizedTest(name = "revenue ¥{0}, R&D ¥{1} in both years → {2}")
    @CsvSource({
        "100000000, 2999999, FAIL",
        "100000000, 3000000, PASS",
        "99999999, 5999999, FAIL",
        "99999999, 6000000, PASS",
        "50000000, 3000000, PASS",
        "50000000, 2999999, FAIL",
        "49999999, 9000000, FAIL"
    })
    void littleGiantRdShareByRevenueBand(long revenue, long rd, Status expected) {
        EnterpriseFacts f = enterprise(3)
                .figures(2023, figures(OPERATING_REVENUE, revenue, RD_EXPENSE, rd))
                .figures(2024, figures(OPERATING_REVENUE, revenue, RD_EXPENSE, rd))
                .build();
        assertThat(ASSESSMENT
                        .assess(GIANT, f, 2024)
                        .condition("rd-share-by-revenue")
                        .orElseThrow()
                        .status())
                .isEqualTo(expected);
    }

    @Test
    void littleGiantComparesTheWeakerOfTheTwoYears() {
        EnterpriseFacts f = enterprise(3)
                .figures(2023, figures(OPERATING_REVENUE, 100_000_000, RD_EXPENSE, 2_900_000))
                .figures(2024, figures(OPERATING_REVENUE, 100_000_000, RD_EXPENSE, 9_000_000))
                .build();
        ConditionResult c = ASSESSMENT
                .assess(GIANT, f, 2024)
                .condition("rd-share-by-revenue")
                .orElseThrow();
        assertThat(c.value()).isEqualTo(0.029);
        assertThat(c.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void littleGiantUnderFiftyMillionUsesTheSmallEnterpriseRoute() {
        EnterpriseFacts f = enterprise(3)
                .figures(
                        2023,
                        figures(OPERATING_REVENUE, 40_000_000, RD_EXPENSE, 15_000_000, EQUITY_FINANCING, 40_000_000))
                .figures(
                        2024,
                        figures(
                                OPERATING_REVENUE,
                                49_999_999,
                                RD_EXPENSE,
                                15_000_000,
                                EQUITY_FINANCING,
                                40_000_000,
                                EMPLOYEES,
                                100,
                                RD_STAFF,
                                50))
                .build();
        Verdict v = ASSESSMENT.assess(GIANT, f, 2024);
        assertThat(v.condition("rd-share-by-revenue")
                        .orElseThrow()
                        .explanation()
                        .zh())
                .contains("不适用");
        assertThat(v.condition("rd-small-enterprise").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @ParameterizedTest(name = "market share {0} → {1}")
    @CsvSource({"0.099, FAIL", "0.1, PASS", "0.101, PASS"})
    void littleGiantNeedsTenPercentMarketShare(double share, Status expected) {
        Verdict v = ASSESSMENT.assess(
                GIANT, base(figures()).fact("marketShare", share).build(), 2024);
        assertThat(v.condition("market-share-10").orElseThrow().status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "debt {0}% → {1}")
    @CsvSource({"69, PASS", "70, PASS", "71, FAIL"})
    void littleGiantDebtAtMostSeventyPercent(int debt, Status expected) {
        Verdict v = ASSESSMENT.assess(
                GIANT, base(figures(TOTAL_ASSETS, 100, TOTAL_LIABILITIES, debt)).build(), 2024);
        assertThat(v.condition("debt-70").orElseThrow().status()).isEqualTo(expected);
    }

    @Test
    void littleGiantMarksChainAndProductAsUnconfirmed() {
        assertThat(GIANT.unconfirmedRules()).extracting(Scheme.RuleNote::id).contains("lian", "pin");
    }
}
