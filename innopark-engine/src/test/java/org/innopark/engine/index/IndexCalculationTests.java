package org.innopark.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.index.PipelineSettings.Aggregation;
import org.innopark.engine.index.PipelineSettings.NonPositivePolicy;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Direction;
import org.junit.jupiter.api.Test;

/** The whole pipeline on small data whose results are worked out by hand in the comments. */
class IndexCalculationTests {

    private static final double EPS = 1e-9;

    private static final String SMALL = """
            id: small
            name: {zh: 小指数}
            pipeline: {weighting: expert}
            tree:
              id: index
              children:
                - id: A
                  weight: 60
                  children:
                    - {id: a1, formula: {imported: a1}}
                    - {id: a2, formula: {imported: a2}}
                - id: B
                  weight: 40
                  children:
                    - {id: b1, direction: negative, formula: {imported: b1}}
            """;

    private static Framework small() {
        return FrameworkLoader.parse("small.yaml", new StringReader(SMALL));
    }

    /** a1 = 10, 20, 30; a2 = 5, 5, 1; b1 (lower is better) = 2, 4, 3. */
    private static IndexData smallData(Framework f) {
        IndexData.Builder b =
                IndexData.builder(f).unit("u1", "一", "").unit("u2", "二", "").unit("u3", "三", "");
        double[][] v = {{10, 5, 2}, {20, 5, 4}, {30, 1, 3}};
        String[] units = {"u1", "u2", "u3"};
        String[] ids = {"a1", "a2", "b1"};
        for (int u = 0; u < 3; u++) {
            for (int m = 0; m < 3; m++) {
                b.value(units[u], 2024, ids[m], v[u][m]);
            }
        }
        return b.build();
    }

    @Test
    void scoresAndRanksEveryLevelOfTheTree() {
        Framework f = small();
        IndexResult r = IndexCalculation.calculate(f, smallData(f));
        // min–max: a1 → 0, 50, 100; a2 → 100, 100, 0; b1 (negative) → 100, 0, 50
        assertThat(r.scores("a1", 2024)).containsExactly(0, 50, 100);
        assertThat(r.scores("b1", 2024)).containsExactly(100, 0, 50);
        // A = mean(a1, a2) = 50, 75, 50; B = b1; index = 0.6 A + 0.4 B = 70, 45, 50
        assertThat(r.scores("A", 2024)).containsExactly(50, 75, 50);
        assertThat(r.indexScore("u1", 2024)).isCloseTo(70, within(EPS));
        assertThat(r.indexScore("u2", 2024)).isCloseTo(45, within(EPS));
        assertThat(r.indexScore("u3", 2024)).isCloseTo(50, within(EPS));
        assertThat(r.ranks("index", 2024)).containsExactly(1, 3, 2);
        assertThat(r.ranks("A", 2024)).containsExactly(2, 1, 2);
        assertThat(r.effectiveWeight("a1")).isCloseTo(0.3, within(EPS));
        assertThat(r.settings().normalisation()).isEqualTo(PipelineSettings.Normalisation.MIN_MAX);
    }

    @Test
    void namesEachUnitsStrengthsAndWeaknesses() {
        Framework f = small();
        IndexResult.StrengthsAndWeaknesses sw =
                IndexCalculation.calculate(f, smallData(f)).strengthsAndWeaknesses("u2", 2024, 1);
        assertThat(sw.strongestPillars())
                .extracting(IndexResult.NodeRank::nodeId)
                .containsExactly("A");
        assertThat(sw.weakestPillars()).extracting(IndexResult.NodeRank::nodeId).containsExactly("B");
        assertThat(sw.weakestIndicators())
                .extracting(IndexResult.NodeRank::rank)
                .containsExactly(3);
    }

    @Test
    void refusesAGeometricMeanOfAZeroAndNamesTheNodeUnitAndYear() {
        Framework f = small();
        Framework geometric = f.withSettings(f.settings().withAggregation(Aggregation.GEOMETRIC));
        assertThatThrownBy(() -> IndexCalculation.calculate(geometric, smallData(f)))
                .isInstanceOf(IndexCalculationException.class)
                .hasMessageContaining("node A, unit u1, year 2024");
        Framework floored =
                geometric.withSettings(geometric.settings().withNonPositive(NonPositivePolicy.EPSILON, 0.01));
        IndexResult r = IndexCalculation.calculate(floored, smallData(f));
        // A for u1 = 0.01^0.5 × 100^0.5 = 1
        assertThat(r.score("A", "u1", 2024)).isCloseTo(1, within(EPS));
        assertThat(r.warnings()).anyMatch(w -> w.contains("raised to it"));
    }

    @Test
    void warnsAboutAnInconsistentAhpMatrixAndReportsItsConsistencyRatio() {
        String yaml = """
                id: ahp
                name: {zh: 层次分析}
                pipeline: {weighting: equal}
                tree:
                  id: index
                  weighting: ahp
                  pairwise: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]
                  children:
                    - {id: a1, formula: {imported: a1}}
                    - {id: a2, formula: {imported: a2}}
                    - {id: b1, formula: {imported: b1}}
                """;
        Framework f = FrameworkLoader.parse("ahp.yaml", new StringReader(yaml));
        IndexResult r = IndexCalculation.calculate(f, smallData(f));
        assertThat(r.weights().get("index").ahpResult().orElseThrow().consistencyRatio())
                .isCloseTo(Reference.values("ahpbad.lambda_ci_cr")[2], within(1e-9));
        assertThat(r.warnings()).anyMatch(w -> w.contains("CR =") && w.contains("> 0.1"));
    }

    @Test
    void computesEntropyWeightsFromTheWeightYear() {
        Framework f = small();
        Framework entropy = f.withSettings(f.settings().withWeighting(PipelineSettings.Weighting.ENTROPY));
        IndexResult r = IndexCalculation.calculate(entropy, smallData(f));
        double[] expected = WeightingMethods.entropy(new double[][] {{0, 100}, {50, 100}, {100, 0}});
        assertThat(r.weights().get("A").weights().get(0)).isCloseTo(expected[0], within(EPS));
        assertThat(r.weights().get("A").method()).isEqualTo(PipelineSettings.Weighting.ENTROPY);
    }

    // ------------------------------------------------------------------ base-year index

    private static final String BASE = """
            id: base
            name: {zh: 发展指数}
            pipeline: {normalisation: base_year_index, baseYear: 2017, weighting: expert}
            tree:
              id: index
              children:
                - {id: g, weight: 1, formula: {imported: g}}
                - {id: e, weight: 1, direction: negative, formula: {imported: e}}
            """;

    private static IndexData growth(int years) {
        Framework f = FrameworkLoader.parse("base.yaml", new StringReader(BASE));
        IndexData.Builder b = IndexData.builder(f).unit("p", "园区", "").unit("q", "对照", "");
        for (int t = 0; t < years; t++) {
            b.value("p", 2019 + t, "g", 100 * Math.pow(1.1, t)); // grows 10% a year
            b.value("p", 2019 + t, "e", 2.0); // energy intensity constant
            b.value("q", 2019 + t, "g", 50);
            b.value("q", 2019 + t, "e", 2.0 / (1 + t)); // energy intensity falls: better
        }
        return b.build();
    }

    @Test
    void fallsBackToTheFirstYearWhenTheBaseYearIsMissingAndSaysSo() {
        Framework f = FrameworkLoader.parse("base.yaml", new StringReader(BASE));
        IndexResult r = IndexCalculation.calculate(f, growth(3));
        assertThat(r.settings().baseYear().getAsInt()).isEqualTo(2019);
        assertThat(r.warnings()).anyMatch(w -> w.contains("base year 2017 is not in the data"));
        assertThat(r.indexScore("p", 2019)).isCloseTo(100, within(EPS));
        // p: g index 110, e index 100 → 105 in 2020; 121 and 100 → 110.5 in 2021
        assertThat(r.indexScore("p", 2020)).isCloseTo(105, within(EPS));
        assertThat(r.indexScore("p", 2021)).isCloseTo(110.5, within(EPS));
        // q: g stays 100; e = 2 / (2/(1+t)) × 100 → 200 in 2020, 300 in 2021
        assertThat(r.score("e", "q", 2021)).isCloseTo(300, within(EPS));
    }

    @Test
    void keepsEarlierYearsUnchangedWhenANewYearArrives() {
        Framework f = FrameworkLoader.parse("base.yaml", new StringReader(BASE))
                .withSettings(FrameworkLoader.parse("base.yaml", new StringReader(BASE))
                        .settings()
                        .withBaseYear(2019));
        IndexResult twoYears = IndexCalculation.calculate(f, growth(2));
        IndexResult fourYears = IndexCalculation.calculate(f, growth(4));
        for (String unit : List.of("p", "q")) {
            assertThat(fourYears.indexScore(unit, 2020)).isEqualTo(twoYears.indexScore(unit, 2020));
        }
        assertThat(fourYears.indexScore("p", 2022)).isGreaterThan(fourYears.indexScore("p", 2021));
        assertThat(fourYears.warnings()).noneMatch(w -> w.contains("base year"));
    }

    // ------------------------------------------------------------------ park figures and contributions

    private static final String PARK = """
            id: park
            name: {zh: 园区}
            tree:
              id: index
              children:
                - {id: rd, formula: {sum: rdExpense, per: operatingRevenue, scale: 100}}
                - id: vc
                  formula:
                    count: enterprises
                    where: [{field: ventureCapital, op: ">", value: 0}]
                - id: share
                  formula:
                    sum: operatingRevenue
                    where: [{ratio: [rdExpense, operatingRevenue], op: ">=", value: 0.06}]
                    per: operatingRevenue
                - {id: staff, formula: {sum: employees, change: difference}}
                - {id: perArea, formula: {sum: employees, perImported: area}}
                - {id: staffLevel, formula: {sum: employees}}
            """;

    private static CreditCode code(String first17) {
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
    }

    private static final CreditCode F1 = code("91350100M000100Y4");
    private static final CreditCode F2 = code("91110108551385082");
    private static final CreditCode F3 = code("91320500MA1MX0G01");

    private static AnnualReport report(CreditCode c, int year, Object... fieldsAndValues) {
        Map<ReportField, BigDecimal> m = new EnumMap<>(ReportField.class);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            m.put((ReportField) fieldsAndValues[i], new BigDecimal(fieldsAndValues[i + 1].toString()));
        }
        return AnnualReport.of(c, year, m);
    }

    private static List<AnnualReport> reports2024() {
        return List.of(
                report(
                        F1,
                        2024,
                        ReportField.EMPLOYEES,
                        100,
                        ReportField.OPERATING_REVENUE,
                        1000,
                        ReportField.RD_EXPENSE,
                        50,
                        ReportField.VENTURE_CAPITAL,
                        5),
                report(
                        F2,
                        2024,
                        ReportField.EMPLOYEES,
                        50,
                        ReportField.OPERATING_REVENUE,
                        500,
                        ReportField.VENTURE_CAPITAL,
                        0),
                report(
                        F3,
                        2024,
                        ReportField.EMPLOYEES,
                        50,
                        ReportField.OPERATING_REVENUE,
                        1000,
                        ReportField.RD_EXPENSE,
                        100));
    }

    @Test
    void computesParkFiguresFromEnterpriseReportsWithoutReadingMissingFiguresAsZero() {
        Framework f = FrameworkLoader.parse("park.yaml", new StringReader(PARK));
        IndexData d = ParkFigures.of(f)
                .park("P", "园区", "")
                .reports("P", reports2024())
                .reports(
                        "P",
                        List.of(
                                report(F1, 2023, ReportField.EMPLOYEES, 80),
                                report(F2, 2023, ReportField.EMPLOYEES, 40)))
                .imported("P", 2024, "area", 4)
                .years(2024)
                .build();
        // F2 reported no R&D: the ratio is over F1 and F3 only, (50 + 100) ÷ (1000 + 1000) × 100
        assertThat(d.value("P", "rd", 2024)).isCloseTo(7.5, within(EPS));
        // F3 did not report venture capital, F2 reported 0: only F1 counts
        assertThat(d.value("P", "vc", 2024)).isEqualTo(1);
        // revenue share of firms with intensity ≥ 6%: F3's 1000 of the 2000 of F1 and F3
        assertThat(d.value("P", "share", 2024)).isCloseTo(0.5, within(EPS));
        // net increase in employees: 200 − 120
        assertThat(d.value("P", "staff", 2024)).isEqualTo(80);
        assertThat(d.value("P", "perArea", 2024)).isEqualTo(50);
    }

    @Test
    void showsWhichEnterprisesLiftOrDragAParkRatio() {
        Framework f = FrameworkLoader.parse("park.yaml", new StringReader(PARK));
        List<EnterpriseContributions.Contribution> rd =
                EnterpriseContributions.of(f.node("rd"), reports2024(), Map.of());
        // without F1: 100 ÷ 1000 = 10%; without F3: 50 ÷ 1000 = 5%; park: 7.5%
        assertThat(rd)
                .extracting(EnterpriseContributions.Contribution::creditCode)
                .containsExactly(F3, F1);
        assertThat(rd.get(0).contribution()).isCloseTo(2.5, within(EPS));
        assertThat(rd.get(1).contribution()).isCloseTo(-2.5, within(EPS));
        assertThat(rd.get(1).lifts(Direction.POSITIVE)).isFalse();
        assertThat(rd.get(0).parkValue()).isCloseTo(7.5, within(EPS));

        List<EnterpriseContributions.Contribution> staff =
                EnterpriseContributions.of(f.node("staffLevel"), reports2024(), Map.of());
        assertThat(staff)
                .extracting(EnterpriseContributions.Contribution::share)
                .containsExactly(0.5, 0.25, 0.25);
        assertThat(staff.get(0).creditCode()).isEqualTo(F1);
    }
}
