package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.junit.jupiter.api.Test;

/**
 * The 技术分解表 of the six chains beyond batteries and photovoltaics, against a small development fixture written
 * for them ({@code patent/dev-six-chains.csv}: one or two patents per node and near-miss distractors: herbal teas,
 * mushroom substrates, pesticide test kits, sanitary towels, car dampers, tableware, tank cleaners, palletising
 * robots, lift brakes). The held-out measurement of these rules uses other data.
 */
class SixChainRulesTests {

    static final Set<String> SIX = Set.of(
            "biomedicine",
            "cosmetics-hyaluronic",
            "integrated-circuits",
            "medical-devices",
            "new-materials",
            "rail-transit");

    private static final ChainLibrary CHAINS = ChainLibrary.builtIn();
    private static final TaggingRules RULES = TaggingRules.builtIn(CHAINS);
    private static final Function<PatentRecord, Set<String>> TAGS = TaggingEvaluation.rules(new PatentTagger(RULES));

    private static Set<String> onSix(Set<String> tags) {
        return tags.stream()
                .filter(t -> SIX.contains(t.substring(0, t.indexOf('/'))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyChainOfTheLibraryHasRules() {
        assertThat(RULES.chainIds())
                .containsExactlyInAnyOrderElementsOf(
                        CHAINS.chains().stream().map(IndustryChain::id).toList());
    }

    @Test
    void everyNodeOfTheSixChainsHasAKeywordRule() {
        for (String chain : SIX) {
            Set<String> ruled = RULES.forChain(chain).rules().stream()
                    .filter(r -> r.kind() == TaggingRule.Kind.KEYWORD)
                    .map(TaggingRule::nodeId)
                    .collect(Collectors.toSet());
            List<String> nodes = CHAINS.get(chain).mappableNodes().stream()
                    .map(ChainNode::id)
                    .toList();
            assertThat(ruled).as(chain).containsExactlyInAnyOrderElementsOf(nodes);
        }
    }

    @Test
    void theDevelopmentFixtureIsTaggedToItsNodesAndTheDistractorsToNone() {
        List<TaggingEvaluation.Labelled> fixture = PatentSample.fixture("dev-six-chains.csv");
        Map<String, Long> perChain = fixture.stream()
                .flatMap(l -> onSix(l.labels()).stream())
                .collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf('/')), Collectors.counting()));
        assertThat(perChain.keySet()).containsExactlyInAnyOrderElementsOf(SIX);
        assertThat(perChain.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
        long distractors =
                fixture.stream().filter(l -> onSix(l.labels()).isEmpty()).count();
        assertThat(distractors).isGreaterThanOrEqualTo(10);
        for (TaggingEvaluation.Labelled l : fixture) {
            PatentRecord p = l.patent();
            if (System.getProperty("patent.diag") != null && !TAGS.apply(p).equals(l.labels())) {
                System.out.println(
                        p.publicationNumber() + " " + p.title() + " want " + l.labels() + " got " + TAGS.apply(p));
            }
            assertThat(onSix(TAGS.apply(p)))
                    .as(p.publicationNumber() + " " + p.title())
                    .isEqualTo(onSix(l.labels()));
        }
        TaggingEvaluation.Score score = TaggingEvaluation.score(fixture, TAGS, SIX);
        TaggingEvaluation.Score ipc =
                TaggingEvaluation.score(fixture, TaggingEvaluation.chainIpcOnly(CHAINS, SIX), SIX);
        TaggingEvaluation.Score products =
                TaggingEvaluation.score(fixture, TaggingEvaluation.productNamesOnly(CHAINS, SIX), SIX);
        System.out.println("[patent tagging] six chains, development fixture: " + score);
        System.out.println("[patent tagging] six chains, baseline chain IPC classes only: " + ipc);
        System.out.println("[patent tagging] six chains, baseline chain product names only: " + products);
        assertThat(score.f1()).isGreaterThan(ipc.f1()).isGreaterThan(products.f1());
    }

    @Test
    void wordsSharedWithOtherTradesNeedTheirChainsIpcOrARailWord() {
        PatentTagger tagger = new PatentTagger(RULES);
        List<IpcSymbol> crane = List.of(IpcSymbol.parse("B66C 13/08"));
        assertThat(tagger.tag("一种起重机制动装置", "", crane)).isEmpty();
        List<PatentTag> train = tagger.tag("一种地铁车辆制动装置", "", List.of(IpcSymbol.parse("B60T 13/26")));
        assertThat(train).extracting(PatentTag::nodeId).containsExactly("bogie-brake");
        assertThat(train.get(0).ruleId()).isEqualTo("rail.brake-parts");
        List<IpcSymbol> tank = List.of(IpcSymbol.parse("B08B 9/08"));
        assertThat(tagger.tag("一种储罐清洗装置", "", tank)).isEmpty();
        assertThat(tagger.tag("一种晶圆清洗装置", "", List.of(IpcSymbol.parse("H01L 21/67"))))
                .extracting(PatentTag::nodeId)
                .containsExactly("ic-equipment");
    }
}
