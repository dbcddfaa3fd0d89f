package org.innopark.engine.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainCoverageTests {

    static final TargetingRules RULES =
            new TargetingRules(null, 1.2, 5, 5e8, 3, new TargetingRules.Weights(2, 1, 1, 3, 0.5, 1, 2), 12, 3, 800);

    private final IndustryChain chain = ChainTestData.chain();

    static ParkFirm firm(String code, String node, double revenue) {
        return new ParkFirm(
                code,
                "企业" + code,
                "3841",
                revenue,
                revenue / 20,
                code.endsWith("1"),
                false,
                false,
                null,
                null,
                node == null ? List.of() : List.of(new NodeAssignment(node, List.of(), false)));
    }

    private ChainCoverage coverage(int cellFirms, double anchorRevenue) {
        List<ParkFirm> firms = new ArrayList<>();
        for (int i = 0; i < cellFirms; i++) {
            firms.add(firm("C" + i, "cell", i == 0 ? anchorRevenue : 1e7));
        }
        firms.add(firm("M1", "material", 2e7));
        return ChainCoverage.of(chain, firms, 10, Map.of("cell", 100, "material", 200, "storage", 50), 1000, RULES);
    }

    @Test
    void classesNodesStrongWeakAndMissingWithTheReason() {
        ChainCoverage c = coverage(5, 1e7);
        NodeCoverage cell = c.node("cell");
        assertThat(cell.firms()).isEqualTo(5);
        assertThat(cell.locationQuotient()).isEqualTo(5.0); // (5/10) / (100/1000)
        assertThat(cell.strength()).isEqualTo(NodeStrength.STRONG);
        assertThat(cell.reason()).isEqualTo("本区5家，区位熵5.00≥1.20，为强链环节");
        NodeCoverage material = c.node("material");
        assertThat(material.locationQuotient()).isEqualTo(0.5);
        assertThat(material.strength()).isEqualTo(NodeStrength.WEAK);
        assertThat(material.reason()).isEqualTo("本区1家，区位熵0.50<1.20，仅1家(<5)，无营收5亿元以上链主，需补链");
        NodeCoverage storage = c.node("storage");
        assertThat(storage.strength()).isEqualTo(NodeStrength.MISSING);
        assertThat(storage.reason()).isEqualTo("本区无该环节企业(全国候选库50家)，需延链引进");
        assertThat(c.node("vehicle").locationQuotient()).isNaN();
        assertThat(c.nodes()).extracting(n -> n.node().id()).containsExactly("material", "cell", "storage", "vehicle");
    }

    @Test
    void fourFirmsAreWeakUnlessOneIsAnAnchor() {
        assertThat(coverage(4, 1e7).node("cell").strength()).isEqualTo(NodeStrength.WEAK);
        ChainCoverage anchored = coverage(4, 5e8); // exactly the threshold is a 链主
        NodeCoverage cell = anchored.node("cell");
        assertThat(cell.strength()).isEqualTo(NodeStrength.STRONG);
        assertThat(cell.anchors()).extracting(NodeCoverage.Anchor::name).containsExactly("企业C0");
        assertThat(coverage(4, 4.99e8).node("cell").anchors()).isEmpty();
        assertThat(anchored.anchorRelations("material")).containsExactly("为链主企业C0的上游供应商");
        assertThat(anchored.anchorRelations("vehicle")).containsExactly("为链主企业C0的下游客户");
    }

    @Test
    void sumsFiguresAndCountsQualifications() {
        NodeCoverage cell = coverage(5, 1e7).node("cell");
        assertThat(cell.revenue()).isEqualTo(5e7);
        assertThat(cell.rd()).isEqualTo(2.5e6);
        assertThat(cell.highTech()).isEqualTo(1); // C1
    }
}
