package org.innopark.engine.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsSchemeLoaderTests {

    private static final String MINIMAL = """
            id: t
            version: "1"
            name: {zh: 测试, en: Test}
            effective: {from: 2024-01-01}
            scale: 100
            stages:
              default: GROWTH
            groups:
              - id: g
                name: {zh: 组, en: Group}
                indicators:
                  - id: x
                    name: {zh: 甲, en: X}
                    formula: {field: rdExpense}
                    weights: {START_UP: 60, GROWTH: 50, MATURE: 40}
                  - id: y
                    name: {zh: 乙, en: Y}
                    formula: %s
                    scoring: %s
                    weights: {START_UP: 40, GROWTH: 50, MATURE: 60}
            """;

    private static PointsScheme parse(String text) {
        return PointsSchemeLoader.parse("t.yaml", new StringReader(text));
    }

    private static String minimal(String formula, String scoring) {
        return MINIMAL.formatted(formula, scoring);
    }

    @Test
    void loadsTheShipped2022SchemeWith18IndicatorsIn7Plus6Plus5() {
        PointsScheme s = PointsSchemeLoader.builtIn("innopark-points-2022");
        assertThat(s.indicatorCount()).isEqualTo(18);
        assertThat(s.groups()).extracting(IndicatorGroup::count).containsExactly(7, 6, 5);
        assertThat(s.groups()).extracting(IndicatorGroup::nameZh).containsExactly("技术创新指标", "成长经营指标", "辅助指标");
        assertThat(s.groups().get(0).weights()).containsExactly(55, 50, 45);
        assertThat(s.scale()).isEqualTo(100);
        assertThat(s.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(s.basis()).contains("not found");
        assertThat(s.indicators()).allMatch(i -> i.scoring() instanceof Scoring.Percentile);
        assertThat(s.indicator("standards").orElseThrow().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(s.indicator("rdExpenseGrowth").orElseThrow().missing())
                .isEqualTo(MissingPolicy.EXCLUDE_AND_REWEIGHT);
        assertThat(s.indicator("platforms").orElseThrow().formula()).isInstanceOf(Formula.Window.class);
    }

    @Test
    void loadsThe2025SkeletonWith100BasePlus30Bonus() {
        PointsScheme s = PointsSchemeLoader.builtIn("innopark-points-2025");
        assertThat(s.groups()).extracting(IndicatorGroup::nameZh).containsExactly("创新投入", "创新产出", "创新发展", "创新影响(加分项)");
        assertThat(s.groups()).extracting(IndicatorGroup::bonus).containsExactly(false, false, false, true);
        assertThat(s.indicatorCount()).isEqualTo(12);
        assertThat(s.scale()).isEqualTo(100);
        assertThat(s.bonus()).isEqualTo(30);
        assertThat(s.maximum()).isEqualTo(130);
        assertThat(s.confidence()).isEqualTo(Confidence.PLACEHOLDER);
    }

    @Test
    void readsEveryFormulaAndScoringKind() {
        PointsScheme s = parse(minimal(
                "{sum: awardsProvincial, years: 2}",
                "{method: brackets, brackets: [{range: \"[0,1)\", share: 0}, {range: \"[1,2]\", share: 0.5},"
                        + " {range: \"(2,)\", share: 1}]}"));
        Scoring.Brackets b = (Scoring.Brackets) s.indicator(1).scoring();
        assertThat(b.share(0.5)).isZero();
        assertThat(b.share(1)).isEqualTo(0.5);
        assertThat(b.share(2)).isEqualTo(0.5);
        assertThat(b.share(2.0001)).isEqualTo(1);
        assertThat(b.share(-1)).isZero();
        assertThat(parse(minimal("{ratio: [rdExpense, operatingRevenue]}", "{method: minmax, lower: 0, upper: cohort}"))
                        .indicator(1)
                        .scoring())
                .isEqualTo(new Scoring.MinMax(0, Double.NaN));
        assertThat(parse(minimal("{growth: operatingRevenue}", "percentile"))
                        .indicator(1)
                        .formula())
                .isEqualTo(new Formula.Growth(org.innopark.engine.registry.ReportField.OPERATING_REVENUE));
    }

    @Test
    void rejectsStageWeightsThatDoNotSumToTheScaleWithTheLine() {
        String text = minimal("{field: rdExpense}", "percentile").replace("MATURE: 60}", "MATURE: 61}");
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("t.yaml:9:")
                .hasMessageContaining("MATURE")
                .hasMessageContaining("sum to 101")
                .hasMessageContaining("scale is 100");
    }

    @Test
    void rejectsAnUnknownFieldWithItsLineAndTheKnownFields() {
        assertThatThrownBy(() -> parse(minimal("{field: rdExpence}", "percentile")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("t.yaml:18:")
                .hasMessageContaining("groups[0].indicators[1].formula.field")
                .hasMessageContaining("unknown report field 'rdExpence'")
                .hasMessageContaining("rdExpense");
    }

    @Test
    void rejectsOverlappingBracketsBadGoalpostsAndUnknownKeys() {
        assertThatThrownBy(
                        () -> parse(
                                minimal(
                                        "{field: rdExpense}",
                                        "{method: brackets, brackets: [{range: \"[0,10]\", share: 0.5}, {range: \"[10,)\", share: 1}]}")))
                .hasMessageStartingWith("t.yaml:19:")
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> parse(minimal("{field: rdExpense}", "{method: minmax, lower: 5, upper: 5}")))
                .hasMessageStartingWith("t.yaml:19:")
                .hasMessageContaining("must be above the lower");
        assertThatThrownBy(() -> parse(
                        minimal("{field: rdExpense}", "{method: brackets, brackets: [{range: \"(,)\", share: 1.5}]}")))
                .hasMessageContaining("between 0 and 1");
        // The old points bracket keys are rejected with the interval notation shared with the ladder schemes.
        assertThatThrownBy(() -> parse(
                        minimal("{field: rdExpense}", "{method: brackets, brackets: [{from: 1, below: 2, share: 1}]}")))
                .hasMessageStartingWith("t.yaml:19:")
                .hasMessageContaining("range: \"[1,2)\"")
                .hasMessageContaining("分档区间请写成");
        assertThatThrownBy(() -> parse(
                        minimal("{field: rdExpense}", "{method: brackets, brackets: [{range: \"[2,1)\", share: 1}]}")))
                .hasMessageContaining("holds no value / 区间为空");
        assertThatThrownBy(() -> parse(
                        minimal("{field: rdExpense}", "{method: brackets, brackets: [{range: \"1 to 2\", share: 1}]}")))
                .hasMessageContaining("is not an interval")
                .hasMessageContaining("区间格式");
        assertThatThrownBy(() -> parse(
                        minimal("{field: rdExpense}", "percentile").replace("scale: 100", "scale: 100\ncolour: red")))
                .hasMessageStartingWith("t.yaml:6:")
                .hasMessageContaining("unknown key");
        assertThatThrownBy(() -> parse(minimal("{sum: rdExpense}", "percentile")))
                .hasMessageContaining("missing required key 'years'");
    }

    @Test
    void rejectsAGroupWeightThatIsNotTheSumOfItsIndicators() {
        String text = minimal("{field: rdExpense}", "percentile")
                .replace("name: {zh: 组, en: Group}", "name: {zh: 组, en: Group}\n    weights: 90");
        assertThatThrownBy(() -> parse(text))
                .hasMessageStartingWith("t.yaml:11:")
                .hasMessageContaining("sum to 100, not the group's 90");
    }

    @Test
    void extendsABaseSchemeWithParkAddOnsRescaledProportionally(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("park.yaml"), """
                id: demo-park
                base: innopark-points-2022
                name: {zh: 示范园区积分, en: Demo park points}
                rescale: {mode: proportional, basePoints: 80}
                groups:
                  - id: park
                    name: {zh: 特色指标, en: Park indicators}
                    indicators:
                      - id: exports
                        name: {zh: 出口总额, en: Exports}
                        formula: {field: exports}
                        weights: 12
                      - id: taxes
                        name: {zh: 实际上缴税费, en: Taxes paid}
                        formula: {field: taxesPaid}
                        scoring: {method: minmax, lower: 0, upper: 10000000}
                        weights: 8
                """);
        PointsScheme s = PointsSchemeLoader.load(dir.resolve("park.yaml"));
        assertThat(s.baseId()).isEqualTo("innopark-points-2022");
        assertThat(s.indicatorCount()).isEqualTo(20);
        assertThat(s.indicator("rdExpense").orElseThrow().weight(Stage.GROWTH)).isCloseTo(9 * 0.8, within(1e-12));
        assertThat(s.indicator("exports").orElseThrow().addOn()).isTrue();
        assertThat(s.groups().get(0).weight(Stage.GROWTH)).isCloseTo(40, within(1e-9));
        assertThat(s.rescale()).contains("80");
        assertThat(s.stageRule())
                .isEqualTo(PointsSchemeLoader.builtIn("innopark-points-2022").stageRule());
    }

    @Test
    void addsParkAddOnsAsBonusAndChecksTheirSum(@TempDir Path dir) throws IOException {
        String addOn = """
                id: bonus-park
                base: innopark-points-2022
                rescale: {mode: bonus, bonus: 10}
                groups:
                  - id: park
                    name: {zh: 特色加分, en: Park bonus}
                    indicators:
                      - id: exports
                        name: {zh: 出口总额, en: Exports}
                        formula: {field: exports}
                        weights: %s
                """;
        Files.writeString(dir.resolve("ok.yaml"), addOn.formatted("10"));
        PointsScheme s = PointsSchemeLoader.load(dir.resolve("ok.yaml"));
        assertThat(s.maximum()).isEqualTo(110);
        assertThat(s.groups().get(3).bonus()).isTrue();
        Files.writeString(dir.resolve("bad.yaml"), addOn.formatted("12"));
        assertThatThrownBy(() -> PointsSchemeLoader.load(dir.resolve("bad.yaml")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("bad.yaml:5:")
                .hasMessageContaining("bonus weights");
        Files.writeString(dir.resolve("nobase.yaml"), addOn.formatted("10").replace("innopark-points-2022", "nope"));
        assertThatThrownBy(() -> PointsSchemeLoader.load(dir.resolve("nobase.yaml")))
                .hasMessageContaining("nobase.yaml:2:")
                .hasMessageContaining("base scheme 'nope' not found");
    }
}
