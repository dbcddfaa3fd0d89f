package org.innopark.engine.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainLoaderTests {

    private static final String HEAD = """
            id: tiny
            name: 小链
            confidence: partial
            source: 测试
            nodes:
              - id: up
                stage: upstream
                name: 上游
                children:
                  - id: a
                    name: 材料
                    industries: ["3985", {code: "3091", confidence: unconfirmed, source: 自拟}]
                    products: [负极材料]
                    ipc: [H01M 10/0525]
              - id: mid
                stage: midstream
                name: 中游
                children:
                  - id: b
                    name: 电芯
                    industries: ["3841"]
                  - id: c
                    name: 整车
                    industries: ["36"]
            """;

    private static IndustryChain load(String yaml) {
        return ChainLoader.load("tiny.yaml", new StringReader(yaml));
    }

    @Test
    void readsNodesMappingsAndEdgesWithSourceAndConfidence() {
        IndustryChain chain = load(HEAD + "edges:\n  - a -> b\n  - b -> c\n");
        assertThat(chain.nodes()).extracting(ChainNode::id).containsExactly("up", "a", "mid", "b", "c");
        ChainNode a = chain.node("a").orElseThrow();
        assertThat(a.stage()).isEqualTo(ChainStage.UPSTREAM);
        assertThat(a.parent()).isEqualTo("up");
        assertThat(a.industries()).extracting(ChainMapping::code).containsExactly("3985", "3091");
        assertThat(a.industries().get(0).confidence()).isEqualTo(Confidence.PARTIAL);
        assertThat(a.industries().get(1).confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(a.industries().get(1).source()).isEqualTo("自拟");
        assertThat(a.ipc().get(0).code()).isEqualTo("H01M 10/0525");
        assertThat(chain.suppliersOf("b")).containsExactly("a");
        assertThat(chain.customersOf("b")).containsExactly("c");
        assertThat(chain.mappableNodes()).extracting(ChainNode::id).containsExactly("a", "b", "c");
    }

    @Test
    void rejectsACycleNamingTheLineOfTheEdgeThatClosesIt() {
        String yaml = HEAD + "edges:\n  - a -> b\n  - b -> c\n  - c -> a\n";
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("tiny.yaml:" + (HEAD.split("\n").length + 4))
                .hasMessageContaining("a -> b -> c -> a");
    }

    @Test
    void acceptsACycleWhenTheFileSaysTheChainNeedNotBeAcyclic() {
        String yaml = "acyclic: false\n" + HEAD + "edges:\n  - a -> b\n  - b -> a\n";
        assertThat(load(yaml).edges()).hasSize(2);
    }

    @Test
    void rejectsUnknownIndustryCodeWithFileAndLine() {
        String yaml = HEAD.replace("\"3841\"", "\"3848\"");
        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("tiny.yaml:21")
                .hasMessageContaining("'3848' is not a GB/T 4754-2017 industry code");
    }

    @Test
    void acceptsAnyClassOfTheStandardAlsoOutsideTheShippedChainsDivisions() {
        // 4415 风力发电 (D), 7514 节能技术推广服务 (M) and 0220 造林和更新 (A) were outside the former partial list
        String yaml = HEAD.replace("\"3841\"", "\"4415\", \"7514\", \"0220\"");
        ChainNode b = load(yaml).node("b").orElseThrow();
        assertThat(b.industries()).extracting(ChainMapping::code).containsExactly("4415", "7514", "0220");
        assertThat(ChainCodes.industryName("4415")).contains("风力发电");
        assertThat(ChainCodes.industryName("022")).contains("造林和更新");
        assertThat(ChainCodes.industryName("C3963")).isEmpty();
        assertThat(ChainCodes.industryClasses())
                .containsEntry("3963", "智能无人飞行器制造")
                .doesNotContainKey("39");
    }

    @Test
    void rejectsUnknownOrMalformedIpc() {
        assertThatThrownBy(() -> load(HEAD.replace("H01M 10/0525", "H99Z")))
                .hasMessageContaining("tiny.yaml:14")
                .hasMessageContaining("'H99Z' is not an IPC symbol");
        assertThatThrownBy(() -> load(HEAD.replace("H01M 10/0525", "电池"))).hasMessageContaining("'电池'");
    }

    @Test
    void rejectsDuplicateNodeIdNamingBothLines() {
        assertThatThrownBy(() -> load(HEAD.replace("id: c", "id: a")))
                .hasMessageContaining("tiny.yaml:22")
                .hasMessageContaining("duplicate node id 'a', first at line 10");
    }

    @Test
    void rejectsAnEdgeToAnUnknownNodeOrToItself() {
        assertThatThrownBy(() -> load(HEAD + "edges:\n  - a -> z\n")).hasMessageContaining("unknown node 'z'");
        assertThatThrownBy(() -> load(HEAD + "edges:\n  - a -> a\n")).hasMessageContaining("to itself");
        assertThatThrownBy(() -> load(HEAD + "edges:\n  - a b\n")).hasMessageContaining("'supplier -> customer'");
    }

    @Test
    void rejectsATopLevelChainNodeWithoutStage() {
        assertThatThrownBy(() -> load(HEAD.replace("    stage: midstream\n", "")))
                .hasMessageContaining("states its stage");
    }

    @Test
    void shipsEightChainsAndTheReferenceListsAllValid() {
        ChainLibrary library = ChainLibrary.builtIn();
        assertThat(library.chains()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(library.find("strategic-emerging-2018").orElseThrow().children(null))
                .hasSize(9);
        for (IndustryChain chain : library.chains()) {
            assertThat(chain.edges()).as(chain.id()).isNotEmpty();
            for (ChainNode n : chain.mappableNodes()) {
                assertThat(n.industries()).as(chain.id() + "/" + n.id()).isNotEmpty();
                assertThat(n.products()).as(chain.id() + "/" + n.id()).isNotEmpty();
            }
        }
    }

    @Test
    void theClusterListNamesFortyThreeOfTheFortyFiveWithSourcesForTheOnesAdded() {
        IndustryChain clusters = ChainLibrary.builtIn()
                .find("advanced-manufacturing-clusters-2022")
                .orElseThrow();
        java.util.Map<String, Integer> perField = new java.util.LinkedHashMap<>();
        for (ChainNode field : clusters.children(null)) {
            perField.put(field.id(), clusters.children(field.id()).size());
        }
        // published: 13 / 13 / 7 / 5 / 4 / 3; still unnamed: one 新一代信息技术, one 新材料
        assertThat(perField)
                .containsExactly(
                        java.util.Map.entry("amc-ict", 12),
                        java.util.Map.entry("amc-equipment", 13),
                        java.util.Map.entry("amc-materials", 6),
                        java.util.Map.entry("amc-bio", 5),
                        java.util.Map.entry("amc-consumer", 4),
                        java.util.Map.entry("amc-nev", 3));
        for (String id : List.of("amc-chengyu-electronics", "amc-wxss-auto")) {
            ChainNode added = clusters.node(id).orElseThrow();
            assertThat(added.confidence()).as(id).isEqualTo(Confidence.CONFIRMED);
            assertThat(added.source()).as(id).contains("2022-11");
            assertThat(added.industries()).as(id).isNotEmpty();
        }
        assertThat(clusters.node("amc-wxss-auto").orElseThrow().parent()).isEqualTo("amc-nev");
    }

    @Test
    void aParkFileIsAddedAndMayNotReuseAnId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("own.yaml"), HEAD.replace("id: tiny", "id: park-own"));
        assertThat(ChainLibrary.withDirectory(dir).find("park-own")).isPresent();
        Path clash = dir.resolve("clash.yaml");
        Files.writeString(clash, HEAD.replace("id: tiny", "id: photovoltaic"));
        assertThatThrownBy(() -> ChainLibrary.withFiles(List.of(clash)))
                .hasMessageContaining("clash.yaml:1")
                .hasMessageContaining("already used");
    }
}
