package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentTaggerTests {

    private static final ChainLibrary CHAINS = ChainLibrary.builtIn();
    private static final TaggingRules RULES = TaggingRules.builtIn(CHAINS);
    private static final PatentTagger TAGGER = new PatentTagger(RULES);

    private static List<IpcSymbol> ipc(String... s) {
        return java.util.Arrays.stream(s).map(IpcSymbol::parse).toList();
    }

    @Test
    void eachTagKeepsItsRuleAndWhatItMatched() {
        List<PatentTag> tags = TAGGER.tag("一种磷酸铁锂正极材料的制备方法", "本发明……", ipc("H01M 4/5825", "C01B 25/45"));
        assertThat(tags).extracting(PatentTag::nodeId).containsExactly("cathode");
        PatentTag t = tags.get(0);
        assertThat(t.ruleId()).isEqualTo("cc.cathode-polyanion");
        assertThat(t.kind()).isEqualTo(TaggingRule.Kind.CONCORDANCE);
        assertThat(t.evidence()).isEqualTo("H01M 4/582");
        List<PatentTag> byKeyword = TAGGER.tag("一种三元正极材料", "", ipc("C01G 53/50"));
        assertThat(byKeyword).singleElement().satisfies(k -> {
            assertThat(k.ruleId()).isEqualTo("pbn.cathode");
            assertThat(k.evidence()).isEqualTo("三元正极");
        });
    }

    @Test
    void aKeywordOutsideTheRulesIpcDoesNotTag() {
        assertThat(TAGGER.tag("一种手机无线充电底座", "", ipc("H02J 50/10"))).isEmpty();
        assertThat(TAGGER.tag("一种电动汽车无线充电线圈", "", ipc("B60L 53/12")))
                .extracting(PatentTag::nodeId)
                .contains("charging");
    }

    @Test
    void aProductsTagYieldsToItsComponent() {
        List<PatentTag> tags = TAGGER.tag("一种锂离子电池非水电解液", "", ipc("H01M 10/0567"));
        assertThat(tags).extracting(PatentTag::nodeId).containsExactly("electrolyte");
    }

    @Test
    void compiledTaggerAgreesWithTheRulesAppliedOneByOne() {
        NaiveTagger naive = new NaiveTagger(RULES);
        int tagged = 0;
        for (TaggingEvaluation.Labelled l : PatentSample.all()) {
            PatentRecord p = l.patent();
            Set<String> fast = ids(TAGGER.tag(p.title(), p.abstractText(), p.ipcAll()));
            Set<String> slow = ids(naive.tag(p.title(), p.abstractText(), p.ipcAll()));
            assertThat(fast).as(p.publicationNumber()).isEqualTo(slow);
            tagged += fast.isEmpty() ? 0 : 1;
        }
        assertThat(tagged).isGreaterThan(150);
        SyntheticPatents synthetic = new SyntheticPatents(7L);
        for (int i = 0; i < 3000; i++) {
            SyntheticPatents.Text t = synthetic.next();
            assertThat(ids(TAGGER.tag(t.title(), t.abstractText(), t.ipc())))
                    .as(t.title())
                    .isEqualTo(ids(naive.tag(t.title(), t.abstractText(), t.ipc())));
        }
    }

    private static Set<String> ids(List<PatentTag> tags) {
        return tags.stream()
                .map(t -> t.chainId() + "/" + t.nodeId() + "#" + t.ruleId())
                .collect(Collectors.toSet());
    }

    @Test
    void aRuleFileNamingAnUnknownNodeOrABadRangeIsRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path unknownNode = dir.resolve("bad-node.yaml");
        Files.writeString(unknownNode, """
                id: park-extra
                kind: decomposition
                chain: photovoltaic
                name: 园区补充
                nodes:
                  - node: no-such-node
                    rules:
                      - id: x.1
                        keywords: [光伏]
                """);
        assertThatThrownBy(() -> TaggingRules.load(CHAINS, List.of(unknownNode)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("bad-node.yaml:6")
                .hasMessageContaining("not a node of photovoltaic; valid: pv-up");
        Path badRange = dir.resolve("bad-range.yaml");
        Files.writeString(badRange, """
                id: park-extra
                kind: concordance
                name: 园区补充
                entries:
                  - id: x.2
                    ipc: [H01M 4/5]
                    nodes: [photovoltaic/pv-cell]
                """);
        assertThatThrownBy(() -> TaggingRules.load(CHAINS, List.of(badRange)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("bad-range.yaml:6")
                .hasMessageContaining("not an IPC range");
        Path duplicate = dir.resolve("dup.yaml");
        Files.writeString(duplicate, """
                id: park-extra
                kind: decomposition
                chain: photovoltaic
                name: 园区补充
                nodes:
                  - node: pv-cell
                    rules:
                      - id: pv.cell
                        keywords: [光伏]
                """);
        assertThatThrownBy(() -> TaggingRules.load(CHAINS, List.of(duplicate)))
                .hasMessageContaining("rule id 'pv.cell' is already used at");
    }

    @Test
    void aParksOwnRulesAddToTheBuiltInOnes(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra.yaml");
        Files.writeString(extra, """
                id: park-extra
                kind: decomposition
                chain: photovoltaic
                name: 园区补充
                nodes:
                  - node: pv-glass
                    rules:
                      - id: park.glass
                        keywords: [光伏背玻]
                        ipc: any
                """);
        PatentTagger tagger = new PatentTagger(TaggingRules.load(CHAINS, List.of(extra)));
        assertThat(tagger.tag("一种光伏背玻的打孔方法", "", ipc("B28D 1/14")))
                .singleElement()
                .extracting(PatentTag::ruleId)
                .isEqualTo("park.glass");
    }
}
