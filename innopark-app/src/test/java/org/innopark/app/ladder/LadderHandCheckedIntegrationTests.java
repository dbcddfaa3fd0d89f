package org.innopark.app.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.ladder.ConditionResult;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.ScoreSheet;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.ladder.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code assess} reproduces, for enterprises of the demo data, the 科技型中小企业 score and the 高企 conditions worked
 * out by hand from their stored figures, following shared/docs/domain-rules.md §3 and §4 — not from the engine's
 * rule files. Each example first checks that the registry holds the figures the arithmetic below was done on.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LadderHandCheckedIntegrationTests {

    @Autowired
    ParkLadder ladder;

    @Autowired
    RegistryQueries queries;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void demoData() {
        LadderDemo.ensureLoaded(jdbc, loader, accounts);
    }

    /*
     * 长春远宇医疗器械有限公司, 2025. Stored figures (元, people, items):
     *   2023: 营业收入 2,402,757.56  研发费用 143,342.24  境内研发 136,607.02
     *   2024: 营业收入 2,422,774.43  研发费用 128,081.77  境内研发 123,043.59
     *   2025: 职工 8, 科技人员 5, 营业收入 2,289,979.33, 高新技术产品收入 2,010,042.32, 成本费用 2,212,704.53,
     *         研发费用 128,102.51, 境内研发 123,808.99, 资产总额 2,148,509.33, Ⅰ类 0, Ⅱ类 2; registered 2020-01-28.
     */
    @Test
    void techSmeScoreOfYuanyuIsWorkedOutByHand() {
        Map<String, BigDecimal> y2025 = figures(LadderDemo.YUANYU, 2025);
        assertThat(y2025.get("employees")).isEqualByComparingTo("8");
        assertThat(y2025.get("stStaff")).isEqualByComparingTo("5");
        assertThat(y2025.get("operatingRevenue")).isEqualByComparingTo("2289979.33");
        assertThat(y2025.get("totalCost")).isEqualByComparingTo("2212704.53");
        assertThat(y2025.get("rdExpense")).isEqualByComparingTo("128102.51");
        assertThat(y2025.get("totalAssets")).isEqualByComparingTo("2148509.33");
        assertThat(y2025.get("ipClass1")).isEqualByComparingTo("0");
        assertThat(y2025.get("ipClass2")).isEqualByComparingTo("2");

        // §3 eligibility: 8 ≤ 500 employees; 2,289,979.33 ≤ 2亿 revenue; 2,148,509.33 ≤ 2亿 assets: all met.
        // 科技人员 5 ÷ 8 = 62.5% ≥ 30%                                  → 20
        // 研发投入 (1) 128,102.51 ÷ 2,289,979.33 = 5.59% in [5%, 6%)     → 40
        //          (2) 128,102.51 ÷ 2,212,704.53 = 5.79% < 10%           →  0   better of the two: 40
        // 科技成果 0 Ⅰ类; 2 Ⅱ类                                          → 12
        // total 20 + 40 + 12 = 72 ≥ 60, and the 科技人员 score 20 ≠ 0: the score route is met.
        Verdict v = verdict(LadderDemo.YUANYU, "tech-sme");
        ScoreSheet score = v.score().orElseThrow();
        assertThat(score.indicator("st-staff-ratio").points().min()).isEqualTo(20);
        assertThat(score.indicator("st-staff-ratio").value()).isCloseTo(5.0 / 8, within(1e-12));
        assertThat(score.indicator("rd-investment").points().min()).isEqualTo(40);
        assertThat(score.indicator("rd-investment").alternative()).isEqualTo("rd-revenue");
        assertThat(score.indicator("ip").points().min()).isEqualTo(12);
        assertThat(score.total().min()).isEqualTo(72);
        assertThat(score.total().max()).isEqualTo(72);
        assertThat(status(v, "employees-cap")).isEqualTo(Status.PASS);
        assertThat(status(v, "revenue-cap")).isEqualTo(Status.PASS);
        assertThat(status(v, "assets-cap")).isEqualTo(Status.PASS);
        assertThat(status(v, "scored")).isEqualTo(Status.PASS);
        // The compliance facts come from the credit register, which 长春 declares complete (demo: 2021-01-01 to
        // 2026-11-30) and which holds no record of 远宇 in the windows; its industry (3581) has no restricted or
        // phase-out entries in the catalogue. So the verdict decides: score 72 ≥ 60, qualified.
        assertThat(status(v, "no-major-incident")).isEqualTo(Status.PASS);
        assertThat(status(v, "not-credit-listed")).isEqualTo(Status.PASS);
        assertThat(status(v, "no-misconduct")).isEqualTo(Status.PASS);
        assertThat(status(v, "not-restricted")).isEqualTo(Status.PASS);
        assertThat(v.outcome()).isEqualTo(Outcome.QUALIFIED);
        assertThat(v.undecided()).extracting(ConditionResult::id).isEmpty();
    }

    @Test
    void highTechConditionsOfYuanyuAreWorkedOutByHand() {
        Map<String, BigDecimal> y2023 = figures(LadderDemo.YUANYU, 2023);
        Map<String, BigDecimal> y2024 = figures(LadderDemo.YUANYU, 2024);
        Map<String, BigDecimal> y2025 = figures(LadderDemo.YUANYU, 2025);
        assertThat(y2023.get("operatingRevenue")).isEqualByComparingTo("2402757.56");
        assertThat(y2023.get("rdExpense")).isEqualByComparingTo("143342.24");
        assertThat(y2023.get("rdExpenseDomestic")).isEqualByComparingTo("136607.02");
        assertThat(y2024.get("operatingRevenue")).isEqualByComparingTo("2422774.43");
        assertThat(y2024.get("rdExpense")).isEqualByComparingTo("128081.77");
        assertThat(y2024.get("rdExpenseDomestic")).isEqualByComparingTo("123043.59");
        assertThat(y2025.get("rdExpenseDomestic")).isEqualByComparingTo("123808.99");
        assertThat(y2025.get("highTechRevenue")).isEqualByComparingTo("2010042.32");

        // §4.1 (1) registered 2020-01-28, ≥ 1 year by 2025-12-31.                                      met
        // (2) 2 valid Ⅱ类 IP.                                                                             met
        // (4) 科技人员 5 ÷ 8 = 62.5% ≥ 10%.                                                              met
        // (5) R&D 2023–2025: 143,342.24 + 128,081.77 + 128,102.51 = 399,526.52
        //     revenue:       2,402,757.56 + 2,422,774.43 + 2,289,979.33 = 7,115,511.32
        //     399,526.52 ÷ 7,115,511.32 = 5.61%; latest revenue ≤ 5,000万 → needs ≥ 5%.                 met
        //     domestic: 136,607.02 + 123,043.59 + 123,808.99 = 383,459.60 ÷ 399,526.52 = 95.98% ≥ 60%. met
        // (6) 2,010,042.32 ÷ 2,289,979.33 = 87.78% ≥ 60%.                                                 met
        // (7) the innovation score needs the experts' sub-scores; (8) incidents are not in the registry.  unknown
        Verdict v = verdict(LadderDemo.YUANYU, "high-tech");
        assertThat(status(v, "registered-1y")).isEqualTo(Status.PASS);
        assertThat(status(v, "core-ip")).isEqualTo(Status.PASS);
        assertThat(status(v, "high-tech-field")).isEqualTo(Status.PASS);
        assertThat(status(v, "st-staff")).isEqualTo(Status.PASS);
        assertThat(value(v, "st-staff")).isCloseTo(0.625, within(1e-12));
        assertThat(status(v, "rd-ratio")).isEqualTo(Status.PASS);
        assertThat(value(v, "rd-ratio")).isCloseTo(399_526.52 / 7_115_511.32, within(1e-12));
        assertThat(v.condition("rd-ratio").orElseThrow().threshold()).isCloseTo(0.05, within(1e-15));
        assertThat(status(v, "domestic-rd")).isEqualTo(Status.PASS);
        assertThat(value(v, "domestic-rd")).isCloseTo(383_459.60 / 399_526.52, within(1e-12));
        assertThat(status(v, "high-tech-revenue")).isEqualTo(Status.PASS);
        assertThat(value(v, "high-tech-revenue")).isCloseTo(2_010_042.32 / 2_289_979.33, within(1e-12));
        // The incident condition is decided from the register (no record in 2025); the experts' scores are not
        // declared for 远宇 (it holds no 高企 certificate), so the innovation score and the verdict stay undecided.
        assertThat(status(v, "innovation-score")).isEqualTo(Status.UNKNOWN);
        assertThat(status(v, "no-major-incident")).isEqualTo(Status.PASS);
        assertThat(v.outcome()).isEqualTo(Outcome.UNDECIDED);
    }

    /*
     * 长春聚正机器人有限公司, 2025: 职工 521, 科技人员 108, 营业收入 199,234,898.82, 成本费用 227,473,219.72, 研发费用
     * 6,206,287.03, 资产总额 206,444,072.41, Ⅰ类 7; 2023: 营业收入 208,374,318.50, 研发 7,291,693.13, 境内 7,240,091.55;
     * 2024: 营业收入 219,877,748.67, 研发 6,853,925.78, 境内 6,853,925.78; 2025 境内 6,151,467.74, 高新收入 140,752,587.18.
     */
    @Test
    void juzhengFailsTheTechSmeCapsAndTheHighTechRdRatioItsCertificateAssumes() {
        Map<String, BigDecimal> y2025 = figures(LadderDemo.JUZHENG, 2025);
        assertThat(y2025.get("employees")).isEqualByComparingTo("521");
        assertThat(y2025.get("stStaff")).isEqualByComparingTo("108");
        assertThat(y2025.get("operatingRevenue")).isEqualByComparingTo("199234898.82");
        assertThat(y2025.get("totalCost")).isEqualByComparingTo("227473219.72");
        assertThat(y2025.get("rdExpense")).isEqualByComparingTo("6206287.03");
        assertThat(y2025.get("totalAssets")).isEqualByComparingTo("206444072.41");
        assertThat(y2025.get("ipClass1")).isEqualByComparingTo("7");
        assertThat(figures(LadderDemo.JUZHENG, 2023).get("rdExpense")).isEqualByComparingTo("7291693.13");
        assertThat(figures(LadderDemo.JUZHENG, 2024).get("operatingRevenue")).isEqualByComparingTo("219877748.67");

        // 科小: 521 > 500 employees and 206,444,072.41 > 2亿 assets fail; 199,234,898.82 ≤ 2亿 revenue passes.
        // Score: 108 ÷ 521 = 20.73% in [20%, 25%) → 12; R&D (1) 6,206,287.03 ÷ 199,234,898.82 = 3.12% → 20,
        // (2) 6,206,287.03 ÷ 227,473,219.72 = 2.73% → 0, better 20; 7 Ⅰ类 → 30. Total 62 — but the caps fail.
        Verdict ts = verdict(LadderDemo.JUZHENG, "tech-sme");
        assertThat(status(ts, "employees-cap")).isEqualTo(Status.FAIL);
        assertThat(status(ts, "revenue-cap")).isEqualTo(Status.PASS);
        assertThat(status(ts, "assets-cap")).isEqualTo(Status.FAIL);
        assertThat(ts.score().orElseThrow().indicator("st-staff-ratio").points().min())
                .isEqualTo(12);
        assertThat(ts.score().orElseThrow().indicator("rd-investment").points().min())
                .isEqualTo(20);
        assertThat(ts.score().orElseThrow().indicator("ip").points().min()).isEqualTo(30);
        assertThat(ts.score().orElseThrow().total().min()).isEqualTo(62);
        assertThat(ts.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);

        // 高企 (5): R&D 7,291,693.13 + 6,853,925.78 + 6,206,287.03 = 20,351,905.94 over revenue 208,374,318.50 +
        // 219,877,748.67 + 199,234,898.82 = 627,486,965.99 → 3.24%; latest revenue in (5,000万, 2亿] → needs 4%: fails.
        // Domestic (7,240,091.55 + 6,853,925.78 + 6,151,467.74) ÷ 20,351,905.94 = 99.48%: met. (4) 20.73% ≥ 10%: met.
        // (6) 140,752,587.18 ÷ 199,234,898.82 = 70.65% ≥ 60%: met.
        Verdict ht = verdict(LadderDemo.JUZHENG, "high-tech");
        assertThat(value(ht, "rd-ratio")).isCloseTo(20_351_905.94 / 627_486_965.99, within(1e-12));
        assertThat(ht.condition("rd-ratio").orElseThrow().threshold()).isCloseTo(0.04, within(1e-15));
        assertThat(status(ht, "rd-ratio")).isEqualTo(Status.FAIL);
        assertThat(status(ht, "domestic-rd")).isEqualTo(Status.PASS);
        assertThat(status(ht, "st-staff")).isEqualTo(Status.PASS);
        assertThat(status(ht, "high-tech-revenue")).isEqualTo(Status.PASS);
        assertThat(ht.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
    }

    /*
     * 常州佳信电子材料有限公司 (registered 2023-04-30), 2023–2025: 营业收入 13,141,267.53 / 17,956,553.18 / 20,382,839.27;
     * 研发费用 393,120.26 / 570,133.73 / 520,991.30; 境内研发 207,741.55 / 304,904.06 / 276,747.55. 2025: 职工 24,
     * 科技人员 5, 成本费用 20,581,862.60, 高新收入 18,757,950.41, Ⅱ类 2.
     */
    @Test
    void jiaxinScoresLowAndMissesTwoHighTechThresholds() {
        Map<String, BigDecimal> y2023 = figures(LadderDemo.JIAXIN, 2023);
        Map<String, BigDecimal> y2024 = figures(LadderDemo.JIAXIN, 2024);
        Map<String, BigDecimal> y2025 = figures(LadderDemo.JIAXIN, 2025);
        assertThat(y2023.get("rdExpense")).isEqualByComparingTo("393120.26");
        assertThat(y2023.get("rdExpenseDomestic")).isEqualByComparingTo("207741.55");
        assertThat(y2023.get("operatingRevenue")).isEqualByComparingTo("13141267.53");
        assertThat(y2024.get("rdExpense")).isEqualByComparingTo("570133.73");
        assertThat(y2024.get("rdExpenseDomestic")).isEqualByComparingTo("304904.06");
        assertThat(y2024.get("operatingRevenue")).isEqualByComparingTo("17956553.18");
        assertThat(y2025.get("rdExpense")).isEqualByComparingTo("520991.30");
        assertThat(y2025.get("rdExpenseDomestic")).isEqualByComparingTo("276747.55");
        assertThat(y2025.get("operatingRevenue")).isEqualByComparingTo("20382839.27");
        assertThat(y2025.get("totalCost")).isEqualByComparingTo("20581862.60");
        assertThat(y2025.get("stStaff")).isEqualByComparingTo("5");
        assertThat(y2025.get("employees")).isEqualByComparingTo("24");
        assertThat(y2025.get("ipClass2")).isEqualByComparingTo("2");

        // 科小: 5 ÷ 24 = 20.83% → 12; R&D (1) 520,991.30 ÷ 20,382,839.27 = 2.56% → 10, (2) ÷ 20,581,862.60 = 2.53%
        // → 0, better 10; 2 Ⅱ类 → 12. Total 34 < 60: the score route fails; the direct routes are decided from the
        // registry (no 高企 certificate, no provincial platform, no standard led, no award reported in 2021–2025).
        Verdict ts = verdict(LadderDemo.JIAXIN, "tech-sme");
        assertThat(ts.score().orElseThrow().total().min()).isEqualTo(34);
        assertThat(status(ts, "score-pass")).isEqualTo(Status.FAIL);
        assertThat(status(ts, "direct-high-tech")).isEqualTo(Status.FAIL);
        assertThat(status(ts, "direct-rd-institution")).isEqualTo(Status.FAIL);
        assertThat(ts.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);

        // 高企 (5): R&D 393,120.26 + 570,133.73 + 520,991.30 = 1,484,245.29 over revenue 13,141,267.53 +
        // 17,956,553.18 + 20,382,839.27 = 51,480,659.98 → 2.88% < 5% (latest revenue ≤ 5,000万): fails.
        // Domestic 207,741.55 + 304,904.06 + 276,747.55 = 789,393.16 ÷ 1,484,245.29 = 53.18% < 60%: fails.
        // (4) 20.83% ≥ 10% met; (6) 18,757,950.41 ÷ 20,382,839.27 = 92.03% met; (1) 2 full years met.
        Verdict ht = verdict(LadderDemo.JIAXIN, "high-tech");
        assertThat(value(ht, "rd-ratio")).isCloseTo(1_484_245.29 / 51_480_659.98, within(1e-12));
        assertThat(status(ht, "rd-ratio")).isEqualTo(Status.FAIL);
        assertThat(value(ht, "domestic-rd")).isCloseTo(789_393.16 / 1_484_245.29, within(1e-12));
        assertThat(status(ht, "domestic-rd")).isEqualTo(Status.FAIL);
        assertThat(status(ht, "st-staff")).isEqualTo(Status.PASS);
        assertThat(status(ht, "high-tech-revenue")).isEqualTo(Status.PASS);
        assertThat(status(ht, "registered-1y")).isEqualTo(Status.PASS);
        assertThat(ht.outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
    }

    private Map<String, BigDecimal> figures(String creditCode, int year) {
        return queries.reports(ParkScope.ALL, creditCode).stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .orElseThrow()
                .figures();
    }

    private Verdict verdict(String creditCode, String scheme) {
        return ladder.enterprise(ParkScope.ALL, creditCode, LadderDemo.YEAR).orElseThrow().assessments().stream()
                .map(ParkLadder.Assessed::verdict)
                .filter(v -> v.schemeId().equals(scheme))
                .findFirst()
                .orElseThrow();
    }

    private static Status status(Verdict v, String condition) {
        return v.condition(condition).orElseThrow().status();
    }

    private static double value(Verdict v, String condition) {
        return v.condition(condition).orElseThrow().value();
    }
}
