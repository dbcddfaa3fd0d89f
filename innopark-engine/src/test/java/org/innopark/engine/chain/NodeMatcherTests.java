package org.innopark.engine.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeMatcherTests {

    private final IndustryChain chain = ChainTestData.chain();
    private final NodeMatcher matcher = new NodeMatcher(chain);
    private final ProductDictionary dictionary = new ProductDictionary(List.of(chain));

    private static List<String> nodes(List<NodeAssignment> a) {
        return a.stream().map(NodeAssignment::nodeId).toList();
    }

    @Test
    void anIndustryCodeAlonePlacesTheFirmOnEveryNodeItCovers() {
        List<NodeAssignment> a = matcher.match("3841", Set.of(), List.of(), List.of());
        assertThat(nodes(a)).containsExactly("cell", "storage");
        assertThat(a.get(0).evidenceZh()).isEqualTo("行业代码: 3841 锂离子电池制造");
        assertThat(a.get(0).strength()).isEqualTo(1.0);
    }

    @Test
    void productTermsTellWhichOfTheNodesOfTheCode() {
        Set<String> terms = dictionary.in("主营产品：储能系统集成及运维");
        List<NodeAssignment> a = matcher.match("3841", terms, List.of(), List.of());
        assertThat(nodes(a)).containsExactly("storage");
        assertThat(a.get(0).evidenceZh()).isEqualTo("主营产品/经营范围: 含“储能系统”；行业代码: 3841 锂离子电池制造");
        assertThat(a.get(0).strength()).isEqualTo(1.8);
    }

    @Test
    void textPlacesAFirmWhoseCodeIsElsewhere() {
        List<NodeAssignment> a = matcher.match("7320", Set.of("磷酸铁锂"), List.of(), List.of());
        assertThat(nodes(a)).containsExactly("material");
    }

    @Test
    void aCoarseUnconfirmedCodeCountsLess() {
        List<NodeAssignment> a = matcher.match("3612", Set.of(), List.of(), List.of());
        assertThat(nodes(a)).containsExactly("vehicle");
        assertThat(a.get(0).strength()).isEqualTo(0.2);
        assertThat(a.get(0).evidenceZh()).contains("(属36)");
    }

    @Test
    void patentsPlaceByTheirIpcSubclass() {
        List<NodeAssignment> a = matcher.match(null, Set.of(), List.of("H01M 10/0525"), List.of());
        assertThat(nodes(a)).containsExactly("cell");
        assertThat(a.get(0).evidence().get(0).basis()).isEqualTo(MappingBasis.PATENT);
        assertThat(a.get(0).strength()).isEqualTo(0.5);
    }

    @Test
    void analystsRejectConfirmAndAdd() {
        List<AnalystDecision> d = List.of(
                new AnalystDecision("X", "tiny", "storage", AnalystDecision.Verb.REJECT, null),
                new AnalystDecision("X", "tiny", "cell", AnalystDecision.Verb.CONFIRM, null),
                new AnalystDecision("X", "tiny", "vehicle", AnalystDecision.Verb.ADD, "自有整车品牌"),
                new AnalystDecision("X", "other", "material", AnalystDecision.Verb.ADD, "another chain: ignored"));
        List<NodeAssignment> a = matcher.match("3841", Set.of(), List.of(), d);
        assertThat(nodes(a)).containsExactly("cell", "vehicle");
        assertThat(a).allMatch(NodeAssignment::confirmed);
        assertThat(a.get(1).evidenceZh()).isEqualTo("分析员添加: 自有整车品牌");
    }

    @Test
    void theDictionaryKeepsTheLongestTermAndFindsSegmentedTokens() {
        ProductDictionary d = new ProductDictionary(ChainLibrary.builtIn().chains());
        assertThat(d.in("主要生产磷酸铁锂电池和锂离子电池")).contains("磷酸铁锂电池", "锂离子电池").doesNotContain("磷酸铁锂");
        assertThat(d.among(List.of("生产", "光伏组件", "和", "逆变器"))).containsExactly("光伏组件", "逆变器");
        assertThat(d.in(null)).isEmpty();
    }
}
