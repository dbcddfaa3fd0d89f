package org.innopark.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.innopark.engine.rules.Direction;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;

class FrameworkLoaderTests {

    private static Framework parse(String yaml) {
        return FrameworkLoader.parse("fw.yaml", new StringReader(yaml));
    }

    private static final String HEAD = "id: t\nname: {zh: 测试}\ntree:\n  id: index\n  children:\n";

    @Test
    void loadsTheNationalFrameworkWithItsFiveFirstLevelNamesAndWeights() {
        Framework f = FrameworkLoader.builtIn("national-htz-2021");
        assertThat(f.root().children())
                .extracting(FrameworkNode::nameZh)
                .containsExactly("创新能力和创业活跃度", "结构优化和产业价值链", "绿色发展和宜居包容性", "开放创新和国际竞争力", "综合质效和持续创新力");
        assertThat(f.root().children()).extracting(FrameworkNode::weight).containsExactly(20.0, 20.0, 15.0, 15.0, 30.0);
        assertThat(f.root().children())
                .extracting(FrameworkNode::confirmed)
                .containsExactly(true, false, false, false, false);
        assertThat(f.node("1.1").weight()).isEqualTo(0.8);
        assertThat(f.node("1.2").weight()).isEqualTo(1.2);
        assertThat(f.notes()).anyMatch(n -> n.contains("20/30/15/15/20"));
        assertThat(f.indicators()).hasSizeGreaterThan(25);
        assertThat(f.node("3.1").indicator().orElseThrow().direction()).isEqualTo(Direction.NEGATIVE);
        assertThat(f.node("5.7").indicator().orElseThrow().formula().describe())
                .isEqualTo("count where rdExpense/operatingRevenue >= 0.05 and operatingRevenue > 5.0E8");
    }

    @Test
    void loadsTheDevelopmentIndexTemplateWithBaseYear2017() {
        Framework f = FrameworkLoader.builtIn("development-index-template");
        assertThat(f.root().children())
                .extracting(FrameworkNode::nameZh)
                .containsExactly("双创活力", "产业成长", "互联互通", "平台赋能", "场景融合");
        assertThat(f.settings().normalisation()).isEqualTo(PipelineSettings.Normalisation.BASE_YEAR_INDEX);
        assertThat(f.settings().baseYear().getAsInt()).isEqualTo(2017);
        assertThat(f.confirmed()).isFalse();
    }

    @Test
    void readsFractionsInAnAhpMatrix() {
        Framework f = parse(HEAD + "    - {id: a, formula: {imported: a}}\n    - {id: b, formula: {imported: b}}\n"
                + "  weighting: ahp\n  pairwise: [[1, 3], [1/3, 1]]\n");
        assertThat(f.root().pairwise().orElseThrow()[1][0]).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void namesTheLineOfAnUnknownReportField() {
        assertThatThrownBy(() -> parse(HEAD + "    - id: a\n      formula: {sum: rdSpend}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("fw.yaml:7:")
                .hasMessageContaining("tree.children[0].formula.sum")
                .hasMessageContaining("'rdSpend' is not an annual-report field");
    }

    @Test
    void namesTheCellOfANonReciprocalPairwiseMatrix() {
        assertThatThrownBy(
                        () -> parse(
                                HEAD + "    - {id: a, formula: {imported: a}}\n"
                                        + "    - {id: b, formula: {imported: b}}\n  weighting: ahp\n  pairwise:\n    - [1, 3]\n    - [3, 1]\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("fw.yaml:10:")
                .hasMessageContaining("reciprocal");
    }

    @Test
    void requiresAPairwiseMatrixForAhp() {
        assertThatThrownBy(() -> parse("id: t\nname: {zh: 测试}\npipeline: {weighting: ahp}\ntree:\n  id: index\n"
                        + "  children:\n    - {id: a, formula: {imported: a}}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("fw.yaml:5:")
                .hasMessageContaining("pairwise");
    }

    @Test
    void rejectsANodeWithBothChildrenAndAFormula() {
        assertThatThrownBy(() -> parse(HEAD + "    - id: a\n      formula: {imported: a}\n      children:\n"
                        + "        - {id: b, formula: {imported: b}}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("fw.yaml:6:")
                .hasMessageContaining("not both");
    }

    @Test
    void rejectsADuplicateNodeId() {
        assertThatThrownBy(() -> parse(
                        HEAD + "    - {id: a, formula: {imported: a}}\n" + "    - {id: a, formula: {imported: b}}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("fw.yaml:7:")
                .hasMessageContaining("used twice");
    }

    @Test
    void rejectsUnknownKeysAndBadEnumValuesWithTheirLine() {
        assertThatThrownBy(() -> parse(HEAD + "    - {id: a, formula: {imported: a}, wieght: 2}\n"))
                .hasMessageStartingWith("fw.yaml:6:")
                .hasMessageContaining("unknown key 'wieght'");
        assertThatThrownBy(
                        () -> parse("id: t\nname: {zh: 测试}\npipeline:\n  normalisation: minmax\n" + HEAD.substring(21)))
                .hasMessageStartingWith("fw.yaml:4:")
                .hasMessageContaining("min_max");
        assertThatThrownBy(() -> parse(HEAD + "    - {id: a, weight: -1, formula: {imported: a}}\n"))
                .hasMessageStartingWith("fw.yaml:6:")
                .hasMessageContaining("negative");
    }

    @Test
    void requiresAnEpsilonForTheEpsilonPolicy() {
        assertThatThrownBy(() -> parse("id: t\nname: {zh: 测试}\npipeline:\n  nonPositive: epsilon\n" + HEAD.substring(21)
                        + "    - {id: a, formula: {imported: a}}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("fw.yaml:4:");
    }
}
